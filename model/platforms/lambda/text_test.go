package lambda

import (
	"testing"
	"time"

	"github.com/breakeven/breakeven/model"
)

// TestTextsFollowTheNumbersRule: the model's own texts read numbers as the reports do
// (internal/humanize): "1769 MB" and "1200000 ms billed" read 1,769 MB and 1,200,000 ms,
// "task(s)" takes its plural (a scan's bounds: analysis's TestScanTextFollowsTheNumbersRule).
func TestTextsFollowTheNumbersRule(t *testing.T) {
	w := model.Workload{Function: model.Function{MemoryMB: 1769, DurationMs: dec("1199999.5")}}
	model.EditSettings(&w, model.PlatformLambda, func(c *model.LambdaConfig) { c.Architecture = model.X86_64 })
	model.EditSettings(&w, model.PlatformLambda, func(c *model.LambdaConfig) { c.ProvisionedConcurrency = 1200 })
	model.EditSettings(&w, model.PlatformLambda, func(c *model.LambdaConfig) {
		c.ProvisionedSchedule = model.ProvisionedSchedule{Kind: model.Weekly, StartHour: 8, EndHour: 20, Days: []time.Weekday{time.Monday}}
	})
	model.EditSettings(&w, model.PlatformLambda, func(c *model.LambdaConfig) { c.EphemeralStorageMB = 10240 })
	if got, want := lambdaSummary(w), "1,769 MB x86_64, 1,200,000 ms billed, 1,200 provisioned 8:00-20:00 on 1 day a week, 10,240 MB /tmp"; got != want {
		t.Errorf("lambdaSummary = %q, want %q", got, want)
	}
}
