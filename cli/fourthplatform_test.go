package cli

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/platformtest"
)

// TestAFourthPlatformEverywhere registers one more platform (platformtest.FlatRate: $20 a
// month and $1 per million requests) after the seven of issue 16, written against model's
// exported API alone, and finds it in every command with no other file changed: a column
// after the others in the table and markdown, a last estimate in JSON, a break-even for every
// pair of the registered platforms as each input moves, and its bill exact. (The explorer's
// colours: tui's TestExplorerWithAFourthPlatform.)
func TestAFourthPlatformEverywhere(t *testing.T) {
	t.Cleanup(model.RegisterPlatform(platformtest.FlatRate{}))
	const file = "workloads/examples/flat-api.yaml" // 10,000,000 requests a month: FlatRate bills $30

	code, table, stderr := run(t, "price", file)
	if code != exitOK {
		t.Fatalf("price: exit %d: %s", code, stderr)
	}
	// The platforms do not fit 80 columns: they come in bands of three, each band's names on
	// the line above its "  Monthly" row, in the order of the registry.
	var headers, want []string
	lines := strings.Split(table, "\n")
	for i, line := range lines[1:] {
		if strings.HasPrefix(line, "  Monthly ") {
			headers = append(headers, strings.Fields(lines[i])...)
		}
	}
	for _, p := range model.Platforms {
		want = append(want, strings.Fields(p.Name())...)
	}
	if strings.Join(headers, " ") != strings.Join(want, " ") {
		t.Errorf("price table: platform headers %q, want %q", headers, want)
	}
	if !strings.Contains(table, "$30.00") {
		t.Errorf("price table: FlatRate's $30.00 missing:\n%s", table)
	}
	if _, md, _ := run(t, "price", "--format", "markdown", file); !strings.Contains(md, "| FlatRate") && !strings.Contains(md, "FlatRate |") {
		t.Errorf("price markdown: no FlatRate column:\n%s", md)
	}

	_, out, _ := run(t, "price", "--format", "json", file)
	var priced struct {
		Workloads []struct {
			Estimates []struct {
				Platform    string  `json:"platform"`
				MonthlyCost *string `json:"monthly_cost"`
			} `json:"estimates"`
		} `json:"workloads"`
	}
	if err := json.Unmarshal([]byte(out), &priced); err != nil || len(priced.Workloads) != 1 {
		t.Fatalf("price json: %v", err)
	}
	est := priced.Workloads[0].Estimates
	last := len(model.Platforms) - 1
	if len(est) != len(model.Platforms) || est[last].Platform != "flatrate" || est[last].MonthlyCost == nil || *est[last].MonthlyCost != "30" {
		t.Errorf("price json: %d estimates, want %d, the last flatrate at 30", len(est), len(model.Platforms))
	}

	code, out, stderr = run(t, "compare", "--format", "json", file)
	if code != exitOK {
		t.Fatalf("compare: exit %d: %s", code, stderr)
	}
	var compared struct {
		Comparisons []struct {
			BreakEvens []struct {
				Variable string `json:"variable"`
				A        string `json:"a"`
				B        string `json:"b"`
			} `json:"break_evens"`
		} `json:"comparisons"`
	}
	if err := json.Unmarshal([]byte(out), &compared); err != nil || len(compared.Comparisons) != 1 {
		t.Fatalf("compare json: %v", err)
	}
	pairs := map[string]int{}
	for _, b := range compared.Comparisons[0].BreakEvens {
		pairs[b.Variable+" "+b.A+"-"+b.B]++
	}
	for _, v := range []string{"traffic", "duration_ms", "memory_mb"} {
		for i, a := range model.Platforms {
			for _, b := range model.Platforms[i+1:] {
				if key := v + " " + string(a) + "-" + string(b); pairs[key] != 1 {
					t.Errorf("compare: break-even %s found %d times, want once", key, pairs[key])
				}
			}
		}
	}
	n := len(model.Platforms)
	if want := 3 * n * (n - 1) / 2; len(pairs) != want {
		t.Errorf("compare: %d break-evens, want %d (%d pairs x 3 inputs)", len(pairs), want, n*(n-1)/2)
	}
}

// TestAFourthPlatformFitsTheTerminal prices and compares with a fourth platform registered
// and finds every line of the table format within 80 columns: the tables with a column per
// platform come in bands once the platforms outgrow the terminal, and every platform is in
// one of them.
func TestAFourthPlatformFitsTheTerminal(t *testing.T) {
	t.Cleanup(model.RegisterPlatform(platformtest.FlatRate{}))
	files := []string{"workloads/examples/flat-api.yaml", "testdata/mobile-backend.yaml", "testdata/order-pipeline.yaml"}
	for _, cmd := range []string{"price", "compare"} {
		code, out, stderr := run(t, append([]string{cmd}, files...)...)
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", cmd, code, stderr)
		}
		for n, line := range strings.Split(out, "\n") {
			if w := utf8.RuneCountInString(line); w > 80 {
				t.Errorf("%s: line %d is %d columns: %q", cmd, n+1, w, line)
			}
		}
		if !strings.Contains(out, "FlatRate") {
			t.Errorf("%s: no FlatRate in the table:\n%s", cmd, out)
		}
	}
}
