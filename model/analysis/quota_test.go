package analysis

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
)

func TestCompareAnalysesRaiseTheQuota(t *testing.T) {
	// compare's analyses move traffic far beyond the file's: they price Lambda serving every
	// request, and say so when the file's traffic would be throttled.
	c := Compare([]model.Workload{throttled()}, catalog(t), CompareOptions{}).Comparisons[0]
	if e := c.Base.Estimate(model.PlatformLambda); !e.Serves() || !lambdaOf(c.Base.Workload).QuotaRaised {
		t.Errorf("compare's base Lambda serves all: %v", e.Serves())
	}
	if len(c.Notes) != 1 || !strings.Contains(c.Notes[0], "would throttle about 28,275,090 requests a month in 730 hours") {
		t.Errorf("notes %q", c.Notes)
	}
}
