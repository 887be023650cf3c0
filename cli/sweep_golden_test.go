package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// The sweep's end-to-end cases live in testdata/sweep/:
//
//	testdata/sweep/<case>.yaml              a workload, swept in every format (with the flags
//	                                        of its "# args:" line, if any)
//	testdata/sweep/<case>.<format>.golden   the expected output
//	testdata/sweep/errors/<case>.yaml       an invalid workload; <case>.golden its messages
//
// plus the built-in examples named in sweepExamples. Regenerate with
// go test ./cli -run Sweep -update and review with git diff. Every case states
// figures worked out by hand in "# expect:" lines, checked against the JSON output:
//
//	# expect: ARCH.MB = 3.53                 the month's cost at MB on ARCH, to the cent
//	# expect: ARCH.MB.duration_ms = 157.885811   the modelled duration (or billed_ms)
//	# expect: optimum.STRATEGY = ARCH.MB     a strategy's pick over every architecture
//	# expect: skipped                        nothing to sweep
const sweepDir = "../testdata/sweep"

// sweepExamples are built-in examples swept as golden cases: path from the repository root.
var sweepExamples = []string{"workloads/examples/mobile-backend.yaml"}

func TestSweepGoldenCases(t *testing.T) {
	cases, _ := filepath.Glob(filepath.Join(sweepDir, "*.yaml"))
	if len(cases) == 0 {
		t.Fatal("no cases in testdata/sweep/")
	}
	for _, path := range cases {
		name := strings.TrimSuffix(filepath.Base(path), ".yaml")
		t.Run(name, func(t *testing.T) {
			rel := filepath.ToSlash(filepath.Join("testdata", "sweep", name+".yaml"))
			extra := caseArgs(t, path)
			for _, f := range formats {
				stdout := runOK(t, append(append([]string{"sweep", "--format", f}, extra...), rel)...)
				golden(t, filepath.Join(sweepDir, name+"."+f+".golden"), stdout)
				if f == "json" {
					checkSweepExpectations(t, path, stdout)
				}
				if f == "table" {
					checkWidth(t, stdout)
				}
			}
		})
	}
	for _, rel := range sweepExamples {
		name := "example-" + strings.TrimSuffix(filepath.Base(rel), ".yaml")
		t.Run(name, func(t *testing.T) {
			for _, f := range formats {
				stdout := runOK(t, "sweep", "--format", f, rel)
				golden(t, filepath.Join(sweepDir, name+"."+f+".golden"), stdout)
				if f == "table" {
					checkWidth(t, stdout)
				}
			}
		})
	}
}

func checkWidth(t *testing.T, out []byte) {
	t.Helper()
	for i, line := range strings.Split(string(out), "\n") {
		if n := len([]rune(line)); n > 80 {
			t.Errorf("table line %d is %d columns: %q", i+1, n, line)
		}
	}
}

func TestSweepGoldenErrors(t *testing.T) {
	cases, _ := filepath.Glob(filepath.Join(sweepDir, "errors", "*.yaml"))
	if len(cases) == 0 {
		t.Fatal("no cases in testdata/sweep/errors/")
	}
	for _, path := range cases {
		name := strings.TrimSuffix(filepath.Base(path), ".yaml")
		t.Run(name, func(t *testing.T) {
			rel := filepath.ToSlash(filepath.Join("testdata", "sweep", "errors", name+".yaml"))
			var stdout, stderr bytes.Buffer
			if code := runIn(t, &stdout, &stderr, "sweep", rel); code != exitUsage {
				t.Errorf("exit code %d, want %d", code, exitUsage)
			}
			if stdout.Len() != 0 {
				t.Errorf("stdout is not empty:\n%s", stdout.String())
			}
			if !strings.Contains(stderr.String(), rel+":") {
				t.Errorf("stderr does not name %s:LINE:COLUMN:\n%s", rel, stderr.String())
			}
			golden(t, filepath.Join(sweepDir, "errors", name+".golden"), stderr.Bytes())
		})
	}
}

func TestSweepUsage(t *testing.T) {
	for args, want := range map[string]string{
		"--arch sparc":          `--arch "sparc": expected x86_64, arm64 or both`,
		"--sizes 64,128":        `--sizes "64,128": expected all or memory sizes from 128 to 10240 MB`,
		"--power-tuning x.json": "--power-tuning goes with exactly one workload file",
	} {
		var stdout, stderr bytes.Buffer
		if code := runIn(t, &stdout, &stderr, append([]string{"sweep"}, strings.Fields(args)...)...); code != exitUsage {
			t.Errorf("%s: exit %d, want %d", args, code, exitUsage)
		}
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("%s: stderr %q, want %q", args, stderr.String(), want)
		}
	}
}

// TestSweepPowerTuningFlag: --power-tuning puts a Power Tuning file's points in place of
// the file's, and --sizes and --arch narrow what is shown.
func TestSweepPowerTuningFlag(t *testing.T) {
	out := runOK(t, "sweep", "--format", "csv", "--arch", "arm64", "--sizes", "1280", "--power-tuning", "testdata/sweep/power-tuning.json", "testdata/sweep/flat-paid.yaml")
	// flat-paid runs on x86_64, so the points are x86_64's and arm64 takes 100% of them: at
	// 1,280 MB 160.22 ms, as worked out in power-tuned.yaml.
	if !strings.Contains(string(out), "flat-paid,testdata/sweep/flat-paid.yaml,us-east-1,arm64,1280,160.22,161,") {
		t.Errorf("csv:\n%s", out)
	}
	if strings.Contains(string(out), "x86_64,1280") {
		t.Errorf("--arch arm64 shows x86_64:\n%s", out)
	}
}

var sweepExpect = regexp.MustCompile(`(?m)^# expect: ([a-z0-9_.]+)(?: = ([^\s]+))?`)

func checkSweepExpectations(t *testing.T, casePath string, jsonOut []byte) {
	t.Helper()
	src, err := os.ReadFile(casePath)
	if err != nil {
		t.Fatal(err)
	}
	found := sweepExpect.FindAllStringSubmatch(string(src), -1)
	if len(found) == 0 {
		t.Fatalf("%s states no hand-checked figure (# expect: x86_64.1024 = 3.53)", casePath)
	}
	type row struct {
		Architecture string `json:"architecture"`
		MemoryMB     int64  `json:"memory_mb"`
		DurationMs   string `json:"duration_ms"`
		BilledMs     int64  `json:"billed_ms"`
		MonthlyCost  string `json:"monthly_cost"`
	}
	var doc struct {
		Sweeps []struct {
			Skipped string `json:"skipped"`
			Optima  []struct {
				Strategy string `json:"strategy"`
				Choice   row    `json:"choice"`
			} `json:"optima"`
			Architectures []struct {
				Rows []row `json:"rows"`
			} `json:"architectures"`
		} `json:"sweeps"`
	}
	if err := json.Unmarshal(jsonOut, &doc); err != nil {
		t.Fatal(err)
	}
	s := doc.Sweeps[0]
	find := func(key string) (row, bool) {
		arch, mb, _ := strings.Cut(key, ".")
		for _, a := range s.Architectures {
			for _, r := range a.Rows {
				if r.Architecture == arch && decimal.NewFromInt(r.MemoryMB).String() == mb {
					return r, true
				}
			}
		}
		return row{}, false
	}
	for _, m := range found {
		key, want := m[1], m[2]
		switch {
		case key == "skipped":
			if s.Skipped == "" {
				t.Errorf("skipped: the sweep was not skipped")
			}
		case strings.HasPrefix(key, "optimum."):
			got := ""
			for _, o := range s.Optima {
				if o.Strategy == strings.TrimPrefix(key, "optimum.") {
					got = o.Choice.Architecture + "." + decimal.NewFromInt(o.Choice.MemoryMB).String()
				}
			}
			if got != want {
				t.Errorf("%s: %s, worked out by hand as %s", key, got, want)
			}
		default:
			base, field := key, ""
			if i := strings.LastIndex(key, "."); strings.Count(key, ".") == 2 {
				base, field = key[:i], key[i+1:]
			}
			r, ok := find(base)
			if !ok {
				t.Errorf("%s: no such row shown", key)
				continue
			}
			switch field {
			case "":
				compareAtPlaces(t, key, r.MonthlyCost, want)
			case "duration_ms":
				compareAtPlaces(t, key, r.DurationMs, want)
			case "billed_ms":
				compareAtPlaces(t, key, decimal.NewFromInt(r.BilledMs).String(), want)
			default:
				t.Errorf("%s: unknown figure %s", key, field)
			}
		}
	}
}
