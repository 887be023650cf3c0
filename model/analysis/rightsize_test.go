package analysis

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// flatService is a flat-traffic service for right-sizing by hand: 1e9 requests in the
// 730-hour month, 120 ms at 1,536 MB. Every hour has 1,369,863 or 1,369,864 requests (380.5
// a second); the 99th-percentile second holds 427 (see TestTasksScaleWithTraffic). The file
// says a 2 vCPU / 4 GB arm64 task sustains 120 rps and an m7i.xlarge (4 vCPU) 240 rps: 60
// rps per vCPU either way. One task or instance at least.
func flatService() model.Workload {
	return model.Workload{
		Name: "flat-service", Region: "us-east-1",
		Traffic:  model.Traffic{RequestsPerMonth: 1000000000},
		Function: model.Function{DurationMs: dec("120"), MemoryMB: 1536},
		Settings: map[model.Platform]any{model.PlatformLambda: model.LambdaConfig{Architecture: model.X86_64, EphemeralStorageMB: 512}, model.PlatformFargate: model.FargateConfig{Architecture: model.ARM64, VCPU: dec("2"), MemoryGB: dec("4"), EphemeralStorageGB: 20,
			Fleet: model.Fleet{RequestsPerSecondPerUnit: dec("120"), Min: 1}}, model.PlatformEC2: model.EC2Config{InstanceType: "m7i.xlarge", Fleet: model.Fleet{RequestsPerSecondPerUnit: dec("240"), Min: 1}, Purchase: model.OnDemand}},
	}
}

func TestRightSizeFargateByHand(t *testing.T) {
	// The function needs 1.5 GB, so each vCPU's smallest memory of at least 1.5 GB is priced:
	// 0.25/2, 0.5/2, 1/2, 2/4, 4/8, 8/16, 16/32, 32/60. Throughput 60 rps per vCPU, at 70%
	// utilisation 42 per vCPU; tasks = ceil(427 / (42 x vCPU)); arm64 task-hour = vCPU x
	// $0.03238 + GB x $0.00356:
	//   0.25/2: ceil(427/10.5) = 41 x $0.015215 = $0.623815 an hour
	//   0.5/2:  ceil(427/21)   = 21 x $0.02331  = $0.48951
	//   1/2:    ceil(427/42)   = 11 x $0.0395   = $0.4345   <- cheapest
	//   2/4:    ceil(427/84)   =  6 x $0.079    = $0.474    (the file's size)
	//   4/8:    ceil(427/168)  =  3 x $0.158    = $0.474    (ties 2/4: ranked after, more vCPU)
	//   8/16: 2 x $0.316 = $0.632; 16/32: 1 x $0.632; 32/60: 1 x $1.24976.
	// Best: 11 tasks x 730 h = 8,030 task-hours x $0.0395 = $317.185. The file's: 6 x 730 x
	// $0.079 = $346.02. Saving $28.835 a month.
	rs := RightSize(flatService(), catalog(t), model.StandardMonth())
	f := rs.Fargate
	best, ok := f.Best()
	if !ok || best.Name != "1 vCPU / 2 GB" || !best.MonthlyCost.Equal(dec("317.185")) || best.MaxUnits != 11 || best.MinUnits != 11 {
		t.Fatalf("best %+v", best)
	}
	if !best.RequestsPerSecondPerUnit.Equal(dec("60")) || best.Architecture != model.ARM64 {
		t.Errorf("best throughput %s, architecture %s", best.RequestsPerSecondPerUnit, best.Architecture)
	}
	if !f.Current.MonthlyCost.Equal(dec("346.02")) || !f.Compared || !f.Saving.Equal(dec("28.835")) {
		t.Errorf("current %s, saving %s (compared %v)", f.Current.MonthlyCost, f.Saving, f.Compared)
	}
	var names []string
	for _, o := range f.Ranked {
		names = append(names, o.Name)
	}
	want := "1 vCPU / 2 GB,2 vCPU / 4 GB,4 vCPU / 8 GB,0.5 vCPU / 2 GB,0.25 vCPU / 2 GB,8 vCPU / 16 GB,16 vCPU / 32 GB,32 vCPU / 60 GB"
	if got := strings.Join(names, ","); got != want {
		t.Errorf("ranked %s\nwant   %s", got, want)
	}
	// 0.25 and 0.5 vCPU are less than the 1536/1769 = 0.868 vCPU Lambda gives the function.
	if n := f.Ranked[3].Notes; len(n) != 1 || !strings.Contains(n[0], "0.868 vCPU") {
		t.Errorf("0.5 vCPU notes %v", n)
	}
	if !strings.Contains(f.Throughput, "the file's 120 rps per task for 2 vCPU / 4 GB,") {
		t.Errorf("throughput basis %q", f.Throughput)
	}
}

func TestRightSizeEC2ByHand(t *testing.T) {
	// Non-burstable types only (t3, t4g left out), all with at least 1.5 GiB. At 60 rps per
	// vCPU and 70%: a 2-vCPU type takes 84 a second, ceil(427/84) = 6 instances; a 4-vCPU type
	// 168, ceil(427/168) = 3. Per hour: c7g.large 6 x $0.0725 = $0.435 and c7g.xlarge 3 x
	// $0.145 = $0.435 tie (fewer vCPU first); m6g.large 6 x $0.077 = $0.462; ... the file's
	// m7i.xlarge 3 x $0.2016 = $0.6048.
	// Best: c7g.large, 6 x 730 = 4,380 instance-hours x $0.0725 = $317.55. The file's:
	// 2,190 x $0.2016 = $441.504. Saving $123.954; c7g is arm64, the file's type x86_64.
	// Burstable types are sized by their baseline: a t4g.small (2 vCPUs, 20%) serves 120 rps
	// at full CPU and 24 at its baseline, 16.8 at 70%: ceil(427 / 16.8) = 26 instances, $0.4368
	// an hour, $318.864 a month, third. Its CPU stays within the credits it earns (380.5
	// credits an hour wanted, 26 x 24 = 624 earned): no surplus. The micro types (1 GiB) do
	// not hold the function.
	rs := RightSize(flatService(), catalog(t), model.StandardMonth())
	e := rs.EC2
	best, ok := e.Best()
	if !ok || best.Name != "c7g.large" || !best.MonthlyCost.Equal(dec("317.55")) || best.MaxUnits != 6 {
		t.Fatalf("best %+v", best)
	}
	if e.Ranked[1].Name != "c7g.xlarge" || !e.Ranked[1].MonthlyCost.Equal(dec("317.55")) || !e.Ranked[1].RequestsPerSecondPerUnit.Equal(dec("240")) {
		t.Errorf("second %+v", e.Ranked[1])
	}
	if !best.RequestsPerSecondPerUnit.Equal(dec("120")) || len(best.Notes) != 1 || !strings.Contains(best.Notes[0], "arm64 build") {
		t.Errorf("best throughput %s, notes %v", best.RequestsPerSecondPerUnit, best.Notes)
	}
	if !e.Current.MonthlyCost.Equal(dec("441.504")) || !e.Saving.Equal(dec("123.954")) {
		t.Errorf("current %s, saving %s", e.Current.MonthlyCost, e.Saving)
	}
	third := e.Ranked[2]
	if third.Name != "t4g.small" || !third.MonthlyCost.Equal(dec("318.864")) || third.MaxUnits != 26 ||
		!third.RequestsPerSecondPerUnit.Equal(dec("24")) || !third.FullCPURequestsPerSecond.Equal(dec("120")) || !third.SizedByBaseline {
		t.Errorf("third %+v", third)
	}
	if len(third.Notes) == 0 || !strings.Contains(third.Notes[0], "20% baseline: 24 of the 120 rps") {
		t.Errorf("t4g.small notes %v", third.Notes)
	}
	if len(e.Ranked) != 28 || len(e.Excluded) != 3 {
		t.Errorf("%d ranked, %d excluded", len(e.Ranked), len(e.Excluded))
	}
	for _, x := range e.Excluded {
		if !strings.HasSuffix(x.Name, ".micro") || !strings.Contains(x.Reason, "less than function.memory_mb 1,536") {
			t.Errorf("excluded %+v", x)
		}
	}
}

func TestRightSizeFargateDefaultThroughputAndPrunedSizes(t *testing.T) {
	// Without a throughput in the file each size gets the default: at 3,072 MB Lambda gives a
	// full vCPU, so vCPU x 1000 x 1769 / (120 x 1769) = 8.333 rps per vCPU; 0.5 vCPU sustains
	// 4.1666..., truncated to a millionth: 4.166666. A 3 GB function rules out 0.25 vCPU (2 GB
	// at most), and 0.5 vCPU's smallest size holding it is 3 GB.
	w := flatService()
	w.Function.MemoryMB = 3072
	model.EditSettings(&w, model.PlatformFargate, func(f *model.FargateConfig) { f.Fleet.RequestsPerSecondPerUnit = dec("0") })
	rs := RightSize(w, catalog(t), model.StandardMonth())
	f := rs.Fargate
	if len(f.Excluded) != 1 || f.Excluded[0].Name != "0.25 vCPU" {
		t.Errorf("excluded %+v", f.Excluded)
	}
	for _, o := range append(f.Ranked, f.Infeasible...) {
		if o.Name == "0.5 vCPU / 3 GB" && !o.RequestsPerSecondPerUnit.Equal(dec("4.166666")) {
			t.Errorf("0.5 vCPU throughput %s, want 4.166666", o.RequestsPerSecondPerUnit)
		}
		if o.Name == "0.5 vCPU / 1 GB" || o.Name == "0.5 vCPU / 4 GB" {
			t.Errorf("priced %s: only the smallest memory holding the function is", o.Name)
		}
	}
	if len(f.Ranked) != 7 || !strings.HasPrefix(f.Throughput, "the model's default") {
		t.Errorf("%d ranked; throughput %q", len(f.Ranked), f.Throughput)
	}
}

func TestRightSizeBestIsBruteForceCheapest(t *testing.T) {
	// The pruned search must find what pricing every Fargate size holding the function finds.
	for _, w := range []model.Workload{flatService(), mobileBackend(), orderPipeline()} {
		cat := catalog(t)
		best, ok := RightSize(w, cat, model.StandardMonth()).Fargate.Best()
		if !ok {
			t.Fatalf("%s: no best", w.Name)
		}
		own := fargateOf(priceOne(w, cat, model.StandardMonth()).Workload).VCPU
		for _, s := range allFargateSizesHolding(w) {
			v := w
			rps := model.DefaultThroughput(w.Function, s.VCPU)
			if given := fargateOf(w).Fleet.RequestsPerSecondPerUnit; given.IsPositive() {
				rps = scaledThroughput(given, own, s.VCPU)
			}
			model.EditSettings(&v, model.PlatformFargate, func(f *model.FargateConfig) {
				f.VCPU, f.MemoryGB, f.Fleet.RequestsPerSecondPerUnit = s.VCPU, s.MemoryGB, rps
			})
			e := priceOne(v, cat, model.StandardMonth()).Estimate(model.PlatformFargate)
			if e.Feasible && e.MonthlyCost.LessThan(best.MonthlyCost) {
				t.Errorf("%s: %s vCPU / %s GB costs %s, below the best %s (%s)", w.Name, s.VCPU, s.MemoryGB, e.MonthlyCost, best.Name, best.MonthlyCost)
			}
		}
	}
}

// allFargateSizesHolding is every Fargate size with at least the function's memory.
func allFargateSizesHolding(w model.Workload) []pricing.FargateSize {
	var out []pricing.FargateSize
	for _, s := range pricing.FargateSizes() {
		if !s.MemoryGB.LessThan(decimal.NewFromInt(w.Function.MemoryMB).Mul(mbPerGB)) {
			out = append(out, s)
		}
	}
	return out
}

func TestRightSizeNothingFeasible(t *testing.T) {
	// A time zone that does not exist: the traffic cannot be spread, so no platform can be
	// priced at any size. Nothing is ranked, nothing compared, every option says why.
	w := flatService()
	w.Traffic.Shape.TimeZone = "Nowhere/Atlantis"
	rs := RightSize(w, catalog(t), model.StandardMonth())
	for _, p := range []PlatformSizing{rs.Fargate, rs.EC2} {
		if _, ok := p.Best(); ok || p.Compared || !p.Saving.IsZero() || p.Current.Feasible {
			t.Errorf("%s: best found or compared: %+v", p.Platform, p)
		}
		if len(p.Infeasible) == 0 || !strings.Contains(p.Infeasible[0].Reasons[0], "Nowhere/Atlantis") {
			t.Errorf("%s: infeasible %+v", p.Platform, p.Infeasible)
		}
	}
	if _, ok := rs.CheapestPurchase(); ok {
		t.Error("a purchase option was priced")
	}
	for _, o := range rs.Purchases {
		if o.Priced || o.Reason == "" {
			t.Errorf("purchase %+v", o)
		}
	}
	// A region the catalog lacks is skipped outright.
	w = flatService()
	w.Region = "ap-south-1"
	if rs := RightSize(w, catalog(t), model.StandardMonth()); !strings.Contains(rs.Skipped, "ap-south-1") || len(rs.Fargate.Ranked) > 0 {
		t.Errorf("unknown region: %+v", rs)
	}
}

func TestPurchaseOptionsSavingsPlanByHand(t *testing.T) {
	// The file's type is m7g.large at 120 rps (60 per vCPU): 6 instances, 4,380
	// instance-hours. On demand 4,380 x $0.0816 = $357.408. Compute Savings Plan, no upfront,
	// us-east-1: 1 year 4,380 x $0.0599 = $262.362, saving $95.046 a month, $1,140.552 over
	// 12 months; 3 years 4,380 x $0.0414 = $181.332, saving $176.076 a month, $6,338.736 over
	// 36. No reserved rate is in the catalog. The cheapest type on demand is c7g.large
	// ($317.55, above), $39.858 below the current; its commitments have no rate either.
	w := flatService()
	model.EditSettings(&w, model.PlatformEC2, func(c *model.EC2Config) { c.InstanceType, c.Fleet.RequestsPerSecondPerUnit = "m7g.large", dec("120") })
	rs := RightSize(w, catalog(t), model.StandardMonth())
	got := map[string]PurchaseOption{}
	for _, o := range rs.Purchases {
		got[string(o.Platform)+" "+o.InstanceType+" "+string(o.Purchase)] = o
	}
	for key, want := range map[string][3]string{
		"ec2 m7g.large on-demand":       {"357.408", "0", "0"},
		"ec2 m7g.large savings-plan-1y": {"262.362", "95.046", "1140.552"},
		"ec2 m7g.large savings-plan-3y": {"181.332", "176.076", "6338.736"},
		"ec2 c7g.large on-demand":       {"317.55", "39.858", "0"},
	} {
		o := got[key]
		if !o.Priced || !o.MonthlyCost.Equal(dec(want[0])) || !o.Saving.Equal(dec(want[1])) || !o.TermSaving.Equal(dec(want[2])) {
			t.Errorf("%s: %+v, want cost %s saving %s over term %s", key, o, want[0], want[1], want[2])
		}
	}
	if o := got["ec2 m7g.large savings-plan-1y"]; !o.HourlyRate.Equal(dec("0.0599")) || o.TermMonths != 12 || !o.Current || o.Best {
		t.Errorf("savings plan 1y %+v", o)
	}
	for _, key := range []string{"ec2 m7g.large reserved-1y", "ec2 m7g.large reserved-3y", "ec2 c7g.large savings-plan-1y", "ec2 m7g.large spot"} {
		if o, ok := got[key]; !ok || o.Priced || o.Reason != NoPublishedRate || o.StateWith == "" {
			t.Errorf("%s: %+v, want listed as not priced", key, o)
		}
	}
	if o, ok := rs.CheapestPurchase(); !ok || o.Purchase != model.SavingsPlan3y || !o.MonthlyCost.Equal(dec("181.332")) {
		t.Errorf("cheapest purchase %+v", o)
	}
}

func TestPurchaseOptionsSpotAtTheFilesDiscount(t *testing.T) {
	// Bought on spot at 65% off: the file's m7i.xlarge, 2,190 h x $0.2016 x 0.35 = $154.5264,
	// which is the current bill; on demand $441.504 costs $286.9776 more.
	w := flatService()
	model.EditSettings(&w, model.PlatformEC2, func(c *model.EC2Config) { c.Purchase, c.SpotDiscountPercent = model.Spot, dec("65") })
	rs := RightSize(w, catalog(t), model.StandardMonth())
	for _, o := range rs.Purchases {
		if o.InstanceType != "m7i.xlarge" {
			continue
		}
		switch o.Purchase {
		case model.Spot:
			if !o.MonthlyCost.Equal(dec("154.5264")) || !o.Saving.IsZero() {
				t.Errorf("spot %+v", o)
			}
		case model.OnDemand:
			if !o.Saving.Equal(dec("-286.9776")) {
				t.Errorf("on-demand %+v", o)
			}
		}
	}
	// Ranked on demand, the best type now costs more than the spot fleet: a negative saving.
	if !rs.EC2.Saving.Equal(dec("154.5264").Sub(dec("317.55"))) {
		t.Errorf("saving %s", rs.EC2.Saving)
	}
}

func TestRightSizeNotesACurrentSizeTooSmallForTheFunction(t *testing.T) {
	// The mobile backend runs a 1,536 MB function in 0.5 vCPU / 1 GB tasks. With min_tasks 2
	// and 40 rps at 0.5 vCPU, every size runs 2 tasks; the cheapest holding 1.5 GB is 0.25
	// vCPU / 2 GB: 1,460 task-hours x (0.25 x $0.03238 + 2 x $0.00356) = 1,460 x $0.015215 =
	// $22.2139, against the file's $28.835 (see TestPriceMobileBackendByHand).
	rs := RightSize(mobileBackend(), catalog(t), model.StandardMonth())
	f := rs.Fargate
	if n := f.Current.Notes; len(n) != 1 || !strings.Contains(n[0], "1 GB is less than function.memory_mb 1,536") {
		t.Errorf("current notes %v", n)
	}
	if best, _ := f.Best(); best.Name != "0.25 vCPU / 2 GB" || !best.MonthlyCost.Equal(dec("22.2139")) || !f.Saving.Equal(dec("6.6211")) {
		t.Errorf("best %s at %s, saving %s", best.Name, best.MonthlyCost, f.Saving)
	}
	// t4g.small holds 2 GiB: no note. Sized by its baseline (60 rps at full CPU, 12 at its
	// 20% baseline, 8.4 at 70%) one instance holds the peak second's 4 requests, so
	// min_instances keeps 2: 1,460 h x $0.0168 = $24.528, what the file's fleet costs (its CPU,
	// 3M x 2 / 60 vCPU-seconds = 27.8 vCPU-hours, is far within the credits 2 x 24 an hour
	// earn). The best type is t4g.small itself: no saving.
	best, _ := rs.EC2.Best()
	if n := rs.EC2.Current.Notes; len(n) != 0 || best.Name != "t4g.small" || !best.MonthlyCost.Equal(dec("24.528")) || !rs.EC2.Saving.IsZero() {
		t.Errorf("ec2 current notes %v, best %s at %s, saving %s", n, best.Name, best.MonthlyCost, rs.EC2.Saving)
	}
}
