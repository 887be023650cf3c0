package analysis

import (
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestScanTextFollowsTheNumbersRule: a scan's bounds are thousands separated, as the reports
// read numbers (internal/humanize).
func TestScanTextFollowsTheNumbersRule(t *testing.T) {
	if got, want := infeasibleText(model.PlatformLambda, VaryTraffic, 1000, 100000000000), "lambda cannot run at traffic from 1,000 to 100,000,000,000 (of the values scanned)"; got != want {
		t.Errorf("infeasibleText = %q, want %q", got, want)
	}
}
