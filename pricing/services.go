package pricing

import (
	"sort"
	"strings"

	"github.com/shopspring/decimal"
)

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

// ServicesBill prices uses as one AWS account is billed: within a region the tiered services
// (API Gateway's request tiers, SQS, Step Functions Express duration, data transfer out,
// vended logs) tier on the sum of every use, and each free allowance (SQS's and SNS's million
// requests, Step Functions' 4,000 transitions, X-Ray's traces, 100 GB of data transfer out,
// CloudWatch Logs' 5 GB, EventBridge Scheduler's 14 million invocations) is
// granted once for the account, across its regions (in name order), to the usage of uses that
// ask for the free tier; CloudWatch's free 5 GB go to custom logs and storage. Flat-rate resources (load balancers, caches, NAT gateways, addresses,
// volumes) are summed. A rate the catalog lacks leaves its lines out and is listed in the
// bill's Unpriced. The error is for usage no bill can have (a negative quantity, a cache size
// API Gateway does not offer).
func (c *Catalog) ServicesBill(uses []Services) (Bill, error) {
	byRegion := map[string][]Services{}
	var regions []string
	for _, u := range uses {
		if err := u.check(); err != nil {
			return Bill{}, err
		}
		if _, seen := byRegion[u.Region]; !seen {
			regions = append(regions, u.Region)
		}
		byRegion[u.Region] = append(byRegion[u.Region], u)
	}
	sort.Strings(regions)
	sink := lineSink{build: true, items: make([]LineItem, 0, billLines)}
	pool := c.newAllowancePool()
	for _, region := range regions {
		total, eligible := sumServices(byRegion[region])
		c.servicesLines(&sink, region, total, eligible, pool)
	}
	return Bill{Items: sink.items, Unpriced: sink.unpriced}, nil
}

// check says what of u no bill can have.
func (u Services) check() error {
	quantities := []decimal.Decimal{u.HTTPAPIRequests, u.RESTAPIRequests, u.ALBHours, u.ALBLCUHours,
		u.SQSStandardRequests, u.SQSFIFORequests, u.SNSPublishes, u.EventBridgeEvents, u.StandardTransitions, u.SchedulerInvocations,
		u.ExpressRequests, u.ExpressGBHours, u.TransferOutGB, u.CustomLogsGB, u.VendedLogsGB, u.StoredLogsGBMonths,
		u.NATHours, u.NATProcessedGB, u.EBSGBMonths, u.XRayRecorded}
	for _, ip := range u.IPv4 {
		quantities = append(quantities, ip.Hours)
	}
	for _, cache := range u.RESTCaches {
		if err := (APIGatewayUsage{Kind: "rest", CacheSizeGB: cache.SizeGB, CacheHours: cache.Hours}).check(); err != nil {
			return err
		}
	}
	return nonNegative("Services", quantities...)
}

// sumServices adds up the uses of one region: everything, and what may draw on allowances.
func sumServices(uses []Services) (total, eligible Services) {
	plus := func(to *decimal.Decimal, d decimal.Decimal) {
		if !d.IsZero() {
			*to = to.Add(d)
		}
	}
	add := func(s *Services, u Services) {
		plus(&s.HTTPAPIRequests, u.HTTPAPIRequests)
		plus(&s.RESTAPIRequests, u.RESTAPIRequests)
		plus(&s.ALBHours, u.ALBHours)
		plus(&s.ALBLCUHours, u.ALBLCUHours)
		plus(&s.SQSStandardRequests, u.SQSStandardRequests)
		plus(&s.SQSFIFORequests, u.SQSFIFORequests)
		plus(&s.SNSPublishes, u.SNSPublishes)
		plus(&s.EventBridgeEvents, u.EventBridgeEvents)
		plus(&s.StandardTransitions, u.StandardTransitions)
		plus(&s.SchedulerInvocations, u.SchedulerInvocations)
		plus(&s.ExpressRequests, u.ExpressRequests)
		plus(&s.ExpressGBHours, u.ExpressGBHours)
		plus(&s.TransferOutGB, u.TransferOutGB)
		plus(&s.CustomLogsGB, u.CustomLogsGB)
		plus(&s.VendedLogsGB, u.VendedLogsGB)
		plus(&s.StoredLogsGBMonths, u.StoredLogsGBMonths)
		plus(&s.NATHours, u.NATHours)
		plus(&s.NATProcessedGB, u.NATProcessedGB)
		plus(&s.EBSGBMonths, u.EBSGBMonths)
		plus(&s.XRayRecorded, u.XRayRecorded)
		s.RESTCaches = mergeCaches(s.RESTCaches, u.RESTCaches)
		s.IPv4 = mergeIPv4(s.IPv4, u.IPv4)
	}
	for _, u := range uses {
		add(&total, u)
		if u.Free {
			add(&eligible, u)
		}
	}
	return total, eligible
}

// mergeCaches adds caches to list, the hours of caches of one size summed.
func mergeCaches(list, caches []RESTCache) []RESTCache {
	for _, c := range caches {
		found := false
		for i := range list {
			if list[i].SizeGB == c.SizeGB {
				list[i].Hours, found = list[i].Hours.Add(c.Hours), true
			}
		}
		if !found {
			list = append(list, c)
		}
	}
	return list
}

// mergeIPv4 adds uses to list, the hours of one purpose summed; purposes of several uses
// whose names differ (their counts) are named for the purpose alone.
func mergeIPv4(list, uses []IPv4Use) []IPv4Use {
	for _, u := range uses {
		found := false
		for i := range list {
			if list[i].ID == u.ID {
				list[i].Hours, found = list[i].Hours.Add(u.Hours), true
				if list[i].Name != u.Name {
					list[i].Name, _, _ = strings.Cut(list[i].Name, ", ")
				}
			}
		}
		if !found {
			list = append(list, u)
		}
	}
	return list
}

// servicesLines adds one region's lines, in the order the output shows them: the front door,
// the flow's services, data transfer, logs, network, volumes, tracing.
func (c *Catalog) servicesLines(sink *lineSink, region string, s, eligible Services, pool *allowancePool) {
	if s.HTTPAPIRequests.IsPositive() {
		c.apiGatewayLines(sink, APIGatewayUsage{Region: region, Kind: "http", Requests: s.HTTPAPIRequests})
	}
	if s.RESTAPIRequests.IsPositive() || len(s.RESTCaches) > 0 {
		c.apiGatewayLines(sink, APIGatewayUsage{Region: region, Kind: "rest", Requests: s.RESTAPIRequests})
		for _, cache := range s.RESTCaches {
			c.apiGatewayLines(sink, APIGatewayUsage{Region: region, Kind: "rest", CacheSizeGB: cache.SizeGB, CacheHours: cache.Hours})
		}
	}
	if s.ALBHours.IsPositive() {
		c.albLines(sink, region, s.ALBHours, s.ALBLCUHours)
	}
	c.sqsLines(sink, region, s.SQSStandardRequests, s.SQSFIFORequests, eligible.SQSStandardRequests, eligible.SQSFIFORequests, pool)
	c.snsLines(sink, region, s.SNSPublishes, eligible.SNSPublishes, pool)
	c.eventBridgeLines(sink, region, s.EventBridgeEvents)
	c.schedulerLines(sink, region, s.SchedulerInvocations, eligible.SchedulerInvocations, pool)
	c.standardLines(sink, region, s.StandardTransitions, eligible.StandardTransitions, pool)
	c.expressLines(sink, region, s.ExpressRequests, s.ExpressGBHours)
	c.transferLines(sink, region, s.TransferOutGB, eligible.TransferOutGB, pool)
	c.logsLines(sink, region, logsUse{custom: s.CustomLogsGB, vended: s.VendedLogsGB, stored: s.StoredLogsGBMonths,
		eligibleCustom: eligible.CustomLogsGB, eligibleStored: eligible.StoredLogsGBMonths}, pool)
	if s.NATHours.IsPositive() {
		c.natLines(sink, region, s.NATHours, s.NATProcessedGB)
	}
	for _, ip := range s.IPv4 {
		if ip.Hours.IsPositive() {
			c.ipv4Lines(sink, region, ip)
		}
	}
	if s.EBSGBMonths.IsPositive() {
		c.ebsLines(sink, region, s.EBSGBMonths, decimal.Zero, decimal.Zero)
	}
	c.xrayLines(sink, region, s.XRayRecorded, decimal.Zero, eligible.XRayRecorded, decimal.Zero, pool)
}
