package cli

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// The end-to-end cases live in testdata/ at the top of the repository:
//
//	testdata/<case>.yaml              a workload; priced in every format (with the flags of
//	                                  its "# args: --month 2026-11" line, if any)
//	testdata/<case>.<format>.golden   the expected output, byte for byte
//	testdata/providers/<case>.yaml    a workload of a platform of issue 16 stating "# expect:"
//	                                  figures, priced and frozen the same way, beside it
//	testdata/errors/<case>.yaml       an invalid workload
//	testdata/errors/<case>.golden     the expected messages on stderr
//
// Regenerate the golden files with:  go test ./cli -update
// then review them with git diff. A golden file proves nothing by itself: every valid case
// also states, in "# expect:" comments, figures worked out by hand or published by AWS, and
// the test checks them against the JSON output.
var update = flag.Bool("update", false, "rewrite the golden files from the current output")

const testdataDir = "../testdata"

var formats = []string{"table", "json", "markdown", "csv"}

func TestGoldenCases(t *testing.T) {
	cases, _ := filepath.Glob(filepath.Join(testdataDir, "*.yaml"))
	if len(cases) == 0 {
		t.Fatal("no cases in testdata/")
	}
	providers, err := providerCases()
	if err != nil || len(providers) < 4 {
		t.Fatalf("testdata/providers: %d cases, want one at least for each of the four platforms of issue 16 (%v)", len(providers), err)
	}
	for _, path := range append(cases, providers...) {
		dir, file := filepath.Split(path)
		name := strings.TrimSuffix(file, ".yaml")
		t.Run(name, func(t *testing.T) {
			rel, err := filepath.Rel("..", path)
			if err != nil {
				t.Fatal(err)
			}
			extra := caseArgs(t, path)
			for _, f := range formats {
				args := append(append([]string{"price", "--format", f}, extra...), filepath.ToSlash(rel))
				stdout := runOK(t, args...)
				golden(t, filepath.Join(dir, name+"."+f+".golden"), stdout)
				if f == "json" {
					checkExpectations(t, path, stdout)
				}
			}
		})
	}
}

// providerCases are the files of testdata/providers, the workloads of the platforms of issue
// 16 (Lambda Managed Instances, Cloud Run, Azure Functions, Workers), that state "# expect:"
// figures: each is a case as those of testdata/ are, its golden files beside it. The others
// there are inputs of the platforms' own tests (invalid files, a catalog of rates).
func providerCases() ([]string, error) {
	files, err := filepath.Glob(filepath.Join(testdataDir, "providers", "*.yaml"))
	var cases []string
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		if expectLine.Match(src) {
			cases = append(cases, path)
		}
	}
	return cases, err
}

// caseArgs reads a case's "# args: --month 2026-11" line: flags its price command takes.
func caseArgs(t *testing.T, path string) []string {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if m := argsLine.FindSubmatch(src); m != nil {
		return strings.Fields(string(m[1]))
	}
	return nil
}

var argsLine = regexp.MustCompile(`(?m)^# args: (.+)$`)

func TestGoldenErrors(t *testing.T) {
	cases, _ := filepath.Glob(filepath.Join(testdataDir, "errors", "*.yaml"))
	if len(cases) == 0 {
		t.Fatal("no cases in testdata/errors/")
	}
	for _, path := range cases {
		name := strings.TrimSuffix(filepath.Base(path), ".yaml")
		t.Run(name, func(t *testing.T) {
			rel := filepath.ToSlash(filepath.Join("testdata", "errors", name+".yaml"))
			var stdout, stderr bytes.Buffer
			code := runIn(t, &stdout, &stderr, "price", rel)
			if code != exitUsage {
				t.Errorf("exit code %d, want %d", code, exitUsage)
			}
			if stdout.Len() != 0 {
				t.Errorf("stdout is not empty:\n%s", stdout.String())
			}
			if !strings.Contains(stderr.String(), rel+":") {
				t.Errorf("stderr does not name %s:LINE:COLUMN:\n%s", rel, stderr.String())
			}
			golden(t, filepath.Join(testdataDir, "errors", name+".golden"), stderr.Bytes())
		})
	}
}

// runIn runs the command line from the repository root, so that paths in the output are the
// ones a user typing the README's commands sees.
func runIn(t *testing.T, stdout, stderr *bytes.Buffer, args ...string) int {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(filepath.Join(wd, "..")); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	return Run(args, stdout, stderr)
}

func runOK(t *testing.T, args ...string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := runIn(t, &stdout, &stderr, args...); code != exitOK {
		t.Fatalf("breakeven %s: exit %d\n%s", strings.Join(args, " "), code, stderr.String())
	}
	return stdout.Bytes()
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cli -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (go test ./cli -update rewrites it; review with git diff)\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// An expectation line reads "# expect: PLATFORM[.LINE_ID] = AMOUNT", AMOUNT in dollars to
// the cent, e.g. "# expect: lambda = 2.73", "# expect: lambda.requests = 0.40" or, for a line
// whose id does not start with the platform, "# expect: ec2.rds_proxy.vcpu = 21.90". PLATFORM
// "cheapest" names the expected cheapest platform: "# expect: cheapest = lambda". Figures of
// the flow read "# expect: flow.invocations_per_request = 3.2", "flow.retry_cost",
// "flow.merge.STEP" (its monthly saving) or "flow.step.STEP" (its month); of a schedule
// "schedule.NAME.runs_per_month" or "schedule.NAME.event_driven.lambda|fargate" (the
// event-driven trigger's cost); each compared at the places the expectation is written to. Each line is
// followed by how the figure was worked out.
var expectLine = regexp.MustCompile(`(?m)^# expect: ([a-z0-9_.]+) = ([^\s]+)`)

func checkExpectations(t *testing.T, casePath string, jsonOut []byte) {
	t.Helper()
	src, err := os.ReadFile(casePath)
	if err != nil {
		t.Fatal(err)
	}
	found := expectLine.FindAllStringSubmatch(string(src), -1)
	if len(found) == 0 {
		t.Fatalf("%s states no hand-checked figure (# expect: lambda = 2.73)", casePath)
	}
	var doc struct {
		Workloads []struct {
			Cheapest  string          `json:"cheapest"`
			Flow      json.RawMessage `json:"flow"`
			Schedules json.RawMessage `json:"schedules"`
			Estimates []struct {
				Platform    string `json:"platform"`
				MonthlyCost string `json:"monthly_cost"`
				LineItems   []struct {
					ID   string `json:"id"`
					Cost string `json:"cost"`
				} `json:"line_items"`
			} `json:"estimates"`
		} `json:"workloads"`
	}
	if err := json.Unmarshal(jsonOut, &doc); err != nil {
		t.Fatal(err)
	}
	wl := doc.Workloads[0]
	for _, m := range found {
		key, want := m[1], m[2]
		if key == "cheapest" {
			if wl.Cheapest != want {
				t.Errorf("cheapest: %s, want %s", wl.Cheapest, want)
			}
			continue
		}
		if strings.HasPrefix(key, "flow.") {
			checkFlowFigure(t, wl.Flow, key, want)
			continue
		}
		if strings.HasPrefix(key, "schedule.") {
			checkScheduleFigure(t, wl.Schedules, key, want)
			continue
		}
		platform, _, isLine := strings.Cut(key, ".")
		got, ok := decimal.Zero, false
		for _, e := range wl.Estimates {
			if e.Platform != platform {
				continue
			}
			if !isLine {
				got, ok = decimal.RequireFromString(e.MonthlyCost), true
			}
			for _, it := range e.LineItems {
				if isLine && (it.ID == key || platform+"."+it.ID == key) {
					got, ok = got.Add(decimal.RequireFromString(it.Cost)), true
				}
			}
		}
		if !ok {
			t.Errorf("%s: no such estimate or line item", key)
			continue
		}
		if !got.Round(2).Equal(decimal.RequireFromString(want)) {
			t.Errorf("%s: %s (exact %s), worked out by hand as %s", key, got.Round(2).StringFixed(2), got, want)
		}
	}
}

// checkFlowFigure checks one figure of the flow, rounded to the places of want.
func checkFlowFigure(t *testing.T, raw json.RawMessage, key, want string) {
	t.Helper()
	var flow struct {
		InvocationsPerRequest string `json:"invocations_per_request"`
		RetryCost             string `json:"retry_cost"`
		Steps                 []struct {
			Name  string `json:"name"`
			Month string `json:"per_month"`
		} `json:"steps"`
		Merges []struct {
			Step   string `json:"step"`
			Saving string `json:"monthly_saving"`
		} `json:"merges"`
	}
	if err := json.Unmarshal(raw, &flow); err != nil || raw == nil {
		t.Errorf("%s: the workload has no flow", key)
		return
	}
	got := ""
	switch name := strings.TrimPrefix(key, "flow."); {
	case name == "invocations_per_request":
		got = flow.InvocationsPerRequest
	case name == "retry_cost":
		got = flow.RetryCost
	case strings.HasPrefix(name, "merge."):
		for _, m := range flow.Merges {
			if m.Step == strings.TrimPrefix(name, "merge.") {
				got = m.Saving
			}
		}
	case strings.HasPrefix(name, "step."):
		for _, s := range flow.Steps {
			if s.Name == strings.TrimPrefix(name, "step.") {
				got = s.Month
			}
		}
	}
	if got == "" {
		t.Errorf("%s: no such figure in the flow", key)
		return
	}
	compareAtPlaces(t, key, got, want)
}

// compareAtPlaces checks got against want rounded to the places want is written to.
func compareAtPlaces(t *testing.T, key, got, want string) {
	t.Helper()
	w := decimal.RequireFromString(want)
	if g := decimal.RequireFromString(got).Round(-w.Exponent()); !g.Equal(w) {
		t.Errorf("%s: %s (exact %s), worked out by hand as %s", key, g, got, want)
	}
}

// checkScheduleFigure checks one figure of a schedule.
func checkScheduleFigure(t *testing.T, raw json.RawMessage, key, want string) {
	t.Helper()
	var list []struct {
		Name        string `json:"name"`
		Runs        string `json:"runs_per_month"`
		EventDriven *struct {
			Lambda struct {
				EventDriven string `json:"event_driven"`
			} `json:"lambda"`
			Fargate struct {
				EventDriven string `json:"event_driven"`
			} `json:"fargate"`
		} `json:"event_driven"`
	}
	if raw != nil {
		if err := json.Unmarshal(raw, &list); err != nil {
			t.Fatal(err)
		}
	}
	got := ""
	for _, s := range list {
		switch rest := strings.TrimPrefix(key, "schedule."+s.Name+"."); {
		case rest == key:
		case rest == "runs_per_month":
			got = s.Runs
		case rest == "event_driven.lambda" && s.EventDriven != nil:
			got = s.EventDriven.Lambda.EventDriven
		case rest == "event_driven.fargate" && s.EventDriven != nil:
			got = s.EventDriven.Fargate.EventDriven
		}
	}
	if got == "" {
		t.Errorf("%s: no such figure in the schedules", key)
		return
	}
	compareAtPlaces(t, key, got, want)
}
