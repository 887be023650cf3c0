package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
	"github.com/shopspring/decimal"
)

// growingAPI is model's growingAPI (see model/growth_test.go): Lambda cheapest at 4,000,000
// requests; at 10% a month Fargate's one task ($9.010025) is cheapest from month 9 on. Its
// figures are the AWS platforms' rules worked by hand, so it is priced on those three alone.
func growingAPI() model.Workload {
	d := decimal.RequireFromString
	return model.Workload{
		Name: "growing-api", Region: "us-east-1",
		Platforms: []model.Platform{model.PlatformLambda, model.PlatformFargate, model.PlatformEC2},
		Traffic:   model.Traffic{RequestsPerMonth: 4000000, GrowthPercentPerMonth: d("10")},
		Function:  model.Function{DurationMs: d("100"), MemoryMB: 512},
		Settings: map[model.Platform]any{model.PlatformLambda: model.LambdaConfig{Architecture: model.X86_64, EphemeralStorageMB: 512}, model.PlatformFargate: model.FargateConfig{Architecture: model.X86_64, VCPU: d("0.25"), MemoryGB: d("0.5"), EphemeralStorageGB: 20,
			Fleet: model.Fleet{RequestsPerSecondPerUnit: d("1000"), Min: 1}}, model.PlatformEC2: model.EC2Config{InstanceType: "t4g.small", Fleet: model.Fleet{RequestsPerSecondPerUnit: d("1000"), Min: 1}, Purchase: model.OnDemand}},
	}
}

// grown works out w's growth, scenarios and sensitivity as Compare does.
func grown(t *testing.T, w model.Workload, month model.Month) analysis.Comparison {
	t.Helper()
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	return analysis.Comparison{
		Base:        model.Price([]model.Workload{w}, cat, model.Options{Month: month}).Workloads[0],
		Growth:      analysis.ProjectGrowth(w, cat, month, analysis.DefaultGrowthMonths),
		Scenarios:   analysis.PriceScenarios(w, cat, month),
		Sensitivity: analysis.Sensitivity(w, cat, month),
	}
}

// renderAll renders the three sections in the table and in markdown.
func renderAll(c analysis.Comparison) (table, markdown string) {
	var tb, md strings.Builder
	tableGrowth(&tb, c)
	tableScenarios(&tb, c)
	tableSensitivity(&tb, c)
	markdownGrowth(&md, c)
	markdownScenarios(&md, c)
	markdownSensitivity(&md, c)
	return tb.String(), md.String()
}

// contains reports whether text holds want, matching sentences across wrapped lines:
// every run of spaces and line breaks counts as one space on both sides.
func contains(text, want string) bool {
	return strings.Contains(strings.Join(strings.Fields(text), " "), strings.Join(strings.Fields(want), " "))
}

func fits80(t *testing.T, name, text string) {
	t.Helper()
	for _, line := range strings.Split(text, "\n") {
		if n := utf8.RuneCountInString(line); n > 80 {
			t.Errorf("%s: %d columns: %q", name, n, line)
		}
	}
}

func TestTableGrowthByHand(t *testing.T) {
	out, md := renderAll(grown(t, growingAPI(), model.StandardMonth()))
	fits80(t, "growing-api", out)
	// Rounded to cents from model's hand figures: Lambda month 8 $8.860607 and month 9
	// $9.746626 (requests x $0.000001033335 plus INIT), Fargate $9.010025 a month and
	// 12 x that = $108.1203; EC2 12 x $12.264 = $147.168. Scenarios: Lambda at 2,000,000
	// requests $2.06667 plus INIT, at 8,000,000 $8.26668 plus INIT. Sensitivity: traffic
	// swings Lambda by $1.653336 plus INIT, duration by $1.333336 plus INIT.
	for _, want := range []string{
		"  Growth over 12 months (10% a month)\n",
		"From month 9 Fargate is cheapest: Fargate $9.01, Lambda $9.75 (month 8: Fargate $9.01, Lambda $8.86).",
		"$108.12", "$147.17",
		"\n        9   9,431,791   $9.75    $9.01   $12.26  Fargate\n",
		"\n    Total              $88.39  $108.12  $147.17\n",
		"  Scenarios (the file gives no scenarios: low 0.5, expected 1 and high 2 times the traffic)",
		"\n    low          x0.5  2,000,000   $2.07    $9.01  $12.26  Lambda\n",
		"\n    high           x2  8,000,000   $8.27    $9.01  $12.26  Lambda\n",
		"ranked by how much it moves Lambda ($4.13 as given)",
		// The largest swing gets the widest bar that fits (12 columns); $1.33 gets
		// 12 x 1.33 / 1.65 = 9.7 -> 10.
		"\n    1  traffic.requests_per_month            $3.31  $4.96  $1.65  ############\n",
		"\n    2  function.duration_ms                  $3.47  $4.80  $1.33  ##########\n",
		"Moved: function.memory_mb 512 to 410 and 614 (rounded half up to whole MB).",
	} {
		if !contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	for _, want := range []string{"### Growth over 12 months (10% a month)", "| 9 | 9,431,791 | $9.75 | $9.01 | $12.26 | Fargate |",
		"| **Total** |  |", "- From month 9 Fargate is cheapest", "| high | 2 | 8,000,000 | $8.27 | $9.01 | $12.26 | Lambda |",
		"| 2 | function.duration_ms | 100 | 80 | 120 | $3.47 / $4.80 | $9.01 / $9.01 | $12.26 / $12.26 | $1.33 |  |"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q in\n%s", want, md)
		}
	}
}

func TestTableGrowthFlatAndCalendar(t *testing.T) {
	w := growingAPI()
	w.Traffic.GrowthPercentPerMonth = decimal.Zero
	out, _ := renderAll(grown(t, w, model.StandardMonth()))
	fits80(t, "flat", out)
	// Fargate over 12 months: 12 x $9.010025 = $108.1203.
	if !contains(out, "  Growth over 12 months (no growth rate). The file gives no traffic.growth_percent_per_month: every") ||
		!strings.Contains(out, "Fargate $108.12") || strings.Contains(out, "Month  Requests") {
		t.Errorf("flat growth:\n%s", out)
	}
	m, _ := demand.ParseMonth("2026-11")
	out, _ = renderAll(grown(t, growingAPI(), m))
	fits80(t, "calendar", out)
	// 2027-08 is month 9, with 744 hours: Fargate 744 x $0.0123425 = $9.18292; 2027-07
	// too. Lambda is $9.75 and $8.86 as in 730-hour months: the requests are given per
	// month; only the INIT of a longer month's cold starts differs, by far less than a cent.
	if !strings.Contains(out, "    2027-02  ") || !contains(out, "From 2027-08 (month 9) Fargate is cheapest: Fargate $9.18, Lambda $9.75 (2027-07: Fargate $9.18, Lambda $8.86).") {
		t.Errorf("calendar growth:\n%s", out)
	}
}

func TestSensitivityInfeasibleRow(t *testing.T) {
	// 100 requests of 800 s: at +20% (960 s) Lambda cannot run it and Fargate is cheapest.
	w := growingAPI()
	w.Traffic = model.Traffic{RequestsPerMonth: 100}
	w.Function.DurationMs = decimal.RequireFromString("800000")
	out, _ := renderAll(grown(t, w, model.StandardMonth()))
	fits80(t, "long", out)
	for _, want := range []string{"1  function.duration_ms", "cannot run      -", "at +20% Fargate is cheapest ($9.01)",
		"Lambda cannot run it: function.duration_ms 960,000 is beyond Lambda's 15-minute"} {
		if !contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
}

func TestGrowthSectionsFitEveryExample(t *testing.T) {
	for _, w := range workloads.Examples() {
		out, _ := renderAll(grown(t, w, model.StandardMonth()))
		fits80(t, w.Name, out)
	}
}

func TestGrowthData(t *testing.T) {
	c := grown(t, growingAPI(), model.StandardMonth())
	want := map[string]bool{
		"growth|month 9|fargate|monthly_cost|9.010025":                false,
		"growth|total|fargate|total_cost|108.1203":                    false,
		"growth|total|ec2|total_cost|147.168":                         false,
		"growth|flip in month 9|fargate|monthly_cost_after|9.010025":  false,
		"scenarios|low||requests|2000000":                             false,
		"sensitivity|rank 2: function.duration_ms||value_minus_20|80": false,
	}
	var rows [][]string
	rows = append(append(append(rows, csvGrowth(c)...), csvScenarios(c)...), csvSensitivity(c)...)
	for _, r := range rows {
		if len(r) != 5 {
			t.Fatalf("row %v has %d fields", r, len(r))
		}
		if _, ok := want[strings.Join(r, "|")]; ok {
			want[strings.Join(r, "|")] = true
		}
	}
	for k, found := range want {
		if !found {
			t.Errorf("CSV lacks %s", k)
		}
	}
	doc := compactJSON(t, func(j *jsonWriter) {
		growthJSON(j, c.Base.Shown(), c.Growth)
		scenariosJSON(j, c.Base.Shown(), c.Scenarios)
		sensitivityJSON(j, c.Base.Shown(), c.Sensitivity)
	})
	for _, want := range []string{`"totals":[{"platform":"lambda"`, `{"platform":"fargate","feasible":true,"cost":"108.1203"}`,
		`"flips":[{"index":9,"name":"730-hour month","from":"lambda","to":"fargate","before":{"from_cost":"8.86060695811","to_cost":"9.010025","cannot_run":[]}`,
		`"rank":2,"input":"function.duration_ms","value":"100","value_minus_20":"80","value_plus_20":"120"`} {
		if !strings.Contains(doc, want) {
			t.Errorf("JSON lacks %s", want)
		}
	}
	empty := compactJSON(t, func(j *jsonWriter) { growthJSON(j, nil, analysis.Growth{}) })
	if empty != `{"growth":null}` || len(csvGrowth(analysis.Comparison{})) != 0 {
		t.Error("an empty comparison has growth data")
	}
}

// compactJSON is the object of the members write writes, compacted: `{"growth":null}`.
func compactJSON(t *testing.T, write func(*jsonWriter)) string {
	t.Helper()
	j := marshalJSON()
	j.open('{')
	write(j)
	j.close('}')
	var b bytes.Buffer
	if err := json.Compact(&b, j.buf); err != nil {
		t.Fatalf("%v in %s", err, j.buf)
	}
	return b.String()
}
