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
		quantities := u.quantities()
		if err := u.check(quantities); err != nil {
			return Bill{}, err
		}
		metered[i] = Use{Region: u.Region, Free: u.Free, Quantities: quantities}
	}
	return c.MeterBill(awsMeters, metered)
}

// check says what of u, whose quantities are given, no bill can have.
func (u Services) check(quantities []Quantity) error {
	for _, cache := range u.RESTCaches {
		if err := (APIGatewayUsage{Kind: "rest", CacheSizeGB: cache.SizeGB, CacheHours: cache.Hours}).check(); err != nil {
			return err
		}
	}
	for _, q := range quantities {
		if err := nonNegative("Services", q.Amount); err != nil {
			return err
		}
	}
	return nil
}

// quantities are u's quantities of AWS's meters: those of a variant (a REST API cache's size)
// or a line of its own (a public IPv4 address's purpose) at any amount, as every use names
// them; the others when not zero (a zero amount gives no line).
func (u Services) quantities() []Quantity {
	plain := [...]Quantity{
		{Meter: "apigw.http.requests", Amount: u.HTTPAPIRequests},
		{Meter: "apigw.rest.requests", Amount: u.RESTAPIRequests},
		{Meter: "alb.hours", Amount: u.ALBHours},
		{Meter: "alb.lcu", Amount: u.ALBLCUHours},
		{Meter: "sqs.standard.requests", Amount: u.SQSStandardRequests},
		{Meter: "sqs.fifo.requests", Amount: u.SQSFIFORequests},
		{Meter: "sns.publishes", Amount: u.SNSPublishes},
		{Meter: "eventbridge.custom_events", Amount: u.EventBridgeEvents},
		{Meter: "eventbridge.scheduler.invocations", Amount: u.SchedulerInvocations},
		{Meter: "stepfunctions.standard.transitions", Amount: u.StandardTransitions},
		{Meter: "stepfunctions.express.requests", Amount: u.ExpressRequests},
		{Meter: "stepfunctions.express.duration", Amount: u.ExpressGBHours},
		{Meter: "data_transfer.out", Amount: u.TransferOutGB},
		{Meter: "logs.ingestion", Amount: u.CustomLogsGB},
		{Meter: "logs.vended", Amount: u.VendedLogsGB},
		{Meter: "logs.storage", Amount: u.StoredLogsGBMonths},
		{Meter: "nat.hours", Amount: u.NATHours},
		{Meter: "nat.processed", Amount: u.NATProcessedGB},
		{Meter: "ebs.gp3.storage", Amount: u.EBSGBMonths},
		{Meter: "xray.traces.recorded", Amount: u.XRayRecorded},
	}
	n := len(u.RESTCaches) + len(u.IPv4)
	for _, p := range plain {
		if !p.Amount.IsZero() {
			n++
		}
	}
	q := make([]Quantity, 0, n)
	for _, p := range plain {
		if !p.Amount.IsZero() {
			q = append(q, p)
		}
	}
	for _, cache := range u.RESTCaches {
		q = append(q, Quantity{Meter: "apigw.rest.cache", Variant: cache.SizeGB, Amount: cache.Hours})
	}
	for _, ip := range u.IPv4 {
		q = append(q, Quantity{Meter: "ipv4.public", Line: ip.ID, LineName: ip.Name, Amount: ip.Hours})
	}
	return q
}
