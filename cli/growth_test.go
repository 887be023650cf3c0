package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestGrowthFlagsWithinBounds: 10,000,000 requests a month at 30% a month stay within 10^15
// for 70 months (946,312,684,517,285) and pass it in month 71 (1,230,206,489,872,471):
// --months-ahead 110 (which used to print -2.7 x 10^18 requests and a negative Lambda bill
// marked cheapest) and --months 72 are usage errors naming the flag, nothing on stdout;
// --months-ahead 70 and --months 71 (months 0 to 70) price.
func TestGrowthFlagsWithinBounds(t *testing.T) {
	path := filepath.Join(t.TempDir(), "grow.yaml")
	write(t, path, "name: grow\ntraffic: {requests_per_month: 10000000, growth_percent_per_month: 30}\nfunction: {duration_ms: 100, memory_mb: 512}\n")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"price", "--months-ahead", "110"}, "breakeven price: --months-ahead 110: 71 months ahead, grow (10,000,000 requests a month growing 30% a month) " +
			"has more than 1,000,000,000,000,000 requests a month, the most the model prices; at most --months-ahead 70 prices it\n"},
		{[]string{"compare", "--months", "72"}, "breakeven compare: --months 72: 71 months ahead, grow (10,000,000 requests a month growing 30% a month) " +
			"has more than 1,000,000,000,000,000 requests a month, the most the model prices; at most --months 71 prices it\n"},
	} {
		code, stdout, stderr := run(t, append(c.args, path)...)
		if code != exitUsage || stdout != "" || !strings.HasPrefix(stderr, c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr:\n%s\nwant:\n%s", c.args, code, stdout, stderr, c.want)
		}
	}
	code, stdout, stderr := run(t, "price", "--months-ahead", "70", path)
	if code != exitOK || !strings.Contains(stdout, "946,312,684,517,285 requests a month") {
		t.Errorf("--months-ahead 70: exit %d, %s\n%.600s", code, stderr, stdout)
	}
	if code, _, stderr := run(t, "compare", "--months", "71", "--format", "csv", path); code != exitOK {
		t.Errorf("--months 71: exit %d, %s", code, stderr)
	}
}
