package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestCommitEveryFormat plans the built-in examples' commitment in every format: exit 0,
// the optimum in each, the JSON well formed; a term AWS does not sell is a usage error.
func TestCommitEveryFormat(t *testing.T) {
	for _, f := range []string{"table", "markdown", "csv", "json"} {
		code, stdout, stderr := run(t, "commit", "--format", f, "--months", "3")
		if code != 0 || stderr != "" {
			t.Fatalf("%s: exit %d, stderr %q", f, code, stderr)
		}
		if !strings.Contains(strings.ToLower(stdout), "optimum") {
			t.Errorf("%s: no optimum in\n%s", f, stdout)
		}
		if f == "json" && !json.Valid([]byte(stdout)) {
			t.Errorf("json: not valid JSON:\n%s", stdout)
		}
	}
	code, stdout, stderr := run(t, "commit", "--term", "2y")
	if code != exitUsage || stdout != "" || !strings.Contains(stderr, "--term 2y: expected 1y or 3y") {
		t.Errorf("--term 2y: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// TestCompareCarriesTheCommitPlan: compare's commitment is breakeven commit's plan of the
// same files, figure for figure: its JSON object equals commit's document less its pricing,
// and the table and markdown print the same optimum sentence.
func TestCompareCarriesTheCommitPlan(t *testing.T) {
	files := []string{"testdata/compare/buying.yaml", "testdata/compare/two-level.yaml"}
	for _, set := range [][]string{files[:1], files} {
		_, cmp, stderr := run(t, append([]string{"compare", "--format", "json"}, set...)...)
		_, plan, stderr2 := run(t, append([]string{"commit", "--format", "json"}, set...)...)
		if stderr != "" || stderr2 != "" {
			t.Fatalf("%v: stderr %q %q", set, stderr, stderr2)
		}
		var c struct{ Commitment map[string]any }
		var p map[string]any
		if err := json.Unmarshal([]byte(cmp), &c); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(plan), &p); err != nil {
			t.Fatal(err)
		}
		delete(p, "pricing")
		got, _ := json.Marshal(c.Commitment)
		want, _ := json.Marshal(p)
		if string(got) != string(want) || len(p) < 5 {
			t.Errorf("%v: compare's commitment\n%s\nbreakeven commit's\n%s", set, got, want)
		}
		optimum := p["optimum"].(map[string]any)["commitment_per_hour"].(string)
		_, csvOut, _ := run(t, append([]string{"compare", "--format", "csv"}, set...)...)
		if !strings.Contains(csvOut, "(all workloads),commitment optimum,savings-plan-1y,,commitment_per_hour,"+optimum+"\n") {
			t.Errorf("%v csv: no optimum %s in compare's output", set, optimum)
		}
		for _, f := range []string{"table", "markdown"} {
			_, out, _ := run(t, append([]string{"compare", "--format", f}, set...)...)
			_, own, _ := run(t, append([]string{"commit", "--format", f}, set...)...)
			// the plan's first sentence: its optimum, or that there is nothing to commit
			at := strings.Index(own, "Optimum: ")
			if at < 0 {
				at = strings.Index(own, "Nothing to commit: ")
			}
			if at < 0 {
				t.Fatalf("%v %s: commit's plan has neither an optimum nor nothing to commit:\n%s", set, f, own)
			}
			body := own[at:]
			if !strings.Contains(out, body) {
				t.Errorf("%v %s: compare's output lacks commit's plan\n%s", set, f, body)
			}
		}
	}
}
