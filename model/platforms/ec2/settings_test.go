package ec2

import (
	"slices"
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestUserInstanceType: the type the file names is a dedicated schedule's; one the engine
// chose (InstanceTypeChosen, set by Resolve: model's TestScheduleEC2 prices both) is not.
func TestUserInstanceType(t *testing.T) {
	var p Platform
	w := mobileBackend()
	p.Resolve(&w, catalog(t))
	if got := userInstanceType(w); got != "t4g.small" {
		t.Errorf("named type: %q", got)
	}
	model.EditSettings(&w, model.PlatformEC2, func(c *model.EC2Config) { c.InstanceType, c.InstanceTypeChosen = "c6i.large", true })
	if got := userInstanceType(w); got != "" {
		t.Errorf("chosen type: %q", got)
	}
}

// TestInstanceEditsLeaveTheOriginal: WithInstance changes a copy's type, purchase and
// sizing, not the original's; NotPriced names the volumes only when ec2.ebs_gb is left out.
func TestInstanceEditsLeaveTheOriginal(t *testing.T) {
	var p Platform
	w := mobileBackend()
	v := p.WithInstance(w, model.Instance{Type: "m7g.large", Purchase: model.Spot, SpotDiscountPercent: dec("65"), SizedByBaseline: true})
	if i := p.InstanceOf(v); i.Type != "m7g.large" || i.Purchase != model.Spot || !i.SpotDiscountPercent.Equal(dec("65")) || !i.SizedByBaseline {
		t.Errorf("copy: %+v", i)
	}
	if i := p.InstanceOf(w); i.Type != "t4g.small" || i.Purchase != model.OnDemand || i.SizedByBaseline {
		t.Errorf("original changed: %+v", i)
	}
	if got := p.NotPriced(w); !slices.Equal(got, []string{"EBS volumes of EC2 instances (ec2.ebs_gb)"}) {
		t.Errorf("no ebs_gb: %q", got)
	}
	model.EditSettings(&w, model.PlatformEC2, func(c *model.EC2Config) { c.EBSGB = 8 })
	if got := p.NotPriced(w); got != nil {
		t.Errorf("ebs_gb 8: %q", got)
	}
}
