package analysis

import (
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestScanTextFollowsTheNumbersRule: a scan's bounds are thousands separated, as the reports
// read numbers (internal/humanize).
func TestScanTextFollowsTheNumbersRule(t *testing.T) {
	if got, want := infeasibleText(model.PlatformLambda, VaryTraffic, 1000, 100000000000, limitStart{}), "lambda cannot run at traffic from 1,000 to 100,000,000,000 (of the values scanned)"; got != want {
		t.Errorf("infeasibleText = %q, want %q", got, want)
	}
	// A start found exactly reads from there; one found for another scanned value (a later
	// stretch) leaves the text as scanned.
	if got, want := infeasibleText(model.PlatformLambda, VaryDuration, 91594, 900000, limitStart{Scanned: 91594, At: 30001}), "lambda cannot run at duration_ms from 30,001 (it runs at 30,000) to 900,000 (of the values scanned)"; got != want {
		t.Errorf("infeasibleText = %q, want %q", got, want)
	}
	if got, want := infeasibleText(model.PlatformLambda, VaryDuration, 900000, 900000, limitStart{Scanned: 900000, At: 900000}), "lambda cannot run at duration_ms 900,000 (it runs at 899,999)"; got != want {
		t.Errorf("infeasibleText = %q, want %q", got, want)
	}
	if got, want := infeasibleText(model.PlatformLambda, VaryDuration, 1, 900000, limitStart{Scanned: 10, At: 7}), "lambda cannot run at duration_ms from 1 to 900,000 (of the values scanned)"; got != want {
		t.Errorf("infeasibleText = %q, want %q", got, want)
	}
}
