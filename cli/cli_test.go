package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/workloads"
)

func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = runIn(t, &out, &errOut, args...)
	return code, out.String(), errOut.String()
}

// TestNoCommandOffTerminalPrices: `breakeven` and `breakeven PATH...` open the explorer on a
// terminal; piped (as here) they print what `price` prints, so scripts keep working.
func TestNoCommandOffTerminalPrices(t *testing.T) {
	for _, args := range [][]string{nil, {"testdata/mobile-backend.yaml"}, {"--month", "2026-11", "testdata/mobile-backend.yaml"}} {
		code, stdout, stderr := run(t, args...)
		_, want, _ := run(t, append([]string{"price"}, args...)...)
		if code != exitOK || stdout != want || stderr != "" || !strings.HasPrefix(stdout, "Prices: catalog") {
			t.Errorf("%v: exit %d, stderr %q, stdout matches price: %v", args, code, stderr, stdout == want)
		}
	}
	code, stdout, _ := run(t, "help")
	if code != exitOK || !strings.Contains(stdout, "breakeven [--month YYYY-MM] [--pricing FILE] [--platforms IDS] [PATH...]") {
		t.Errorf("help: exit %d, %q", code, stdout)
	}
}

func TestUsage(t *testing.T) {
	cases := []struct {
		args     []string
		code     int
		inStderr string
	}{
		{[]string{"frobnicate"}, exitUsage, "breakeven: unknown command \"frobnicate\"\nrun `breakeven help` for the commands\n"},
		{[]string{"price", "--format", "yaml"}, exitUsage, `--format "yaml": expected one of table, json, markdown, csv`},
		{[]string{"price", "--nope"}, exitUsage, "breakeven price: unknown flag --nope\nusage: breakeven price [--format"},
		{[]string{"price", "no/such/file.yaml"}, exitUsage, "no/such/file.yaml"},
		{[]string{"price", "--month", "2026-13"}, exitUsage, `--month: "2026-13" is not a month; expected YYYY-MM`},
		{[]string{"validate"}, exitUsage, "name at least one workload file"},
		{[]string{"schema", "extra"}, exitUsage, "takes no arguments"},
		{[]string{"pricing", "--region", "mars-east-1"}, exitUsage, "--region mars-east-1: the catalog has"},
		{[]string{"init"}, exitUsage, "name exactly one workload"},
		{[]string{"init", "Bad Name"}, exitUsage, "Bad Name"},
		{[]string{"examples", "nope"}, exitUsage, "nope"},
	}
	for _, c := range cases {
		code, stdout, stderr := run(t, c.args...)
		if code != c.code || !strings.Contains(stderr, c.inStderr) || stdout != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit %d and %q on stderr only", c.args, code, stdout, stderr, c.code, c.inStderr)
		}
	}
}

func TestPriceEmbeddedExamplesIsDeterministic(t *testing.T) {
	// The README's main command prices the embedded examples.
	code, first, stderr := run(t, "price")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, name := range workloads.ExampleNames() {
		if !strings.Contains(first, name) {
			t.Errorf("example %s is missing from the output", name)
		}
	}
	if !strings.Contains(first, "Portfolio") || !strings.Contains(first, "A month is 730 hours") {
		t.Error("output lacks the portfolio or the month convention")
	}
	for _, f := range formats {
		_, a, _ := run(t, "price", "--format", f)
		_, b, _ := run(t, "price", "--format", f)
		if a != b {
			t.Errorf("%s output differs between two runs", f)
		}
		// Frozen too, with the portfolio; its figures are checked by hand in model's tests.
		golden(t, filepath.Join(testdataDir, "examples", "examples."+f+".golden"), []byte(a))
	}
}

func TestPriceDirectoryAndFlagsAfterPaths(t *testing.T) {
	code, stdout, stderr := run(t, "price", "workloads/examples", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var doc struct {
		Workloads []struct{ Name string } `json:"workloads"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Workloads) != len(workloads.ExampleNames()) {
		t.Errorf("%d workloads priced from the directory, want %d", len(doc.Workloads), len(workloads.ExampleNames()))
	}
}

func TestValidate(t *testing.T) {
	code, stdout, _ := run(t, "validate", "testdata/mobile-backend.yaml", "testdata/steady-api-arm64.yaml")
	if code != exitOK || !strings.Contains(stdout, "testdata/mobile-backend.yaml: ok") {
		t.Errorf("exit %d: %s", code, stdout)
	}
	// Every problem of every file at once.
	code, stdout, stderr := run(t, "validate", "testdata/errors/both-traffic-rates.yaml", "testdata/errors/missing-sections.yaml")
	if code != exitUsage || stdout != "" || !strings.Contains(stderr, "both-traffic-rates.yaml:2:1") || !strings.Contains(stderr, "missing-sections.yaml:1:1") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

func TestInitWritesTemplateAndSchemaThatValidate(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := run(t, "init", "orders-api", "--dir", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	path := filepath.Join(dir, "orders-api.yaml")
	if !strings.Contains(stdout, path) {
		t.Errorf("stdout %q does not name %s", stdout, path)
	}
	if code, _, stderr := run(t, "validate", path); code != exitOK {
		t.Errorf("the template does not validate: %s", stderr)
	}
	schema, err := os.ReadFile(filepath.Join(dir, "workload.schema.json"))
	if err != nil || !bytes.Equal(schema, workloads.Schema()) {
		t.Errorf("schema file: %v", err)
	}
	text, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(text), "# yaml-language-server: $schema=workload.schema.json") {
		t.Errorf("template does not point editors at the schema:\n%s", text)
	}
	// Never overwrites.
	if code, _, stderr := run(t, "init", "orders-api", "--dir", dir); code != exitUsage || !strings.Contains(stderr, "already exists") {
		t.Errorf("second init: exit %d, %s", code, stderr)
	}
}

func TestSchemaIsJSON(t *testing.T) {
	code, stdout, _ := run(t, "schema")
	var v map[string]any
	if code != exitOK || json.Unmarshal([]byte(stdout), &v) != nil || v["$schema"] == nil {
		t.Errorf("exit %d, not a JSON Schema: %.200s", code, stdout)
	}
}

func TestExamplesListAndPrint(t *testing.T) {
	_, list, _ := run(t, "examples")
	name := workloads.ExampleNames()[0]
	if !strings.Contains(list, name) {
		t.Errorf("list lacks %s", name)
	}
	_, src, _ := run(t, "examples", name)
	want, _ := workloads.ExampleSource(name)
	if src != string(want) {
		t.Errorf("examples %s does not print the example", name)
	}
}

func TestPricingListsEveryRateWithSource(t *testing.T) {
	code, stdout, _ := run(t, "pricing", "--format", "json")
	if code != exitOK {
		t.Fatal(code)
	}
	var doc struct {
		Sources map[string]struct{ URL string } `json:"sources"`
		Regions map[string][]struct {
			Key    string `json:"key"`
			Source string `json:"source"`
			AsOf   string `json:"as_of"`
		} `json:"regions"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatal(err)
	}
	for _, region := range []string{"us-east-1", "eu-west-1", "eu-central-1"} {
		if len(doc.Regions[region]) == 0 {
			t.Errorf("no rates for %s", region)
		}
	}
	for region, rows := range doc.Regions {
		for _, r := range rows {
			if doc.Sources[r.Source].URL == "" || len(r.AsOf) != len("2026-11-22") {
				t.Errorf("%s %s: source %q, as_of %q", region, r.Key, r.Source, r.AsOf)
			}
		}
	}
	code, table, _ := run(t, "pricing", "--region", "eu-west-1")
	if code != exitOK || !strings.Contains(table, "eu-west-1") || strings.Contains(table, "\nus-east-1\n") {
		t.Errorf("--region: exit %d\n%.300s", code, table)
	}
}

func TestPricingOverlay(t *testing.T) {
	// The overlay adds a reserved rate: 2 x t4g.small x 730 h x $0.0106 = $15.476.
	dir := t.TempDir()
	w := strings.Replace(readFile(t, "testdata/mobile-backend.yaml"), "purchase: on-demand", "purchase: reserved-1y", 1)
	path := filepath.Join(dir, "w.yaml")
	if err := os.WriteFile(path, []byte(w), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, "price", "--format", "json", "--pricing", "testdata/pricing/negotiated.yaml", path)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, `"monthly_cost": "15.476"`) || !strings.Contains(stdout, "testdata/pricing/negotiated.yaml") {
		t.Errorf("overlay not applied:\n%.2000s", stdout)
	}
	// Without it the reserved rate is missing: EC2 is reported unpriced, with the reason.
	_, stdout, _ = run(t, "price", path)
	if !strings.Contains(stdout, "no ec2.t4g.small.reserved-1y rate") {
		t.Errorf("missing rate not explained:\n%s", stdout)
	}
}

func TestPricingOverlayErrors(t *testing.T) {
	code, stdout, stderr := run(t, "price", "--pricing", "testdata/pricing/bad-overlay.yaml", "testdata/mobile-backend.yaml")
	if code != exitUsage || stdout != "" {
		t.Fatalf("exit %d, stdout %q", code, stdout)
	}
	golden(t, filepath.Join(testdataDir, "pricing", "bad-overlay.golden"), []byte(stderr))
	for _, want := range []string{
		"testdata/pricing/bad-overlay.yaml:6:7:",
		`key "lambda.request" is not valid`,
		`"GB-hours" is not the unit of lambda.duration.x86_64`,
		"expected 1, 1000 or 1000000",
		`unknown source "nowhere"`,
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

func readFile(t *testing.T, rel string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testdataDir, "..", rel))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestCalendarMonth(t *testing.T) {
	// December 2026 has 744 hours. 2 t4g.small x 744 h x $0.0168 = $24.9984.
	code, stdout, stderr := run(t, "price", "--format", "json", "--month", "2026-12", "testdata/mobile-backend.yaml")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, `"month_hours": 744`) || !strings.Contains(stdout, `"month": "2026-12"`) || !strings.Contains(stdout, `"monthly_cost": "24.9984"`) {
		t.Errorf("744-hour month not priced:\n%.1500s", stdout)
	}
}

func TestMonthsAhead(t *testing.T) {
	// 10% a month for 12 months: 3,000,000 x 1.1^12 = 9,415,285 requests.
	dir := t.TempDir()
	w := strings.Replace(readFile(t, "testdata/mobile-backend.yaml"), "  requests_per_month: 3000000\n", "  requests_per_month: 3000000\n  growth_percent_per_month: 10\n", 1)
	path := filepath.Join(dir, "w.yaml")
	if err := os.WriteFile(path, []byte(w), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, "price", "--format", "json", "--months-ahead", "12", path)
	if code != exitOK || !strings.Contains(stdout, `"requests_per_month": 9415285`) || !strings.Contains(stdout, `"months_ahead": 12`) {
		t.Errorf("exit %d %s\n%.600s", code, stderr, stdout)
	}
	if code, _, stderr := run(t, "price", "--months-ahead", "-1"); code != exitUsage || !strings.Contains(stderr, "expected 0 to 120") {
		t.Errorf("exit %d %s", code, stderr)
	}
}
