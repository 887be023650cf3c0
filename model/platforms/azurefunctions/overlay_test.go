package azurefunctions

import (
	"os"
	"path/filepath"
	"testing"
)

// userRates states, as a user would in a pricing file, the Flex Consumption rates and free
// grants the catalog lacks.
const userRates = `catalog: my-azure-rates
provider: azurefunctions
as_of: "2026-12-03"
sources:
  mine: {url: "https://example.com/our-azure-prices", title: "our Azure price sheet"}
groups:
  eastus:
    rates:
      flex.on_demand.executions: {price: "0.40", per: 1000000, unit: executions, source: mine, as_of: "2026-12-03"}
      flex.always_ready.baseline: {price: "0.000004", unit: GB-seconds, source: mine, as_of: "2026-12-03"}
      flex.always_ready.memory: {price: "0.000016", unit: GB-seconds, source: mine, as_of: "2026-12-03"}
      flex.always_ready.executions: {price: "0.40", per: 1000000, unit: executions, source: mine, as_of: "2026-12-03"}
allowances:
  flex.free_grant.memory: {quantity: 100000, unit: GB-seconds, source: mine, as_of: "2026-12-03"}
  flex.free_grant.executions: {quantity: 250000, unit: executions, source: mine, as_of: "2026-12-03"}
`

// TestUserRates: with the user's Flex rates the mobile API's bill is complete: its 375,220
// GB-s (TestFlexSharedInstanceTime) less 100,000 free = 275,220 x $0.000026 = $7.15572, and
// 3,000,000 - 250,000 = 2,750,000 executions x $0.40 / 1M = $1.10: $8.25572, $8.26. The stated
// rate names the user's file (Rate.Origin) and its source is on the line.
func TestUserRates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "azure.yaml")
	if err := os.WriteFile(path, []byte(userRates), 0o644); err != nil {
		t.Fatal(err)
	}
	cat := catalog(t, path)
	e := azureOf(t, cat, api(t, "3000000", "120", "512", "{plan: flex_consumption}"))
	wantCost(t, "with the user's rates", e, "8.26")
	if !e.Complete() {
		t.Errorf("incomplete: %v", e.Unpriced)
	}
	c, err := catalogOf(cat)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := c.Rate("eastus", "flex.on_demand.executions"); err != nil || r.Origin != path {
		t.Errorf("stated rate origin %q (%v), want %s", r.Origin, err, path)
	}
	for _, it := range e.LineItems {
		if it.ID == "flex.on_demand.executions" && it.Source != "https://example.com/our-azure-prices" {
			t.Errorf("executions line source %q", it.Source)
		}
	}
}

// TestAlwaysReady: one always ready 2,048 MB instance is billed its whole month at the
// baseline rate: 730 x 3,600 s x 2 GB = 5,256,000 GB-s; it takes each hour's 257 s of
// execution (TestFlexSharedInstanceTime), 730 x 257 x 2 = 375,220 GB-s, and every execution,
// with no free grant. Without the user's rates the lines are unpriced under their keys; with
// them: 5,256,000 x $0.000004 = $21.024, 375,220 x $0.000016 = $6.00352, 3,000,000 x $0.40 /
// 1M = $1.20: $28.22752, $28.23.
func TestAlwaysReady(t *testing.T) {
	w := api(t, "3000000", "120", "512", "{plan: flex_consumption, always_ready: 1}")
	e := azureOf(t, catalog(t), w)
	for _, key := range []string{"flex.always_ready.baseline", "flex.always_ready.memory", "flex.always_ready.executions"} {
		if !hasUnpriced(e, key) {
			t.Errorf("%s not listed unpriced: %v", key, e.Unpriced)
		}
	}
	path := filepath.Join(t.TempDir(), "azure.yaml")
	if err := os.WriteFile(path, []byte(userRates), 0o644); err != nil {
		t.Fatal(err)
	}
	e = azureOf(t, catalog(t, path), w)
	wantCost(t, "always ready", e, "28.23")
	if cs := e.Detail.(*Detail).ColdStarts; cs.Total != 0 {
		t.Errorf("always ready instance starts cold %d times", cs.Total)
	}
}
