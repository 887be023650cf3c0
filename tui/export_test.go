package tui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/pricing"
)

// TestExportAB: the A/B view's export labels both sides and prices each alone. flat-api at
// 1,024 MB (A) and 1,152 MB (B), by hand, at the us-east-1 rates of
// https://aws.amazon.com/lambda/pricing/ ($0.20 per 1M requests, $0.0000166667 a
// GB-second on x86_64): Lambda's 10,000,000 requests are $2.00; 100 ms at
// 1 GB is 1,000,000 GB-seconds, $16.6667 at $0.0000166667, and INIT's 51.1 GB-seconds
// (365 cold starts x 140 ms) $0.00085166837: $18.66755166837. At 1.125 GB the duration is
// 1,125,000 GB-seconds, $18.7500375, and INIT 57.4875, $0.00095812691625: $20.75099562691625,
// $2.08344395854625 more ($18.67, $20.75, +$2.08). Fargate and EC2 do not change. No
// portfolio adds the two versions up; each side's JSON has its own, the workload alone.
func TestExportAB(t *testing.T) {
	t.Chdir(t.TempDir())
	m := press(t, started(t, 80, 24), "enter", "tab", "down", "down", "down", "right", "tab", "left", "x", "m")
	if m.shownView().title() != "A/B" || m.status != "exported breakeven-flat-api-ab.md" {
		t.Fatalf("view %s, status %q", m.shownView().title(), m.status)
	}
	md, _ := os.ReadFile("breakeven-flat-api-ab.md")
	for _, want := range []string{
		"# A/B comparison: flat-api\n",
		"A is flat-api as opened, B is it as edited.",
		"| Platform | A: as opened | B: as edited | B - A |\n",
		"| Lambda | $18.67 (cheapest) | $20.75 (cheapest) | +$2.08 |\n",
		"| Fargate | $36.04 | $36.04 | $0.00 |\n",
		"\n## flat-api (A: as opened)\n",
		"\n## flat-api (B: as edited)\n",
	} {
		if !strings.Contains(string(md), want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(string(md), "Portfolio") || strings.Contains(string(md), "Each on its cheapest") || strings.Count(string(md), "# Monthly cost comparison") != 0 {
		t.Errorf("the markdown adds the two versions up or repeats the report's title:\n%s", md)
	}

	m = press(t, m, "x", "j")
	var doc struct {
		A, B struct {
			Label  string
			Result struct {
				Workloads []struct{ Name string }
				Portfolio struct {
					CheapestMix string `json:"cheapest_mix"`
				}
			}
		}
		Change []struct {
			Platform string
			A, B     string
			Diff     string `json:"b_minus_a"`
		} `json:"b_minus_a"`
	}
	data, _ := os.ReadFile("breakeven-flat-api-ab.json")
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if doc.A.Label != "as opened" || doc.B.Label != "as edited" || doc.A.Result.Workloads[0].Name != "flat-api" {
		t.Errorf("labels %q %q, name %q", doc.A.Label, doc.B.Label, doc.A.Result.Workloads[0].Name)
	}
	if doc.A.Result.Portfolio.CheapestMix != "18.66755166837" || doc.B.Result.Portfolio.CheapestMix != "20.75099562691625" {
		t.Errorf("portfolios %q and %q", doc.A.Result.Portfolio.CheapestMix, doc.B.Result.Portfolio.CheapestMix)
	}
	if c := doc.Change[0]; c.Platform != "lambda" || c.A != "18.66755166837" || c.B != "20.75099562691625" || c.Diff != "2.08344395854625" {
		t.Errorf("lambda: %+v", c)
	}
	if c := doc.Change[1]; c.Platform != "fargate" || c.Diff != "0" {
		t.Errorf("fargate: %+v", c)
	}
}

// TestExportPortfolio: a one-workload export's portfolio is that workload (it was empty:
// "Each on its cheapest $0.00"): flat-api on Lambda, $18.66755166837 (TestExportAB).
func TestExportPortfolio(t *testing.T) {
	t.Chdir(t.TempDir())
	press(t, started(t, 80, 24), "enter", "x", "j")
	var doc struct {
		Portfolio struct {
			CheapestMix string `json:"cheapest_mix"`
			Platforms   []struct {
				Platform    string
				MonthlyCost string `json:"monthly_cost"`
			}
		}
	}
	data, _ := os.ReadFile("breakeven-flat-api-compare.json")
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Portfolio.CheapestMix != "18.66755166837" || len(doc.Portfolio.Platforms) != 3 || doc.Portfolio.Platforms[0].MonthlyCost != "18.66755166837" {
		t.Errorf("portfolio %+v", doc.Portfolio)
	}
}

// TestExportWaitsForTheAnalyses: an analysis view exported before its analysis is in says
// so rather than writing something else.
func TestExportWaitsForTheAnalyses(t *testing.T) {
	t.Chdir(t.TempDir())
	m := New(exampleSources(t), Options{Catalog: catalog(t)})
	m = keys(m, "enter", "right", "right", "right", "x", "m")
	if want := "not exported: the analyses of flat-api are still being worked out; export once they are in"; m.status != want {
		t.Errorf("status %q", m.status)
	}
	if _, err := os.Stat("breakeven-flat-api-break-even.md"); err == nil {
		t.Error("a file was written")
	}
}

// TestExportSaysTheOverlays: an export from an explorer opened with a --pricing overlay says,
// as `price` does, which prices it used: the catalog overlaid and the overlay's file.
func TestExportSaysTheOverlays(t *testing.T) {
	overlay, err := filepath.Abs("../testdata/pricing/negotiated.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cat, err := pricing.Load(overlay)
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	m := New(exampleSources(t)[:1], Options{Catalog: cat})
	m = settle(t, m, m.Init())
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = press(t, next.(Model), "enter", "x", "m")
	md, err := os.ReadFile("breakeven-flat-api-compare.md")
	if err != nil {
		t.Fatalf("%v (status %q)", err, m.status)
	}
	if !strings.Contains(string(md), "Overlaid: "+overlay) {
		t.Errorf("the export does not say its overlay %s:\n%s", overlay, md)
	}
}
