package pricing

import "github.com/shopspring/decimal"

// Services is what the services around one workload's function use in a month, in one region,
// in billed quantities (requests already metered, payloads already chunked). Several are
// billed together as one account bills them: ServicesBill.
type Services struct {
	Region string
	// Free says the usage may draw on the account's free allowances: the workload asks for
	// the free tier.
	Free bool
	// HTTPAPIRequests and RESTAPIRequests are API Gateway's metered requests; RESTCaches the
	// REST API caches provisioned.
	HTTPAPIRequests, RESTAPIRequests decimal.Decimal
	RESTCaches                       []RESTCache
	// ALBHours are load-balancer hours (whole hours per load balancer) and ALBLCUHours their
	// capacity units.
	ALBHours, ALBLCUHours decimal.Decimal
	// The flow's queues, topics, buses and state machines.
	SQSStandardRequests, SQSFIFORequests decimal.Decimal
	SNSPublishes, EventBridgeEvents      decimal.Decimal
	StandardTransitions                  decimal.Decimal
	// SchedulerInvocations are EventBridge Scheduler's invocations of the schedules' targets.
	SchedulerInvocations            decimal.Decimal
	ExpressRequests, ExpressGBHours decimal.Decimal
	// TransferOutGB is data transfer out to the internet.
	TransferOutGB decimal.Decimal
	// CustomLogsGB are logs ingested as custom logs (a container's), VendedLogsGB as vended
	// logs (Lambda's), StoredLogsGBMonths what log groups hold.
	CustomLogsGB, VendedLogsGB, StoredLogsGBMonths decimal.Decimal
	// NATHours are gateway-hours, NATProcessedGB what they process.
	NATHours, NATProcessedGB decimal.Decimal
	// IPv4 are public IPv4 address-hours by purpose, in the order they are billed.
	IPv4 []IPv4Use
	// EBSGBMonths is gp3 storage.
	EBSGBMonths decimal.Decimal
	// XRayRecorded is traces recorded.
	XRayRecorded decimal.Decimal
}

// RESTCache is a REST API cache of SizeGB (one of APIGatewayCacheSizesGB) provisioned Hours.
type RESTCache struct {
	SizeGB string
	Hours  decimal.Decimal
}

// ServicesBill prices uses on AWS's meters (awsMeters) as one AWS account is billed
// (MeterBill): within a region the tiered services (API Gateway's request tiers, SQS, Step
// Functions Express duration, data transfer out, vended logs) tier on the sum of every use,
// and each free allowance (SQS's and SNS's million requests, Step Functions' 4,000
// transitions, X-Ray's traces, 100 GB of data transfer out, CloudWatch Logs' 5 GB,
// EventBridge Scheduler's 14 million invocations) is granted once for the account, across
// its regions (in name order), to the usage of uses that ask for the free tier; CloudWatch's
// free 5 GB go to custom logs and storage. Flat-rate resources (load balancers, caches, NAT
// gateways, addresses, volumes) are summed. A rate the catalog lacks leaves its lines out and
// is listed in the bill's Unpriced. The error is for usage no bill can have (a negative
// quantity, a cache size API Gateway does not offer).
func (c *Catalog) ServicesBill(uses []Services) (Bill, error) {
	metered := make([]Use, len(uses))
	for i, u := range uses {
		if err := u.check(); err != nil {
			return Bill{}, err
		}
		metered[i] = Use{Region: u.Region, Free: u.Free, Quantities: u.quantities()}
	}
	return c.MeterBill(awsMeters, metered)
}

// check says what of u no bill can have.
func (u Services) check() error {
	for _, cache := range u.RESTCaches {
		if err := (APIGatewayUsage{Kind: "rest", CacheSizeGB: cache.SizeGB, CacheHours: cache.Hours}).check(); err != nil {
			return err
		}
	}
	for _, q := range u.quantities() {
		if q.Amount.IsNegative() {
			return nonNegative("Services", q.Amount)
		}
	}
	return nil
}

// quantities are u's quantities of AWS's meters; a zero one is left out (a resource not
// used).
func (u Services) quantities() []Quantity {
	q := make([]Quantity, 0, 8)
	add := func(meter string, amount decimal.Decimal) {
		if !amount.IsZero() {
			q = append(q, Quantity{Meter: meter, Amount: amount})
		}
	}
	add("apigw.http.requests", u.HTTPAPIRequests)
	add("apigw.rest.requests", u.RESTAPIRequests)
	for _, cache := range u.RESTCaches {
		if !cache.Hours.IsZero() {
			q = append(q, Quantity{Meter: "apigw.rest.cache", Variant: cache.SizeGB, Amount: cache.Hours})
		}
	}
	add("alb.hours", u.ALBHours)
	add("alb.lcu", u.ALBLCUHours)
	add("sqs.standard.requests", u.SQSStandardRequests)
	add("sqs.fifo.requests", u.SQSFIFORequests)
	add("sns.publishes", u.SNSPublishes)
	add("eventbridge.custom_events", u.EventBridgeEvents)
	add("eventbridge.scheduler.invocations", u.SchedulerInvocations)
	add("stepfunctions.standard.transitions", u.StandardTransitions)
	add("stepfunctions.express.requests", u.ExpressRequests)
	add("stepfunctions.express.duration", u.ExpressGBHours)
	add("data_transfer.out", u.TransferOutGB)
	add("logs.ingestion", u.CustomLogsGB)
	add("logs.vended", u.VendedLogsGB)
	add("logs.storage", u.StoredLogsGBMonths)
	add("nat.hours", u.NATHours)
	add("nat.processed", u.NATProcessedGB)
	for _, ip := range u.IPv4 {
		if !ip.Hours.IsZero() {
			q = append(q, Quantity{Meter: "ipv4.public", Line: ip.ID, LineName: ip.Name, Amount: ip.Hours})
		}
	}
	add("ebs.gp3.storage", u.EBSGBMonths)
	add("xray.traces.recorded", u.XRayRecorded)
	return q
}
