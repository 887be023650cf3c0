package pricing

import (
	"strings"
	"testing"
)

// TestBurstableRowsMatchAWSCreditTable checks the catalog's burstable types against the
// EC2 User Guide's credit table (burstable-credits-baseline-concepts.md at commit 0147f878):
// credits earned an hour, maximum accrued, baseline per vCPU. T3a's rows equal T3's.
func TestBurstableRowsMatchAWSCreditTable(t *testing.T) {
	cat := embedded(t)
	table := map[string][3]string{ // credits an hour, max accrued, baseline %
		"micro": {"12", "288", "10"}, "small": {"24", "576", "20"}, "medium": {"24", "576", "20"},
		"large": {"36", "864", "30"}, "xlarge": {"96", "2304", "40"},
	}
	seen := 0
	for _, name := range cat.InstanceTypeNames() {
		it := cat.InstanceTypes[name]
		family, size, _ := strings.Cut(name, ".")
		isT := family == "t3" || family == "t3a" || family == "t4g"
		if it.Burstable != isT {
			t.Errorf("%s: burstable %v", name, it.Burstable)
		}
		if !isT {
			if !it.Credits.PerHour.IsZero() {
				t.Errorf("%s is not burstable but has credits %+v", name, it.Credits)
			}
			continue
		}
		seen++
		row, ok := table[size]
		if !ok {
			t.Errorf("%s: size not in the test's table", name)
			continue
		}
		c := it.Credits
		if !c.PerHour.Equal(dec(row[0])) || !c.Max.Equal(dec(row[1])) || !c.BaselinePercent.Equal(dec(row[2])) {
			t.Errorf("%s: %+v, want AWS's %v", name, c, row)
		}
		// AWS: a t3.micro (2 vCPUs, 10%) sustains 0.2 vCPU; an xlarge (4 vCPUs, 40%) 1.6.
		want := map[string]string{"micro": "0.2", "small": "0.4", "medium": "0.4", "large": "0.6", "xlarge": "1.6"}[size]
		if !it.BaselineVCPU().Equal(dec(want)) {
			t.Errorf("%s: baseline %s vCPU, want %s", name, it.BaselineVCPU(), want)
		}
	}
	if seen != 15 {
		t.Errorf("%d burstable types, want t3, t3a, t4g micro to xlarge (15)", seen)
	}
}

// TestSurplusCreditRatesEveryRegion: $0.05 per vCPU-hour for t3 and t3a, $0.04 for t4g, "the
// same ... across all regions" (Amazon EC2 On-Demand Pricing, T2/T3/T4g Unlimited Mode
// Pricing), in every region of the catalog that prices those types.
func TestSurplusCreditRatesEveryRegion(t *testing.T) {
	cat := embedded(t)
	for _, region := range cat.RegionCodes() {
		for family, price := range map[string]string{"t3": "0.05", "t3a": "0.05", "t4g": "0.04"} {
			r, err := cat.Rate(region, "ec2.cpu_credits."+family)
			if err != nil {
				t.Error(err)
				continue
			}
			if !r.UnitPrice().Equal(dec(price)) || r.Unit != "vCPU-hours" || r.SourceURL == "" {
				t.Errorf("%s %s: %s per %s from %q", region, family, r.UnitPrice(), r.Unit, r.SourceURL)
			}
		}
	}
}

// TestEC2BillSurplusCredits reproduces the EC2 User Guide's T2 Unlimited example ("Surplus
// credits cost $0.05 per vCPU-hour. The instance spent approximately 25 surplus credits ...
// equivalent to 0.42 vCPU-hours ... 0.42 vCPU-hours x $0.05/vCPU-hour = $0.021, rounded to
// $0.02") at the t3 rate, which the pricing page gives for T2 and T3 alike, and a t4g hour:
// a t4g.micro at 100% of its 2 vCPUs spends 120 credits and earns 12, so 108 surplus credits
// = 1.8 vCPU-hours x $0.04 = $0.072 once its balance and surplus limit are spent.
func TestEC2BillSurplusCredits(t *testing.T) {
	cat := embedded(t)
	items, err := cat.EC2Bill(EC2Usage{Region: "us-east-1", InstanceType: "t3.micro", Purchase: "on-demand",
		InstanceHours: dec("1"), Surplus: &SurplusCredits{VCPUHours: dec("0.42"), Estimate: "estimate: the guide's"}})
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, items, "0.03", map[string]string{"ec2.instances": "0.01", "ec2.cpu_credits.surplus": "0.02"})
	if s := items[1]; !s.Cost.Equal(dec("0.021")) || s.Unit != "vCPU-hours" || s.RateKey != "ec2.cpu_credits.t3" || s.Estimate != "estimate: the guide's" {
		t.Errorf("surplus line %+v", s)
	}
	items, err = cat.EC2Bill(EC2Usage{Region: "eu-central-1", InstanceType: "t4g.micro", Purchase: "spot", SpotDiscountPercent: dec("60"),
		InstanceHours: dec("1"), Surplus: &SurplusCredits{VCPUHours: dec("1.8")}})
	if err != nil {
		t.Fatal(err)
	}
	// Spot does not change the credit rate: "the same ... for On-Demand, Spot, and Reserved".
	if s := items[1]; !s.Cost.Equal(dec("0.072")) || s.RateKey != "ec2.cpu_credits.t4g" || s.Region != "eu-central-1" {
		t.Errorf("t4g surplus line %+v", s)
	}
	if _, err := cat.EC2Bill(EC2Usage{Region: "us-east-1", InstanceType: "m7g.large", Purchase: "on-demand",
		InstanceHours: dec("1"), Surplus: &SurplusCredits{VCPUHours: dec("1")}}); err == nil || !strings.Contains(err.Error(), "not burstable") {
		t.Errorf("surplus on m7g.large: %v", err)
	}
}

// TestCreditRowErrors: a burstable type needs its credit row, a fixed-performance type may
// not have one, and a row whose figures disagree with AWS's definitions is refused at the
// figure's line and column.
func TestCreditRowErrors(t *testing.T) {
	_, errs := Parse("mine.yaml", []byte(`catalog: mine
as_of: "2027-01-01"
instance_types:
  t3.nano: {vcpu: 2, memory_gib: 0.5, architecture: x86_64, burstable: true, cpu_credits_per_hour: 6, baseline_percent: 6, max_credits: 140}
  t3.2xlarge: {vcpu: 8, memory_gib: 32, architecture: x86_64, burstable: true}
  m7g.medium: {vcpu: 1, memory_gib: 4, architecture: arm64, cpu_credits_per_hour: 6}
`), embedded(t))
	got := errs.Error()
	for _, want := range []string{
		`mine.yaml:4:121: instance_types.t3.nano.baseline_percent: 6% of 2 vCPUs for 60 minutes is 7.2 credits an hour, not cpu_credits_per_hour 6`,
		`mine.yaml:4:137: instance_types.t3.nano.max_credits: 140 is not 24 hours of cpu_credits_per_hour 6 (144)`,
		`mine.yaml:5:3: instance_types.t3.2xlarge: missing required key "cpu_credits_per_hour" (required when burstable is true)`,
		`mine.yaml:6:83: instance_types.m7g.medium.cpu_credits_per_hour: allowed only when burstable is true`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
}
