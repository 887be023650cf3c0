package workers

import (
	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// Detail is what Workers report beyond the bill: the cold-start estimate, none.
type Detail struct {
	ColdStarts *model.ColdStarts
}

var (
	_ model.PlatformDetail    = (*Detail)(nil)
	_ model.ColdStartReporter = (*Detail)(nil)
)

// DetailOf is Workers.
func (*Detail) DetailOf() model.Platform { return ID }

// Unserved is none: Workers publish no concurrency limit that turns requests away.
func (*Detail) Unserved() int64 { return 0 }

// ColdStartEstimate is the cold-start estimate (nil for none worked out).
func (d *Detail) ColdStartEstimate() *model.ColdStarts {
	if d == nil {
		return nil
	}
	return d.ColdStarts
}

// Where the cold-start estimate comes from: Cloudflare's published claims.
const (
	coldStartSource  = "https://blog.cloudflare.com/eliminating-cold-starts-with-cloudflare-workers/"
	shardingSource   = "https://blog.cloudflare.com/eliminating-cold-starts-2-shard-and-conquer/"
	coldStartClaimed = "Cloudflare: an isolate starts while the TLS handshake completes, no wait after it (" + coldStartSource +
		", 2020-07-30); since Worker sharding 99.99% of requests reach a running isolate (" + shardingSource + ", 2025-09-26)"
)

// noColdStarts is the month's cold-start estimate on Workers, a model estimate: none that a
// request waits for, and none billed. Cloudflare starts a Worker's isolate from the TLS
// handshake's first message (its SNI), so it is warm by the time the request arrives; its
// start-up is not added to the bill (the pricing page bills the requests' CPU time and says
// nothing of start-up, which the limits page caps at 400 ms). requests is the month's; the
// latency is the request's duration, cold or warm.
func noColdStarts(requests int64, durationMs decimal.Decimal) *model.ColdStarts {
	ms := durationMs.InexactFloat64() // a statistical estimate's latency, not a billed figure
	lat := model.Latency{P50Ms: ms, P99Ms: ms, MeanMs: ms}
	return &model.ColdStarts{
		InitMs: decimal.Zero, InitSource: coldStartClaimed,
		Requests: requests, Warm: lat, WithColdStarts: lat,
		Assumptions: []string{
			"Workers start an isolate during the TLS handshake, so no request waits for a cold start: none are counted (a model estimate resting on Cloudflare's published claim, not a measurement).",
			"An isolate's start-up is not added to the bill: Cloudflare's pricing bills the requests' CPU time and names no start-up charge; the start-up itself is limited to 400 ms (" + limitsPage + ").",
		},
	}
}
