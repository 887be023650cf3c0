package analysis

import (
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestRightSizingNamesWhatCannotRun: a function needing more memory than Fargate's largest
// task and any catalog instance type (model's TestNoTaskHoldsTheMemory): right-sizing names
// what is running now by the reason, not an empty size or type.
func TestRightSizingNamesWhatCannotRun(t *testing.T) {
	w := mobileBackend()
	w.Function.MemoryMB = 300000 // 292.96875 GB
	model.EditSettings(&w, model.PlatformFargate, func(f *model.FargateConfig) { f.VCPU, f.MemoryGB = dec("0"), dec("0") })
	model.EditSettings(&w, model.PlatformEC2, func(c *model.EC2Config) { c.InstanceType = "" })
	rs := RightSize(w, catalog(t), model.StandardMonth())
	if rs.Fargate.Current.Name != "no task size holds 300,000 MB" || rs.EC2.Current.Name != "no instance type holds 300,000 MB, on-demand" {
		t.Errorf("right-sizing now: %q, %q", rs.Fargate.Current.Name, rs.EC2.Current.Name)
	}
}
