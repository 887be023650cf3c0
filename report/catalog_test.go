package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/breakeven/breakeven/pricing"
)

// TestCatalogJSON checks `breakeven pricing --format json` is indented as encoding/json
// indents it and says what the catalog says: every source, and every rate (its price and per,
// or its tiers) and allowance of each region, with the overlays and a rate's origin.
func TestCatalogJSON(t *testing.T) {
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	cat.Overlays = []string{"mine.yaml"}
	r := cat.Regions["eu-west-1"].Rates["lambda.requests"]
	r.Origin = "mine.yaml"
	cat.Regions["eu-west-1"].Rates["lambda.requests"] = r
	var out bytes.Buffer
	if err := WriteCatalog(&out, cat, []string{"eu-west-1", "us-east-1"}, JSON); err != nil {
		t.Fatal(err)
	}
	var compact, indented bytes.Buffer
	if err := json.Compact(&compact, out.Bytes()); err != nil {
		t.Fatal(err)
	}
	if err := json.Indent(&indented, compact.Bytes(), "", "  "); err != nil {
		t.Fatal(err)
	}
	if indented.String()+"\n" != out.String() {
		t.Error("not indented as encoding/json indents")
	}
	var doc struct {
		Catalog, AsOf, Currency string
		Overlays                []string
		Sources                 map[string]struct{ URL, Title string }
		Regions                 map[string][]map[string]any
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Catalog != cat.Name || doc.Currency != cat.Currency || len(doc.Overlays) != 1 || len(doc.Sources) != len(cat.Sources) || len(doc.Regions) != 2 {
		t.Fatalf("header or counts differ: %+v", doc.Overlays)
	}
	for name, s := range cat.Sources {
		if doc.Sources[name].URL != s.URL || doc.Sources[name].Title != s.Title {
			t.Errorf("source %s differs", name)
		}
	}
	for code, rows := range doc.Regions {
		reg := cat.Regions[code]
		if len(rows) != len(reg.Rates)+len(reg.Allowances) {
			t.Fatalf("%s: %d rows for %d rates and %d allowances", code, len(rows), len(reg.Rates), len(reg.Allowances))
		}
		for _, m := range rows {
			key := m["key"].(string)
			if a, ok := reg.Allowances[key]; ok {
				if m["free_quantity"] != a.Quantity.String() || m["unit"] != a.Unit || m["source"] != a.Source || m["as_of"] != a.AsOf || m["price"] != nil {
					t.Errorf("%s %s: %v", code, key, m)
				}
				continue
			}
			r := reg.Rates[key]
			if m["unit"] != r.Unit || m["source"] != r.Source || m["as_of"] != r.AsOf || (m["origin"] != nil) != (r.Origin != "") || (m["note"] != nil) != (r.Note != "") {
				t.Errorf("%s %s: %v", code, key, m)
			}
			tiers, _ := m["tiers"].([]any)
			if len(tiers) != len(r.Tiers) || r.Tiered() == (m["price"] != nil) {
				t.Errorf("%s %s: tiers or price: %v", code, key, m)
			}
			for i, x := range tiers {
				tm := x.(map[string]any)
				if tm["price"] != r.Tiers[i].Price.String() || (tm["up_to"] != nil) == r.Tiers[i].UpTo.IsZero() {
					t.Errorf("%s %s tier %d: %v", code, key, i, tm)
				}
			}
			if !r.Tiered() && (m["price"] != r.Price.String() || (m["per"] != nil) != (r.Per != 0)) {
				t.Errorf("%s %s: %v", code, key, m)
			}
		}
	}
}
