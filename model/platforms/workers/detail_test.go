package workers

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestNoColdStartsLabelled: Workers report a cold-start estimate of none, labelled with
// Cloudflare's published claim and its source, never on a billed line; the month's requests
// are counted; concurrency is the busiest hour's requests in flight: 15,000,000 / 730 hours =
// 20,547.9, so 20,548 requests an hour x 50 ms / 3,600,000 ms = 0.29, one in flight.
func TestNoColdStartsLabelled(t *testing.T) {
	e := workersOf(priceIn(t, catalog(t), model.Month{}, parse(t, "workers-api.yaml")))
	cs := model.ColdStartsOf(e)
	if cs == nil {
		t.Fatal("no cold-start estimate")
	}
	if cs.Total != 0 || cs.Requests != 15_000_000 || cs.Share != 0 || !cs.InitMs.IsZero() ||
		!strings.Contains(cs.InitSource, coldStartSource) || len(cs.Assumptions) == 0 {
		t.Errorf("cold starts: %+v", cs)
	}
	for _, it := range e.LineItems {
		if it.Estimate != "" {
			t.Errorf("an estimate on a billed line: %+v", it)
		}
	}
	if !e.Serves() {
		t.Error("Workers turn requests away")
	}
	if e.Capacity.Unit != requestsInFlight || e.Capacity.Max != 1 {
		t.Errorf("capacity: %+v, want 1 request in flight at the peak", e.Capacity)
	}
}

// TestUserRateIsTheirs: a --pricing file of the workers provider overlays the embedded rate
// (Rate.Origin names it) and the estimate bills at it: example 1's 5M requests beyond the
// included at $0.50/M = $2.50 instead of $1.50: $9.00.
func TestUserRateIsTheirs(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ours.yaml")
	overlay := `catalog: our-cloudflare-contract
provider: workers
as_of: "2026-12-03"
sources:
  ours: {url: "https://example.com/our-cloudflare-contract", title: "our contract"}
groups:
  global:
    rates:
      workers.standard.requests: {price: "0.50", per: 1000000, unit: requests, source: ours, as_of: "2026-12-03"}
`
	if err := os.WriteFile(path, []byte(overlay), 0o644); err != nil {
		t.Fatal(err)
	}
	cat := catalog(t, path)
	e := workersOf(priceIn(t, cat, model.Month{}, parse(t, "workers-api.yaml")))
	wantCost(t, "overlay", e, "9.00")
	if src := item(e, "workers.standard.requests").Source; src != "https://example.com/our-cloudflare-contract" {
		t.Errorf("requests line cites %q, want the overlay's source", src)
	}
	pc, err := cat.Provider(provider)
	if err != nil {
		t.Fatal(err)
	}
	r, err := pc.Rate("global", "workers.standard.requests")
	if err != nil || r.Origin != path {
		t.Errorf("rate origin %q (%v), want %s", r.Origin, err, path)
	}
	if cpu, err := pc.Rate("global", "workers.standard.cpu_ms"); err != nil || cpu.Origin != "" {
		t.Errorf("the CPU rate is not overlaid, yet its origin is %q (%v)", cpu.Origin, err)
	}
}

// TestEditFields: the CPU input edits the key the file uses (cpu_ms when stated, else the
// share of the duration, at most 100), a nudge ten percent; the static share moves ten points
// within 0 to 100.
func TestEditFields(t *testing.T) {
	api := parse(t, "workers-api.yaml")
	f := Platform{}.EditFields(api)
	if f[0].Key != "workers.cpu_ms" || f[0].Value(api) != "7" || f[0].Nudge(api, 1, nil)[0].Value != "7.7" {
		t.Errorf("cpu_ms input: %s = %s", f[0].Key, f[0].Value(api))
	}
	plain := model.Workload{Function: model.Function{DurationMs: dec("50"), MemoryMB: 128}}
	f = Platform{}.EditFields(plain)
	if f[0].Key != "workers.cpu_percent_of_duration" || f[0].Value(plain) != "100" || f[0].Nudge(plain, 1, nil)[0].Value != "100" || f[0].Nudge(plain, -1, nil)[0].Value != "90" {
		t.Errorf("share input: %s = %s", f[0].Key, f[0].Value(plain))
	}
	if got := f[1].Nudge(plain, -1, nil)[0].Value; got != "0" {
		t.Errorf("static share below 0: %s", got)
	}
	if got := f[1].Nudge(parse(t, "workers-static.yaml"), 1, nil)[0].Value; got != "90" {
		t.Errorf("static share 80 nudged up: %s, want 90", got)
	}
}
