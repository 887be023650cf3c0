package model

import "github.com/shopspring/decimal"

// FlowResult is what one request really sets off: the fan-out of the flow, the cost of each
// step on Lambda, and the steps worth merging.
type FlowResult struct {
	// Requests are the month's user requests (actions); APIRequests what the front door
	// receives, client retries included; EntryRequests what reaches the workload's function
	// (cache hits removed, before retries).
	Requests      decimal.Decimal
	APIRequests   decimal.Decimal
	EntryRequests decimal.Decimal
	// Invocations counts the month's function invocations on Lambda (entry and steps,
	// retries included); InvocationsPerRequest is the flow's multiplier.
	Invocations           decimal.Decimal
	InvocationsPerRequest decimal.Decimal
	// RetryInvocations are the invocations retries add; RetryCost what they add to the
	// Lambda bill, at each function's own cost per invocation (its share of requests and
	// duration; the services they touch again are not counted).
	RetryInvocations decimal.Decimal
	RetryCost        decimal.Decimal
	// DeadLettered counts the events and messages that fail every attempt.
	DeadLettered decimal.Decimal
	Steps        []StepResult
	Merges       []Merge
	// NotPriced names the services the file does not describe, so the bill leaves them out.
	NotPriced []string
}

// StepResult is one step of the flow in the month (the entry is the first).
type StepResult struct {
	Name string
	Kind StepKind
	From string
	// PerRequest is the step's triggers per user request; Invocations its Lambda
	// invocations (functions) or billed units (messages, events, executions) in the month.
	PerRequest  decimal.Decimal
	Invocations decimal.Decimal
	// LambdaCost is the step's share of the Lambda bill (functions: requests and duration,
	// a caller's wait for a sync call included; other steps: their service's lines).
	LambdaCost decimal.Decimal
}

// Merge is a function step that always runs with its caller: merging it into the caller
// saves Saving a month on Lambda.
type Merge struct {
	Step, Into string
	// Saving is the Lambda bill with the steps apart less the bill with them merged;
	// RequestsSaved the invocations that go away.
	Saving        decimal.Decimal
	RequestsSaved decimal.Decimal
	// GivesUp says what merging costs in design terms.
	GivesUp string
}
