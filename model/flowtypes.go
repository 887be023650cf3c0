package model

import "github.com/shopspring/decimal"

// StepKind is what a step of a flow is.
type StepKind string

// The kinds of step a request can trigger.
const (
	// StepFunction is a function invoked by its parent: called (sync or async), fed by a
	// queue, subscribed to a topic, a rule's target or a state machine's task.
	StepFunction StepKind = "function"
	// StepSQS is a message sent to an SQS queue.
	StepSQS StepKind = "sqs"
	// StepSNS is a message published to an SNS topic; every subscriber receives it.
	StepSNS StepKind = "sns"
	// StepEventBridge is an event put on an EventBridge bus; every matching rule's target
	// receives it.
	StepEventBridge StepKind = "eventbridge"
	// StepStateMachine is a Step Functions execution.
	StepStateMachine StepKind = "step-functions"
)

// StepKinds lists the kinds of step in documented order.
var StepKinds = []StepKind{StepFunction, StepSQS, StepSNS, StepEventBridge, StepStateMachine}

// Invoke is how a function step is invoked by a function.
type Invoke string

// The ways a function calls another.
const (
	// Sync calls wait for the answer: the caller is billed while it waits.
	Sync Invoke = "sync"
	// Async calls hand the event to Lambda's queue: Lambda retries failures twice by default.
	Async Invoke = "async"
)

// Workflow is a Step Functions workflow type.
type Workflow string

// The Step Functions workflow types.
const (
	// Standard workflows are billed per state transition.
	Standard Workflow = "standard"
	// Express workflows are billed per execution and by duration and memory.
	Express Workflow = "express"
)

// EntryStep is the name flows use for the workload's own function, the first step of every
// request.
const EntryStep = "entry"

// Step is one thing a request triggers beyond the workload's own function.
type Step struct {
	Name string
	Kind StepKind
	// From is the step that triggers this one (EntryStep for the workload's function).
	From string
	// PerParent is how many times this step runs each time From runs: calls, messages,
	// events or executions.
	PerParent decimal.Decimal
	// DurationMs and MemoryMB are one invocation of a function step or one execution of an
	// express workflow.
	DurationMs decimal.Decimal
	MemoryMB   int64
	// Invoke is how a function step whose parent is a function is called.
	Invoke Invoke
	// BatchSize is how many messages a function reading a queue gets per invocation, on
	// average.
	BatchSize int64
	// FIFO marks an SQS FIFO queue.
	FIFO bool
	// MessageKB is the size of one message or event (SQS, SNS, EventBridge) or, for a state
	// machine, of its execution data.
	MessageKB decimal.Decimal
	// Workflow and TransitionsPerExecution describe a state machine.
	Workflow                Workflow
	TransitionsPerExecution int64
}

// FrontDoorKind is what receives a workload's requests.
type FrontDoorKind string

// The front doors.
const (
	HTTPAPI     FrontDoorKind = "http-api"
	RESTAPI     FrontDoorKind = "rest-api"
	FunctionURL FrontDoorKind = "function-url"
	ALB         FrontDoorKind = "alb"
	NoFrontDoor FrontDoorKind = "none"
)

// FrontDoor is what stands between the users and the workload, and what a request carries.
type FrontDoor struct {
	// Lambda is the front door of the Lambda deployment; Containers that of Fargate and EC2.
	Lambda     FrontDoorKind
	Containers FrontDoorKind
	// RequestKB and ResponseKB are one request and its response; responses leave AWS.
	RequestKB  decimal.Decimal
	ResponseKB decimal.Decimal
	// CacheSizeGB ("" for none) and CacheHitPercent are a REST API's cache: hits never reach
	// the workload.
	CacheSizeGB     string
	CacheHitPercent decimal.Decimal
	// NewConnectionPercent is the share of requests that open a new connection to an ALB;
	// ConnectionSeconds how long a connection stays open; RulesPerRequest the listener rules
	// evaluated per request.
	NewConnectionPercent decimal.Decimal
	ConnectionSeconds    decimal.Decimal
	RulesPerRequest      int64
}

// Logs is what the workload writes to CloudWatch Logs.
type Logs struct {
	// KBPerInvocation is logged by each function invocation (or request, on containers),
	// Lambda's START, END and REPORT lines included.
	KBPerInvocation decimal.Decimal
	// RetentionDays is how long log groups keep events.
	RetentionDays int64
}

// Network is how the workload reaches the internet.
type Network struct {
	// NATGateways is the number of NAT gateways (one per availability zone) private
	// subnets use; zero means tasks and instances have public IPv4 addresses.
	NATGateways int64
	// NATKBPerRequest is the data each request sends and receives through NAT (calls to
	// outside APIs, package downloads).
	NATKBPerRequest decimal.Decimal
	// AvailabilityZones is how many zones the load balancer spans (one public IPv4 each).
	AvailabilityZones int64
}

// Tracing is AWS X-Ray.
type Tracing struct {
	XRay bool
	// SamplePercent of requests is traced; zero means X-Ray's default rule (the first
	// request each second and 5% of the rest).
	SamplePercent decimal.Decimal
}

// Retries is how failures repeat work.
type Retries struct {
	// ErrorPercent of invocations fail.
	ErrorPercent decimal.Decimal
	// SyncRetries is how often a client retries a failed request; AsyncRetries how often
	// Lambda retries a failed asynchronous event (default 2); QueueMaxReceives how often a
	// queue hands a failing message to its consumer before giving up.
	SyncRetries      int64
	AsyncRetries     int64
	QueueMaxReceives int64
	// DeadLetterQueue catches events and messages that fail every attempt (an SQS queue).
	DeadLetterQueue bool
}
