package pricing

import "github.com/shopspring/decimal"

// How AWS counts what it bills for the services around a function: payloads in fixed
// increments, durations in fixed steps. Each helper takes one request's (or message's)
// measure and returns the billed count for it; the model multiplies by the number of requests.
//
// Sizes are in KB. A GB is 1,000,000 KB (decimal), the convention of AWS's ALB example (300 KB
// a second x 3,600 s = 1,080,000 KB = 1.08 GB an hour) and of the Step Functions memory
// example (50 MB + 50 KB + 12,800 KB = 62.85 MB). Lambda and Step Functions GB-seconds instead
// divide MB by 1,024 (GBSeconds), and data transfer tiers count 1 TB as 1,024 GB, because
// those are the conventions of their own pages; each is documented where it is used.

// The increments are powers of two, so dividing by them is multiplying by an exact decimal.
var (
	per512 = decimal.RequireFromString("0.001953125") // 1/512, exact (512 = 2^9)
	per64  = decimal.RequireFromString("0.015625")    // 1/64, exact
	per32  = decimal.RequireFromString("0.03125")     // 1/32, exact
)

// increments is ceil(payloadKB x perIncrement), at least 1: an empty payload is still one
// request.
func increments(payloadKB, perIncrement decimal.Decimal) int64 {
	return max(payloadKB.Mul(perIncrement).Ceil().IntPart(), 1)
}

// HTTPAPIRequests is how many requests API Gateway bills for one HTTP API request carrying
// payloadKB: "HTTP APIs are metered in 512 KB increments" (API Gateway pricing page and the AWS
// whitepaper cited by apigw.http.requests), so ceil(KB / 512), at least 1. 0 KB and 512 KB are
// one request; 512.001 KB is two.
func HTTPAPIRequests(payloadKB decimal.Decimal) int64 {
	return increments(payloadKB, per512)
}

// WebSocketMessages is how many messages API Gateway bills for one WebSocket message of
// payloadKB: "Messages are metered in 32 KB increments. So, a 33 KB message is metered as two
// messages" (API Gateway pricing page; see apigw.websocket.messages). Messages are at most
// 128 KB.
func WebSocketMessages(payloadKB decimal.Decimal) int64 {
	return increments(payloadKB, per32)
}

// MessageChunks is how many requests (SQS, SNS) or events (EventBridge) one message of
// payloadKB is billed as: each 64 KB chunk of a payload counts as one, so ceil(KB / 64), at
// least 1; a 256 KB message is four. Sources: for SQS and EventBridge third-party pages
// (CloudBurn, FactualMinds, unanswered.io; see the notes of sqs.standard.requests and
// eventbridge.custom_events); for SNS the rule was not seen on a stored AWS page in this
// research (see sns.publishes): unverified.
func MessageChunks(payloadKB decimal.Decimal) int64 {
	return increments(payloadKB, per64)
}

// KBToGB converts kilobytes to gigabytes, decimal: 1 GB = 1,000,000 KB. Exact.
func KBToGB(kb decimal.Decimal) decimal.Decimal {
	return kb.Shift(-6)
}
