package pricing

import "github.com/shopspring/decimal"

// How AWS counts what it bills for the services around a function: payloads in fixed
// increments, durations in fixed steps. Each helper takes one request's (or message's)
// measure and returns the billed count for it; the model multiplies by the number of requests.
//
// Sizes are in KB, and a GB is counted the way each service's own pricing page counts it:
//   - Binary, 1 GB = 1,024 MB = 1,048,576 KB (KBToGB), wherever a page says nothing, and
//     where it does: the API Gateway page's REST example (5 million responses of 3 KB =
//     15,000,000 KB = 14.3 GB of data transfer out, $18.79 with the requests: decimal would
//     give 15 GB and $18.85; see TestRESTAPIExample), the Lambda page's response-streaming
//     example ("The example calculation assumes 1 GB = 1,024 MB": 1 million x (7 MB - 6 MB) =
//     976.56 GB) and the Fargate page ("on this page GB = 1024^3 bytes"). Data transfer out,
//     CloudWatch Logs and NAT gateway processing use it.
//   - Decimal, 1 GB = 1,000,000 KB (KBToDecimalGB), for an ALB's processed bytes: AWS's ALB
//     calculation (AWS for SAP blog, 2025-01-07, on the inputs of the ELB page's example)
//     counts 300 KB a second x 3,600 s = 1,080,000 KB as 1.08 GB an hour, 1.08 LCU; binary
//     would be 1.03. The ELB page's own example text was not found in any stored copy.
//   - The Step Functions page adds KB to MB in decimal in its memory example (50 MB + 50 KB +
//     12,800 KB = 62.85 MB); the memory is given in MB, so no conversion here follows it.
// Lambda and Step Functions GB-seconds divide MB by 1,024 (GBSeconds), and data transfer
// tiers count 1 TB as 1,024 GB, as their pages and AWS's Price List ranges do.

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

// perMebi is 1/1,048,576 = 2^-20, exact as a decimal.
var perMebi = decimal.RequireFromString("0.00000095367431640625")

// KBToGB converts kilobytes to gigabytes as AWS's pricing pages count them, binary: 1 GB =
// 1,048,576 KB, so 15,000,000 KB is 14.30511474609375 GB. Exact.
func KBToGB(kb decimal.Decimal) decimal.Decimal {
	return kb.Mul(perMebi)
}

// KBToDecimalGB converts kilobytes to gigabytes decimally, 1 GB = 1,000,000 KB, the
// convention of AWS's ALB calculation (1,080,000 KB an hour = 1.08 GB = 1.08 LCU): use it for
// ALBDimensions.ProcessedGBPerHour. Exact.
func KBToDecimalGB(kb decimal.Decimal) decimal.Decimal {
	return kb.Shift(-6)
}
