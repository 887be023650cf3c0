package pricing

import (
	"testing"

	"github.com/shopspring/decimal"
)

// BenchmarkLambdaBill bills one workload's Lambda usage as a pricing does (the function with
// its INIT and the free tier, and a flow step on arm64), with its line items. Every pricing
// bills Lambda up to four times (the estimate, the warmer, the portfolio and the cheapest
// mix) and compare's analyses price thousands of times: budget 5 us a bill.
func BenchmarkLambdaBill(b *testing.B) {
	cat, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	d := decimal.RequireFromString
	usages := []LambdaUsage{
		{Region: "us-east-1", Architecture: "x86_64", Requests: d("3000000"), DurationGBSeconds: d("540000"), ColdStarts: 182,
			InitMs: d("140"), InitGBSeconds: d("38.22"), FreeTierEligible: true},
		{Region: "us-east-1", Architecture: "arm64", Requests: d("3000000"), DurationGBSeconds: d("37500.5"), FreeTierEligible: true},
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cat.LambdaBill(usages, false); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkServicesBill bills the services around one workload as a pricing does: an HTTP
// API, a queue, a topic, data transfer out and logs, with the free tier. A pricing bills
// services once per platform and twice more for the portfolio: budget 5 us a bill.
func BenchmarkServicesBill(b *testing.B) {
	cat, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	d := decimal.RequireFromString
	uses := []Services{{Region: "us-east-1", Free: true, HTTPAPIRequests: d("3000000"), SQSStandardRequests: d("6000000"),
		SNSPublishes: d("1000000"), TransferOutGB: d("12.5"), VendedLogsGB: d("3.2"), StoredLogsGBMonths: d("1.6")}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cat.ServicesBill(uses); err != nil {
			b.Fatal(err)
		}
	}
}
