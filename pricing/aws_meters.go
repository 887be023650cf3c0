package pricing

// awsMeters are AWS's service lines around a function, in the order a bill shows them: the
// front door, the flow's services, data transfer, logs, network, volumes, tracing, the
// database proxy. Quantities arrive metered (metering.go and each service's file say how AWS
// counts them); the rates' sources are in the catalog, cited by each rate's key.
var awsMeters = NewMeterTable("aws",
	// API Gateway. The request tiers apply per account per region (the whitepaper cited by
	// apigw.http.requests gives them "per month" for the region). HTTP API requests are
	// metered in 512 KB increments (HTTPAPIRequests). API Gateway's free tier (1M calls a
	// month) is for new customers' first 12 months only and is not in the catalog.
	Meter{ID: "apigw.http.requests", Name: "HTTP API requests", What: "HTTP API requests", Rate: "apigw.http.requests", Unit: "requests", Tiered: true},
	Meter{ID: "apigw.rest.requests", Name: "REST API requests", What: "REST API requests", Rate: "apigw.rest.requests", Unit: "requests", Tiered: true},
	// a REST API cache of a size AWS lists (APIGatewayCacheSizesGB): apigw.rest.cache.0.5gb, ...
	Meter{ID: "apigw.rest.cache", Name: "REST API cache, %s GB", What: "REST API cache hours", Rate: "apigw.rest.cache.%sgb", Variant: `[0-9]+(\.[0-9]+)?`, Unit: "hours"},
	// WebSocket messages are metered in 32 KB increments (WebSocketMessages). Only the first
	// tier ($1.00 per million, up to 1 billion messages a month) was found; the catalog's
	// rate is flat, so above 1 billion this overstates the bill.
	Meter{ID: "apigw.websocket.messages", Name: "WebSocket messages", What: "WebSocket messages", Rate: "apigw.websocket.messages", Unit: "messages"},
	Meter{ID: "apigw.websocket.minutes", Name: "WebSocket connection minutes", What: "WebSocket connection minutes", Rate: "apigw.websocket.minutes", Unit: "connection-minutes"},

	// Application Load Balancer: "Each partial Application Load Balancer hour used is billed
	// as a full hour" (ELB pricing page, see the note of alb.hours): the caller passes whole
	// hours per load balancer. LCU-hours are ALBLCUs' hour by hour. ALB's free tier (750 hours
	// and 15 LCUs) is for new customers' first 12 months only and is not in the catalog.
	Meter{ID: "alb.hours", Name: "Application Load Balancer hours", What: "Application Load Balancer hours", Rate: "alb.hours", Unit: "hours"},
	Meter{ID: "alb.lcu", Name: "Load balancer capacity units", What: "Application Load Balancer LCU-hours", Rate: "alb.lcu", Unit: "LCU-hours"},

	// SQS: each 64 KB chunk of a payload is one request (MessageChunks). The standard tiers
	// (100 billion, then 200 billion requests a month) aggregate per account per region. The
	// 1 million free requests a month (third-party sources: "Standard and FIFO combined") are
	// credited like Lambda's free tier: tier boundaries count all requests, the free ones
	// being the bottom of the first tier. How AWS divides the allowance between queue types
	// was not found; it is given to standard requests first and what is left to FIFO, each
	// at its own price. Standard requests are the cheaper, so this order never understates
	// the bill.
	Meter{ID: "sqs.standard.requests", Name: "Standard queue requests", What: "SQS standard queue requests", Rate: "sqs.standard.requests", Unit: "requests", Tiered: true,
		Free: &FreeAllowance{Key: "sqs.free_tier.requests", Unit: "requests", CreditID: "sqs.free_tier.requests.standard", CreditName: "Free tier, standard requests"}},
	Meter{ID: "sqs.fifo.requests", Name: "FIFO queue requests", What: "SQS FIFO queue requests", Rate: "sqs.fifo.requests", Unit: "requests",
		Free: &FreeAllowance{Key: "sqs.free_tier.requests", Unit: "requests", CreditID: "sqs.free_tier.requests.fifo", CreditName: "Free tier, FIFO requests"}},

	// SNS standard topics: each 64 KB chunk of a published payload is one request
	// (MessageChunks); that rule was not seen on a stored AWS SNS page (see the note of
	// sns.publishes): unverified. Deliveries are not priced: deliveries to SQS queues and
	// Lambda functions are taken to be free of charge, but no source stating so was found
	// (FactualMinds, the source of sns.publishes, lists delivery charges for HTTP, email, SMS
	// and mobile push only): unverified. FIFO topics have other rates, not in the catalog.
	Meter{ID: "sns.publishes", Name: "SNS publishes", What: "SNS publishes", Rate: "sns.publishes", Unit: "requests",
		Free: &FreeAllowance{Key: "sns.free_tier.publishes", Unit: "requests", CreditID: "sns.free_tier.publishes", CreditName: "Free tier, SNS publishes"}},
	// EventBridge custom events on an event bus, each 64 KB chunk of an event counted as one
	// event (MessageChunks; third-party: CloudBurn, see the note of eventbridge.custom_events).
	Meter{ID: "eventbridge.custom_events", Name: "EventBridge custom events", What: "EventBridge custom events", Rate: "eventbridge.custom_events", Unit: "events"},
	// EventBridge Scheduler's invocations of the schedules' targets; the monthly allowance
	// (14 million) is third-party only.
	Meter{ID: "eventbridge.scheduler.invocations", Name: "EventBridge Scheduler invocations", What: "EventBridge Scheduler invocations", Rate: "eventbridge.scheduler.invocations", Unit: "invocations",
		Free: &FreeAllowance{Key: "eventbridge.scheduler.free_tier", Unit: "invocations", CreditID: "eventbridge.scheduler.free_tier", CreditName: "Free tier, Scheduler invocations"}},

	// Step Functions. Standard workflows are billed per state transition, retries included;
	// the 4,000 free transitions a month (AWS page: it "does not automatically expire") are
	// Standard's. Express workflows are billed per request and for duration x memory in
	// GB-hours (ExpressGBHours: 100 ms steps, 64 MB chunks), on tiers (1,000, then 5,000
	// GB-hours a month) taken to aggregate per account per region; Express has no free tier
	// (third-party wring.co, in the note of the transitions allowance).
	Meter{ID: "stepfunctions.standard.transitions", Name: "Standard workflow state transitions", What: "Step Functions state transitions", Rate: "stepfunctions.standard.transitions", Unit: "transitions",
		Free: &FreeAllowance{Key: "stepfunctions.free_tier.transitions", Unit: "transitions", CreditID: "stepfunctions.free_tier.transitions", CreditName: "Free tier, state transitions"}},
	Meter{ID: "stepfunctions.express.requests", Name: "Express workflow requests", What: "Step Functions Express requests", Rate: "stepfunctions.express.requests", Unit: "requests"},
	Meter{ID: "stepfunctions.express.duration", Name: "Express workflow duration", What: "Step Functions Express duration", Rate: "stepfunctions.express.duration", Unit: "GB-hours", Tiered: true},

	// Data transfer out to the internet: the tiers (10 TB, 50 TB, 150 TB a month, written in
	// GB with 1 TB = 1,024 GB as AWS's Price List ranges are) aggregate across services per
	// account. The 100 GB free a month (third-party; global, across regions) are taken off
	// before the tiers: AWS's rate description reads "$0.09 per GB - first 10 TB / month data
	// transfer out beyond the global free tier", so the first tier starts after them.
	Meter{ID: "data_transfer.out", Name: "Data transfer out", What: "Data transfer out", Rate: "data_transfer.out", Unit: "GB", Tiered: true,
		Free: &FreeAllowance{Key: "data_transfer.free_tier.out", Unit: "GB", CreditID: "data_transfer.free_tier.out", CreditName: "Free tier, data transfer out", BeforeTiers: true}},

	// CloudWatch Logs: custom logs (a container's) in the Standard log class; vended logs
	// (Lambda's, since 2025-05-01) tiered by volume, the tiers counting the account's vended
	// logs of the region; storage. The free allowances go to custom ingestion and to storage:
	// whether CloudWatch's free 5 GB covers vended logs is not said, so it is not given to
	// them, which can overstate a Lambda bill by up to 5 GB of ingestion.
	Meter{ID: "logs.ingestion", Name: "Log ingestion", What: "CloudWatch Logs ingestion", Rate: "logs.ingestion", Unit: "GB",
		Free: &FreeAllowance{Key: "logs.free_tier.ingestion", Unit: "GB", CreditID: "logs.free_tier.ingestion", CreditName: "Free tier, log ingestion"}},
	Meter{ID: "logs.vended", Name: "Log ingestion, Lambda (vended)", What: "CloudWatch Logs ingestion of Lambda's (vended) logs", Rate: "logs.vended.ingestion", Unit: "GB", Tiered: true},
	Meter{ID: "logs.storage", Name: "Log storage", What: "CloudWatch Logs storage", Rate: "logs.storage", Unit: "GB-months",
		Free: &FreeAllowance{Key: "logs.free_tier.storage", Unit: "GB-months", CreditID: "logs.free_tier.storage", CreditName: "Free tier, log storage"}},

	// NAT gateways: gateway-hours (one gateway per Availability Zone in a typical setup) and
	// the data they process.
	Meter{ID: "nat.hours", Name: "NAT gateway hours", What: "NAT gateway hours", Rate: "nat.hours", Unit: "hours"},
	Meter{ID: "nat.processed", Name: "NAT gateway data processed", What: "NAT gateway data processed", Rate: "nat.processed", Unit: "GB"},
	// Public IPv4 address-hours, in use or idle (the same rate), each purpose on a line of
	// its own (IPv4Use).
	Meter{ID: "ipv4.public", Name: "Public IPv4 addresses", What: "Public IPv4 address-hours", Rate: "ipv4.public", Unit: "hours"},

	// EBS gp3 volumes: storage, and the IOPS and throughput provisioned above the free
	// baseline (EBSGP3BaselineIOPS, EBSGP3BaselineThroughputMBps), in months of a volume
	// billed per second with a 60-second minimum (EBSBilledSeconds).
	Meter{ID: "ebs.gp3.storage", Name: "gp3 storage", What: "EBS gp3 storage", Rate: "ebs.gp3.storage", Unit: "GB-months"},
	Meter{ID: "ebs.gp3.iops", Name: "gp3 IOPS above 3,000", What: "EBS gp3 IOPS", Rate: "ebs.gp3.iops", Unit: "IOPS-months"},
	Meter{ID: "ebs.gp3.throughput", Name: "gp3 throughput above 125 MB/s", What: "EBS gp3 throughput", Rate: "ebs.gp3.throughput", Unit: "MB/s-months"},

	// X-Ray: traces recorded, and traces retrieved or scanned (one rate and one allowance for
	// both, AWS page). The allowances are always free: 100,000 recorded and 1,000,000
	// retrieved or scanned traces a month (AWS page).
	Meter{ID: "xray.traces.recorded", Name: "X-Ray traces recorded", What: "X-Ray traces recorded", Rate: "xray.traces.recorded", Unit: "traces",
		Free: &FreeAllowance{Key: "xray.free_tier.recorded", Unit: "traces", CreditID: "xray.free_tier.recorded", CreditName: "Free tier, traces recorded"}},
	Meter{ID: "xray.traces.retrieved", Name: "X-Ray traces retrieved or scanned", What: "X-Ray traces retrieved or scanned", Rate: "xray.traces.retrieved", Unit: "traces",
		Free: &FreeAllowance{Key: "xray.free_tier.retrieved", Unit: "traces", CreditID: "xray.free_tier.retrieved", CreditName: "Free tier, traces retrieved or scanned"}},

	// RDS Proxy: per vCPU-hour of the database behind it, at least RDSProxyMinVCPU; the
	// variant is the vCPUs billed.
	Meter{ID: "rds_proxy.vcpu", Name: "RDS Proxy, %s database vCPUs", What: "RDS Proxy vCPU-hours", Rate: "rds_proxy.vcpu", Unit: "vCPU-hours"},
)

func init() { registerMeters(awsMeters) }

// awsLines bills one use of region on AWS's meters, as the single-service bills (SQSBill,
// ...) do: the lines, or an error naming the first rate the catalog lacks.
func (c *Catalog) awsLines(region string, free bool, quantities ...Quantity) ([]LineItem, error) {
	sink := lineSink{build: true}
	if err := c.meterLines(&sink, awsMeters, []Use{{Region: region, Free: free, Quantities: quantities}}); err != nil {
		return nil, err
	}
	return sink.result(c)
}
