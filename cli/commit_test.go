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
