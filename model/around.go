package model

import (
	"strings"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// aroundPlaces is the precision of quantities divided by the month's hours (log storage held
// for a number of days, EBS GB-months): 10 places, as billed hours are.
const aroundPlaces = 10

// xrayReservoirPerHour and xrayDefaultPercent are X-Ray's default sampling rule: the first
// request each second and 5% of the rest (AWS X-Ray developer guide, "Sampling rules"). An
// hour with at most 3,600 requests is assumed to have at most one in each second.
// sqsMessagesPerCall is the most messages one ReceiveMessage or DeleteMessageBatch call
// handles (Amazon SQS API reference: MaxNumberOfMessages 1 to 10; a batch holds at most 10
// entries).
const sqsMessagesPerCall = 10

const (
	xrayReservoirPerHour = 3600
	xrayDefaultPercent   = 5
)

// around is what the workload's flow and the services around its function use in a month.
// Apart from the front door and the fleet-bound items (public IPv4, EBS), the quantities
// are the same on every platform: queues, topics and state machines do not care what runs
// the code.
type around struct {
	w     Workload
	hours int64
	plan  flowPlan
	// users are the month's user requests; requests arrive at the front door (client retries included); entry reach the
	// workload's function (cache hits removed), before retries.
	users, requests, entry decimal.Decimal
	// entrySeries is entry hour by hour, for tracing.
	entrySeries []int64
	// invocations counts every function invocation of the flow, retries included.
	invocations decimal.Decimal
	// quantities are the month's billed quantities of the flow's services, worked out once.
	quantities flowQuantities
}

// seat is how a platform's service sits in what surrounds it: a function behind Lambda's front
// door (Lambda's own log lines, vended logs; NAT only when attached to a VPC), or a fleet of
// units behind the containers' front door (custom logs; in private subnets behind the NAT
// gateways when the file has them, else each unit holding a public IPv4 address).
type seat struct {
	fleet bool
	// unit names the fleet's units ("tasks", "instances"); ebsGB is each unit's gp3 volume.
	unit  string
	ebsGB int64
	// platformLogKB and vpc are what the function's platform says of it (FunctionSeat).
	platformLogKB decimal.Decimal
	vpc           bool
}

// functionSeat is the seat of the workload's function run as a function, behind the
// function's front door: the flow is worked out at it (the platform's own log lines and VPC
// are added when it surrounds its estimate, Demand.SurroundFunction).
var functionSeat = seat{}

// services is what the services around the function use for a service seated at st in a
// month; fleetHours are the tasks' or instances' billed hours (zero for a function).
func (a around) services(st seat, fleetHours decimal.Decimal) pricing.Services {
	w := a.w
	s := pricing.Services{Region: w.Region, Free: FunctionSettingsOf(w).FreeTier}
	a.frontDoor(st, &s)
	a.flowServices(&s)
	if w.FrontDoor.Lambda != "" {
		s.TransferOutGB = pricing.KBToGB(a.requests.Mul(w.FrontDoor.ResponseKB))
	}
	if w.Logs.RetentionDays > 0 {
		a.logs(st, &s)
	}
	if w.Network.AvailabilityZones > 0 {
		a.network(st, fleetHours, &s)
	}
	if st.ebsGB > 0 {
		s.EBSGBMonths = fleetHours.Mul(decimal.NewFromInt(st.ebsGB)).DivRound(decimal.NewFromInt(a.hours), aroundPlaces)
	}
	if w.Tracing.XRay {
		s.XRayRecorded = a.traces()
	}
	return s
}

// logs is what the workload's log groups take in and hold: each function invocation logs
// logs.kb_per_invocation, and a function also its platform's own lines (FunctionSeat's
// PlatformLogKB). A function's logs are vended logs (CloudWatch's volume-tiered pricing since
// 2025-05-01); a container's are custom logs.
func (a around) logs(st seat, s *pricing.Services) {
	kb := a.w.Logs.KBPerInvocation
	if !st.fleet {
		kb = kb.Add(st.platformLogKB)
	}
	ingested := pricing.KBToGB(a.invocations.Mul(kb))
	if !st.fleet {
		s.VendedLogsGB = ingested
	} else {
		s.CustomLogsGB = ingested
	}
	// Each month's logs are held retention_days: in a steady state the month stores that
	// many days' worth of them.
	s.StoredLogsGBMonths = ingested.Mul(decimal.NewFromInt(a.w.Logs.RetentionDays*24)).DivRound(decimal.NewFromInt(a.hours), aroundPlaces)
}

// frontDoor is what receives the requests of a service seated at st.
func (a around) frontDoor(st seat, s *pricing.Services) {
	fd := a.w.FrontDoor
	if fd.Lambda == "" {
		return // the file has no front_door section
	}
	kind := fd.Lambda
	if st.fleet {
		kind = fd.Containers
	}
	hours := decimal.NewFromInt(a.hours)
	switch kind {
	case HTTPAPI:
		s.HTTPAPIRequests = a.requests.Mul(decimal.NewFromInt(pricing.HTTPAPIRequests(fd.RequestKB)))
	case RESTAPI:
		s.RESTAPIRequests = a.requests
		if fd.CacheSizeGB != "" {
			s.RESTCaches = []pricing.RESTCache{{SizeGB: fd.CacheSizeGB, Hours: hours}}
		}
	}
	// An API in front of containers reaches them through a VPC link to a load balancer.
	if kind == ALB || (st.fleet && kind != NoFrontDoor) {
		s.ALBHours = hours
		s.ALBLCUHours, _ = pricing.ALBLCUs(a.albDimensions(!st.fleet))
	}
}

// albDimensions are the month's ALB usage as if it all fell in one hour. Every dimension is
// proportional to the hour's requests, so the largest one is the same in every hour and
// the month's LCU-hours are the LCUs of that single hour.
func (a around) albDimensions(lambdaTargets bool) pricing.ALBDimensions {
	fd := a.w.FrontDoor
	perSecond := a.requests.DivRound(decimal.NewFromInt(3600), flowPlaces)
	newPerSecond := perSecond.Mul(fd.NewConnectionPercent).Shift(-2)
	rules := decimal.NewFromInt(max(fd.RulesPerRequest-10, 0)) // the first 10 rules are free
	return pricing.ALBDimensions{
		NewConnectionsPerSecond:    newPerSecond,
		ActiveConnectionsPerMinute: newPerSecond.Mul(fd.ConnectionSeconds),
		ProcessedGBPerHour:         pricing.KBToDecimalGB(a.requests.Mul(fd.RequestKB.Add(fd.ResponseKB))),
		RuleEvaluationsPerSecond:   perSecond.Mul(rules),
		LambdaTargets:              lambdaTargets,
	}
}

// flowServices is what the flow's queues, topics, buses and state machines use.
func (a around) flowServices(s *pricing.Services) {
	q := a.quantities
	s.SQSStandardRequests, s.SQSFIFORequests = q.sqsStandard, q.sqsFIFO
	s.SNSPublishes, s.EventBridgeEvents = q.snsPublishes, q.events
	s.StandardTransitions = q.transitions
	s.ExpressRequests, s.ExpressGBHours = q.expressRequests, q.expressGBHours
}

// flowQuantities is the month's billed quantities of the flow's services.
type flowQuantities struct {
	sqsStandard, sqsFIFO, snsPublishes, events   decimal.Decimal
	transitions, expressRequests, expressGBHours decimal.Decimal
	deadLettered                                 decimal.Decimal
	// units are each step's billed units (requests, publishes, events or executions), by
	// step index; zero for function steps.
	units []decimal.Decimal
	// shares are each step's parts of the bill's lines, by step index (see lineShare).
	shares [][]lineShare
}

// A lineShare is a step's weight in one family of line items (lineFamilies): the family's
// lines are split among the steps in proportion to their weights. A family is one billed
// quantity, so a step never shares lines it did not use: a standard workflow's transitions
// are not split with an express workflow, nor a FIFO queue's requests with a standard one.
type lineShare struct {
	family string
	weight decimal.Decimal
}

// lineFamilies are the line-item ids (by prefix) of each family of lineShare.
var lineFamilies = map[string][]string{
	"sqs.standard":                   {"sqs.standard.", "sqs.free_tier.requests.standard"},
	"sqs.fifo":                       {"sqs.fifo.", "sqs.free_tier.requests.fifo"},
	"sns":                            {"sns."},
	"eventbridge":                    {"eventbridge.custom_events"},
	"stepfunctions.standard":         {"stepfunctions.standard.", "stepfunctions.free_tier.transitions"},
	"stepfunctions.express.requests": {"stepfunctions.express.requests"},
	"stepfunctions.express.duration": {"stepfunctions.express.duration"},
}

// stepCost is step i's share of the lines of items (an estimate's line items).
func (q flowQuantities) stepCost(items []pricing.LineItem, i int) decimal.Decimal {
	cost := decimal.Zero
	for _, sh := range q.shares[i] {
		all := q.familyWeight(sh.family)
		if !all.IsPositive() {
			continue
		}
		lines := decimal.Zero
		for _, it := range items {
			for _, prefix := range lineFamilies[sh.family] {
				if strings.HasPrefix(it.ID, prefix) {
					lines = lines.Add(it.Cost)
				}
			}
		}
		cost = cost.Add(lines.Mul(sh.weight).DivRound(all, CostPlaces))
	}
	return cost
}

// familyWeight is the weight of every step in a family; the dead-letter queue's sends are
// standard SQS requests of no step, so no step's share includes them.
func (q flowQuantities) familyWeight(family string) decimal.Decimal {
	sum := decimal.Zero
	if family == "sqs.standard" {
		sum = q.deadLettered
	}
	for _, shares := range q.shares {
		for _, sh := range shares {
			if sh.family == family {
				sum = sum.Add(sh.weight)
			}
		}
	}
	return sum
}

func (a around) flowQuantities() flowQuantities {
	q := flowQuantities{units: make([]decimal.Decimal, len(a.plan.Steps)), shares: make([][]lineShare, len(a.plan.Steps))}
	month := func(perRequest decimal.Decimal) decimal.Decimal { return a.entry.Mul(perRequest).Round(0) }
	for i, p := range a.plan.Steps {
		s := p.Step
		chunks := decimal.NewFromInt(pricing.MessageChunks(s.MessageKB))
		switch s.Kind {
		case StepSQS:
			// Each 64 KB chunk of a message is a request: one send; then each consumer
			// invocation receives its batch (each 64 KB chunk of the batch a request) and,
			// if it succeeds, deletes it (one request). A failed batch is not deleted: the
			// messages come back after the visibility timeout and are received again, or go
			// to the dead-letter queue after the last receive.
			// One ReceiveMessage or DeleteMessageBatch call handles at most 10 messages, so
			// a larger batch takes ceil(batch / 10) of each.
			requests := month(p.Triggered).Mul(chunks)
			for _, c := range a.children(i) {
				size := max(c.Step.BatchSize, 1)
				calls := decimal.NewFromInt((size + sqsMessagesPerCall - 1) / sqsMessagesPerCall)
				batch := decimal.NewFromInt(size)
				// each call receives up to 10 messages; its payload is billed in 64 KB chunks
				perCall := decimal.NewFromInt(pricing.MessageChunks(s.MessageKB.Mul(decimal.NewFromInt(min(size, sqsMessagesPerCall)))))
				received := calls.Mul(perCall)
				deleted := month(c.Succeeded.DivRound(batch, flowPlaces)).Mul(calls)
				requests = requests.Add(month(c.Invocations()).Mul(received)).Add(deleted)
			}
			q.units[i] = requests
			if s.FIFO {
				q.sqsFIFO = q.sqsFIFO.Add(requests)
				q.shares[i] = []lineShare{{"sqs.fifo", requests}}
			} else {
				q.sqsStandard = q.sqsStandard.Add(requests)
				q.shares[i] = []lineShare{{"sqs.standard", requests}}
			}
		case StepSNS:
			q.units[i] = month(p.Triggered).Mul(chunks)
			q.snsPublishes = q.snsPublishes.Add(q.units[i])
			q.shares[i] = []lineShare{{"sns", q.units[i]}}
		case StepEventBridge:
			q.units[i] = month(p.Triggered).Mul(chunks)
			q.events = q.events.Add(q.units[i])
			q.shares[i] = []lineShare{{"eventbridge", q.units[i]}}
		case StepStateMachine:
			executions := month(p.Triggered)
			q.units[i] = executions
			if s.Workflow == Express {
				gbHours := pricing.ExpressGBHours(executions, pricing.ExpressBilledMs(s.DurationMs), pricing.ExpressBilledMB(decimal.NewFromInt(s.MemoryMB)))
				q.expressRequests = q.expressRequests.Add(executions)
				q.expressGBHours = q.expressGBHours.Add(gbHours)
				q.shares[i] = []lineShare{{"stepfunctions.express.requests", executions}, {"stepfunctions.express.duration", gbHours}}
				continue
			}
			// A retried task state is one more transition.
			transitions := executions.Mul(decimal.NewFromInt(s.TransitionsPerExecution))
			for _, c := range a.children(i) {
				transitions = transitions.Add(month(c.Attempts.Sub(c.Triggered)))
			}
			q.transitions = q.transitions.Add(transitions)
			q.shares[i] = []lineShare{{"stepfunctions.standard", transitions}}
		case StepFunction:
			// Messages that fail every attempt go to a standard SQS dead-letter queue.
			if p.DeadLettered.IsPositive() {
				dead := month(p.DeadLettered)
				q.deadLettered = q.deadLettered.Add(dead)
				q.sqsStandard = q.sqsStandard.Add(dead)
			}
		}
	}
	return q
}

// children lists the plans of the steps whose parent is step i.
func (a around) children(i int) []stepPlan {
	var out []stepPlan
	for _, p := range a.plan.Steps {
		if p.Parent == i {
			out = append(out, p)
		}
	}
	return out
}

// network is what NAT gateways and public IPv4 addresses take for a service seated at st. A
// function needs NAT only when attached to a VPC (FunctionSeat's VPC); tasks and instances
// sit in private subnets behind NAT when the file has NAT gateways (each gateway holding a
// public IPv4 address), else each task or instance holds one.
func (a around) network(st seat, fleetHours decimal.Decimal, s *pricing.Services) {
	n := a.w.Network
	if n.NATGateways > 0 && (st.fleet || st.vpc) {
		hours := decimal.NewFromInt(n.NATGateways * a.hours)
		s.NATHours, s.NATProcessedGB = hours, pricing.KBToGB(a.entry.Mul(n.NATKBPerRequest))
		// A public NAT gateway holds an Elastic IP, and since February 2024 AWS bills every
		// public IPv4 address but BYOIP, NAT gateways' included, at the same hourly rate.
		s.IPv4 = append(s.IPv4, pricing.IPv4Use{ID: "ipv4.nat", Name: "Public IPv4 addresses of the NAT gateways, " + humanize.Count(n.NATGateways), Hours: hours})
	}
	if st.fleet && n.NATGateways == 0 && fleetHours.IsPositive() {
		s.IPv4 = append(s.IPv4, pricing.IPv4Use{ID: "ipv4." + st.unit, Name: "Public IPv4 addresses, one per " + st.unit[:len(st.unit)-1], Hours: fleetHours})
	}
	if a.usesALB(st) {
		s.IPv4 = append(s.IPv4, pricing.IPv4Use{ID: "ipv4.alb", Name: "Public IPv4 addresses of the load balancer, " + humanize.Plural(n.AvailabilityZones, "zone", "zones"),
			Hours: decimal.NewFromInt(n.AvailabilityZones * a.hours)})
	}
}

// usesALB says a service seated at st has an Application Load Balancer in front.
func (a around) usesALB(st seat) bool {
	fd := a.w.FrontDoor
	if !st.fleet {
		return fd.Lambda == ALB
	}
	return fd.Containers != "" && fd.Containers != NoFrontDoor
}

// traces is the month's recorded X-Ray traces: the sample share of the requests reaching
// the function, or X-Ray's default rule hour by hour.
func (a around) traces() decimal.Decimal {
	if pct := a.w.Tracing.SamplePercent; pct.IsPositive() {
		return a.entry.Mul(pct).Shift(-2).Round(0)
	}
	var reservoir, rest int64
	for _, r := range a.entrySeries {
		reservoir += min(r, xrayReservoirPerHour)
		rest += max(r-xrayReservoirPerHour, 0)
	}
	return decimal.NewFromInt(reservoir).Add(decimal.NewFromInt(rest).Mul(decimal.NewFromInt(xrayDefaultPercent)).Shift(-2)).Round(0)
}
