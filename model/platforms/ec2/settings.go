package ec2

import "github.com/breakeven/breakeven/model"

// configOf is EC2's settings in w: the decoded ec2 section (resolved once priced), or the
// zero EC2Config, every choice left to the engine, for a workload built in code without
// them.
func configOf(w model.Workload) model.EC2Config {
	c, _ := model.SettingsOf[model.EC2Config](w, model.PlatformEC2)
	return c
}

// userInstanceType is the ec2.instance_type the user wrote, "" when the engine chose it: a
// schedule's dedicated instance is that type, or else the cheapest that holds the job.
func userInstanceType(w model.Workload) string {
	c := configOf(w)
	if c.InstanceTypeChosen {
		return ""
	}
	return c.InstanceType
}

// Platform buys its instances one way and can leave their volumes out of the bill.
var (
	_ model.InstanceOwner = Platform{}
	_ model.NotPricer     = Platform{}
)

// InstanceOf is the instance type and how it is bought and sized.
func (Platform) InstanceOf(w model.Workload) model.Instance {
	c := configOf(w)
	return model.Instance{Type: c.InstanceType, Purchase: c.Purchase, SpotDiscountPercent: c.SpotDiscountPercent, SizedByBaseline: c.SizedByBaseline}
}

// WithInstance is w with instance i: its type, purchase, spot discount and sizing.
func (Platform) WithInstance(w model.Workload, i model.Instance) model.Workload {
	model.EditSettings(&w, model.PlatformEC2, func(c *model.EC2Config) {
		c.InstanceType, c.Purchase, c.SpotDiscountPercent, c.SizedByBaseline = i.Type, i.Purchase, i.SpotDiscountPercent, i.SizedByBaseline
	})
	return w
}

// NotPriced names the instances' EBS volumes when ec2.ebs_gb is left out.
func (Platform) NotPriced(w model.Workload) []string {
	if configOf(w).EBSGB == 0 {
		return []string{"EBS volumes of EC2 instances (ec2.ebs_gb)"}
	}
	return nil
}
