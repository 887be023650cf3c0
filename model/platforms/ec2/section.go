package ec2

import (
	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
)

// Platform owns its section of the workload file.
var _ model.SectionOwner = Platform{}

// SectionKey is "ec2", the workload file's section of EC2's settings.
func (Platform) SectionKey() string { return "ec2" }

// SectionSpec is the ec2 section: the instance type, the fleet's throughput, minimum and
// scaling, how the instances are bought, their CPU credits and their volume.
func (Platform) SectionSpec() *yamlspec.Spec { return sectionSpec }

var sectionSpec = &yamlspec.Spec{Kind: yamlspec.Object,
	Doc: "How the workload runs on EC2 instances. Keys left out are chosen by the engine.",
	Fields: append([]yamlspec.Field{
		{Key: "instance_type", Spec: &yamlspec.Spec{Kind: yamlspec.String,
			Doc:     "The instance type; left out, the engine chooses.",
			Pattern: `^[a-z][a-z0-9-]*\.[a-z0-9]+$`, PatternDoc: "an EC2 instance type such as t4g.small"}},
		{Key: "requests_per_second_per_instance", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "1000000000", MaxPlaces: model.ThroughputPlaces,
			Doc: "Requests a second one instance can serve; left out, the engine works it out."}},
		{Key: "min_instances", Default: "1", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "0", Max: "1000000",
			Doc: "Instances kept running even when idle."}},
		{Key: "purchase", Default: string(model.OnDemand), Spec: &yamlspec.Spec{Kind: yamlspec.String,
			Doc: "How the instances are bought.", Enum: purchases()}},
		{Key: "cpu_credits", Spec: &yamlspec.Spec{Kind: yamlspec.String, Enum: []string{string(model.CreditsUnlimited), string(model.CreditsStandard)},
			Doc: "A burstable type's (t3, t3a, t4g) CPU credits: unlimited (AWS's default; surplus credits billed) or standard (held at its baseline, sized by it)."}},
		{Key: "ebs_gb", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "65536",
			Doc: "The gp3 volume of each instance in GB (left out: storage is not priced)."}},
		{Key: "spot_discount_percent", When: &yamlspec.When{Key: "purchase", Value: string(model.Spot)},
			Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "100",
				Doc: "The discount off on-demand you expect from spot, in percent; required when purchase is spot."}},
	}, model.ScalingFields("instances")...)}

// purchases lists the purchase options as the purchase key's enum.
func purchases() []string {
	out := make([]string, len(model.Purchases))
	for i, p := range model.Purchases {
		out[i] = string(p)
	}
	return out
}

// DecodeSection reads the ec2 section into w.Settings.
func (Platform) DecodeSection(r *model.SectionReader, w *model.Workload) yamlspec.ErrorList {
	w.SetSettings(model.PlatformEC2, model.EC2Config{
		InstanceType:        r.Text("instance_type"),
		Fleet:               r.Fleet("requests_per_second_per_instance", "min_instances"),
		Purchase:            model.Purchase(r.Text("purchase")),
		SpotDiscountPercent: r.Dec("spot_discount_percent"),
		CPUCredits:          model.CPUCredits(r.Text("cpu_credits")),
		EBSGB:               r.Value().Get("ebs_gb").Int(),
	})
	return nil
}

// SchedulesKeys are the keys a schedule's dedicated instance takes from the section: how it
// is bought.
func (Platform) SchedulesKeys() []string { return []string{"purchase"} }

// SectionTemplate is the ec2 section as `breakeven init` writes it, every key commented out
// with its default or a sample value.
func (Platform) SectionTemplate() string { return sectionTemplate }

const sectionTemplate = `ec2:                                     # keys left out are chosen by the engine
  # instance_type: t4g.small
  # requests_per_second_per_instance: 100  # what one instance can serve
  # min_instances: 1                     # instances kept running even when idle
  # target_utilization_percent: 70       # size instances to run at 70% of what one sustains
  # scaling: autoscaled                  # autoscaled (hour by hour) or fixed (the month's peak)
  # scale_out_lag_minutes: 5             # minutes before added instances serve
  # purchase: on-demand                  # on-demand, reserved-1y, reserved-3y, savings-plan-1y, savings-plan-3y or spot
  # spot_discount_percent: 65            # required when purchase is spot: the discount you expect
  # cpu_credits: unlimited               # t3, t3a, t4g: unlimited (surplus billed) or standard (held at the baseline)
  # ebs_gb: 8                            # gp3 volume per instance; left out, storage is not priced
`
