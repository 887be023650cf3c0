package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/platformtest"
)

// flatAPI is the example priced with a fourth platform, FlatRate: $20 a month and $1 per
// million requests, so its 10,000,000 requests bill $30.00 there. Fargate sizes it at one
// 1 vCPU / 2 GB task all month: 730 vCPU-h x $0.04048 = $29.5504 and 1,460 GB-h x $0.004445
// = $6.4897, $36.04; Lambda, the cheapest of the AWS three and FlatRate, bills $18.67. (Of
// all the registered platforms Azure Functions is the cheapest: 9,000,000 executions past the
// 1,000,000 granted x $0.20 per million = $1.80, and 1,000,000 GB-s (100 ms at 1 GB) less the
// 400,000 granted x $0.000016 = $9.60, $11.40.)
const flatAPI = "workloads/examples/flat-api.yaml"

// TestPlatformsFlagChoosesWhatIsShown: --platforms fargate,flatrate shows those two alone,
// and the cheapest is worked out among them: FlatRate's $30.00 against Fargate's $36.04,
// though Lambda, not chosen, would bill $18.67. JSON lists the two, with no other estimate.
func TestPlatformsFlagChoosesWhatIsShown(t *testing.T) {
	t.Cleanup(model.RegisterPlatform(platformtest.FlatRate{}))
	code, table, stderr := run(t, "price", "--platforms", "fargate,flatrate", flatAPI)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(table, "  Monthly  $36.04                $30.00 cheapest\n") || strings.Contains(table, "Lambda:") || strings.Contains(table, "EC2:") {
		t.Errorf("table: want Fargate $36.04 and FlatRate $30.00 cheapest alone:\n%s", table)
	}
	_, out, _ := run(t, "price", "--format", "json", "--platforms", "flatrate,fargate", flatAPI)
	var doc struct {
		Workloads []struct {
			Cheapest  string   `json:"cheapest"`
			Shown     []string `json:"shown"`
			CannotRun []string `json:"cannot_run"`
			Estimates []struct {
				Platform string `json:"platform"`
			} `json:"estimates"`
		} `json:"workloads"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Workloads) != 1 {
		t.Fatalf("json: %v", err)
	}
	w := doc.Workloads[0]
	if w.Cheapest != "flatrate" || strings.Join(w.Shown, ",") != "fargate,flatrate" || len(w.CannotRun) != 0 || len(w.Estimates) != 2 {
		t.Errorf("json: cheapest %s, shown %v, cannot run %v, %d estimates; want flatrate, [fargate flatrate] (in registry order), none, 2", w.Cheapest, w.Shown, w.CannotRun, len(w.Estimates))
	}
}

// TestPlatformsKeyAndFlagOverride: a file's platforms key shows its platforms alone; the
// flag overrides it for every file.
func TestPlatformsKeyAndFlagOverride(t *testing.T) {
	t.Cleanup(model.RegisterPlatform(platformtest.FlatRate{}))
	data, err := os.ReadFile("../" + flatAPI)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "flat.yaml")
	text := strings.Replace(string(data), "\nregion:", "\nplatforms: [flatrate]\nregion:", 1)
	if !strings.Contains(text, "platforms:") {
		text = strings.Replace(string(data), "\ntraffic:", "\nplatforms: [flatrate]\ntraffic:", 1)
	}
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	_, table, stderr := run(t, "price", file)
	if !strings.Contains(table, "  Monthly  $30.00 cheapest\n") || strings.Contains(table, "Fargate") {
		t.Errorf("platforms: [flatrate]: want FlatRate alone at $30.00 (%s):\n%s", stderr, table)
	}
	_, table, _ = run(t, "price", "--platforms", "fargate", file)
	if !strings.Contains(table, "  Monthly  $36.04 cheapest\n") || strings.Contains(table, "FlatRate") {
		t.Errorf("--platforms fargate over the file's key: want Fargate alone at $36.04:\n%s", table)
	}
}

// TestPlatformsBadInput: an unknown or repeated id in the flag is a usage error naming the
// registered ids (FlatRate's among them), nothing on stdout; in the file, an error at its
// line and column.
func TestPlatformsBadInput(t *testing.T) {
	t.Cleanup(model.RegisterPlatform(platformtest.FlatRate{}))
	code, stdout, stderr := run(t, "price", "--platforms", "lambda,flatrat,lambda", flatAPI)
	if code != exitUsage || stdout != "" || !strings.Contains(stderr, `unknown platform "flatrat" (did you mean "flatrate"?)`) ||
		!strings.Contains(stderr, `"lambda" is listed twice`) || !strings.Contains(stderr, "the platforms are "+registeredIDs()+",") {
		t.Errorf("flag: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	file := filepath.Join(t.TempDir(), "bad.yaml")
	body := "name: bad\nplatforms: [lambda, cloud-run, lambda]\ntraffic: {requests_per_month: 1000}\nfunction: {duration_ms: 100, memory_mb: 512}\n"
	if err := os.WriteFile(file, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = run(t, "price", file)
	for _, want := range []string{
		file + `:2:21: platforms[1]: "cloud-run" is not one of ` + registeredIDs(),
		file + `:2:32: platforms[2]: "lambda" is listed twice`,
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("file: stderr lacks %q:\n%s", want, stderr)
		}
	}
	if code != exitUsage || stdout != "" {
		t.Errorf("file: exit %d, stdout %q", code, stdout)
	}
}

// registeredIDs are the ids of model.Platforms, in order, as the messages list them: the
// seven of issue 16 and any a test registers after them.
func registeredIDs() string {
	ids := make([]string, len(model.Platforms))
	for i, p := range model.Platforms {
		ids[i] = string(p)
	}
	return strings.Join(ids, ", ")
}

// TestDefaultHidesWhatCannotRun: by default a platform that cannot run the workload has no
// column and is named in one line with its reason (FlatRate runs no scheduled job); chosen,
// it is shown, its column saying it cannot run.
func TestDefaultHidesWhatCannotRun(t *testing.T) {
	t.Cleanup(model.RegisterPlatform(platformtest.FlatRate{}))
	// the case file chooses the AWS three for its own figures: here it is read without that
	base, err := os.ReadFile(filepath.Join("..", "testdata", "schedule-early-exit.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "schedule-early-exit.yaml")
	if err := os.WriteFile(file, []byte(strings.Replace(string(base), "platforms: [lambda, fargate, ec2]\n", "", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, table, _ := run(t, "price", file)
	if !strings.Contains(table, "  Cannot run it: FlatRate (schedule sweep: FlatRate runs no scheduled jobs).\n") || strings.Contains(table, "  FlatRate:") {
		t.Errorf("default: want FlatRate named as unable, without a column:\n%s", table)
	}
	_, table, _ = run(t, "price", "--platforms", "lambda,flatrate", file)
	if !strings.Contains(table, "cannot run") || !strings.Contains(table, "  FlatRate: ") || strings.Contains(table, "Cannot run it:") {
		t.Errorf("chosen: want FlatRate's column saying it cannot run:\n%s", table)
	}
}

// TestCompareListsTheFirstBreakEvens: with four platforms chosen (the AWS three and FlatRate)
// an input has six pairs; the table lists the cheapest's (Lambda's) and those that cross, and
// says how many more the JSON holds, which carries all eighteen.
func TestCompareListsTheFirstBreakEvens(t *testing.T) {
	t.Cleanup(model.RegisterPlatform(platformtest.FlatRate{}))
	_, table, stderr := run(t, "compare", "--platforms", "lambda,fargate,ec2,flatrate", flatAPI)
	// FlatRate bills $1 per million requests, Lambda about $1.87 (requests $0.20 and 0.1
	// GB-s at $0.0000166667): they cross near $20 / $0.87 per million, 23.08 million
	// (the estimated INIT moves it a little).
	if !strings.Contains(table, "Lambda vs FlatRate: FlatRate no dearer than Lambda from 23,074,869") ||
		!strings.Contains(table, "    3 more pairs, neither the cheapest platform nor crossing in range: every\n      pair in json and csv\n  Break-even by memory") {
		t.Errorf("table: no Lambda vs FlatRate crossing (%s):\n%s", stderr, table)
	}
	_, out, _ := run(t, "compare", "--format", "json", "--platforms", "lambda,fargate,ec2,flatrate", flatAPI)
	var doc struct {
		Comparisons []struct {
			BreakEvens []json.RawMessage `json:"break_evens"`
		} `json:"comparisons"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Comparisons) != 1 {
		t.Fatalf("json: %v", err)
	}
	if n := len(doc.Comparisons[0].BreakEvens); n != 18 {
		t.Errorf("json: %d break-evens, want 6 pairs x 3 inputs", n)
	}
}
