package ec2

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
)

// t3nano is AWS's t3.nano (2 vCPUs, 6 credits an hour, a 5% baseline, 144 credits at most),
// the instance of the EC2 User Guide's T3 Unlimited example; the catalog does not price it.
var t3nano = pricing.InstanceType{Name: "t3.nano", VCPU: 2, Burstable: true,
	Credits: pricing.CPUCredits{PerHour: dec("6"), BaselinePercent: dec("5"), Max: dec("144")}}

// utilisation builds a fleet of one instance and its CPU demand in micro-credits from spans
// of (hours, thousandths of its vCPUs), after an hour with no instance: the instance is
// launched with no credits at the first span and stops after the last.
func utilisation(it pricing.InstanceType, unlimited bool, spans ...[2]int64) (creditFleet, []int64) {
	perHour, demand := []int64{0}, []int64{0}
	for _, s := range spans {
		for range s[0] {
			perHour = append(perHour, 1)
			demand = append(demand, it.VCPU*60*microPerCredit*s[1]/1000)
		}
	}
	f := newCreditFleet(it, model.Capacity{PerHour: seriesOf(perHour)}, model.Fleet{Scaling: model.Fixed}, unlimited)
	return f, demand
}

// demandOf is a month's CPU demand hour by hour, in micro-credits, as run takes it: the
// hours grouped by demand, and each class's.
func demandOf(cpu []int64) (*demand.HourClasses, []int64) {
	classes := demand.Classify(cpu)
	return classes, classes.Counts
}

func TestCreditLedgerReproducesAWSUnlimitedExample(t *testing.T) {
	// EC2 User Guide, "Unlimited mode examples", example 1 (t3.nano): P1 24 h idle (balance to
	// its 144 limit); P2 12 h at 2.5% (earns 6, spends 3: still 144); P3 24 h at 7% (spends
	// 8.4 an hour: 144 - 57.6 = 86.4); P4 12 h at 2.5% (+36: 122.4; AWS rounds to 122); P5 5 h
	// at 100% (spends 120 an hour, earns 6: 570 net; the balance covers 122.4, the surplus
	// limit 144 more, and "a small additional charge at the end of the hour" covers the rest:
	// 570 - 122.4 - 144 = 303.6 credits; AWS's 304 is 448 - 144 with the rounded 122); P6 13 h
	// at the 5% baseline (nothing moves); P7 24 h idle earns 144, which pays the surplus down.
	f, demand := utilisation(t3nano, true, [2]int64{24, 0}, [2]int64{12, 25}, [2]int64{24, 70}, [2]int64{12, 25},
		[2]int64{5, 1000}, [2]int64{13, 50}, [2]int64{24, 0})
	if use := f.run(demandOf(demand)); !use.Charged.Equal(dec("303.6")) {
		t.Errorf("charged %s credits, want 303.6", use.Charged)
	}
	// Stopped two hours into P5, the instance owes 122.4 - 2 x 114 = -105.6: charged then
	// ("The instance is stopped or terminated").
	f.perHour, demand = seriesOf(f.perHour.Values()[:75]), demand[:75]
	if use := f.run(demandOf(demand)); !use.Charged.Equal(dec("105.6")) {
		t.Errorf("stopped in P5: charged %s credits, want 105.6", use.Charged)
	}
	// At 303.6 credits = 5.06 vCPU-hours, $0.05 each: $0.253.
}

func TestCreditLedgerReproducesAWSBreakevenCPU(t *testing.T) {
	// EC2 User Guide, "Unlimited mode concepts": a t3.large (2 vCPUs, 30% baseline) costs the
	// same as an m5.large at 42.5% CPU: the $0.0125 an hour between them ($0.096 - $0.0835)
	// buys 0.25 vCPU-hour of surplus credits at $0.05, 12.5% of 2 vCPUs. Run at 42.5% every
	// hour of a repeating month, it owes its 864-credit limit and pays 2 x 12.5% x 60 = 15
	// credits each hour: 730 x 15 = 10,950 credits = 182.5 vCPU-hours, $9.125 = 730 x $0.0125.
	t3large := pricing.InstanceType{Name: "t3.large", VCPU: 2, Burstable: true,
		Credits: pricing.CPUCredits{PerHour: dec("36"), BaselinePercent: dec("30"), Max: dec("864")}}
	perHour, demand := make([]int64, 730), make([]int64, 730)
	for h := range perHour {
		perHour[h], demand[h] = 1, 2*60*microPerCredit*425/1000
	}
	f := newCreditFleet(t3large, model.Capacity{PerHour: seriesOf(perHour)}, model.Fleet{Scaling: model.Fixed}, true)
	if use := f.run(demandOf(demand)); !use.Charged.Equal(dec("10950")) {
		t.Errorf("charged %s credits, want 10,950", use.Charged)
	}
}

func TestCreditLedgerBanksForABurst(t *testing.T) {
	// A t3.micro (12 credits an hour, 288 at most) at 5% (6 credits an hour) all month but
	// for a burst at 100% (120 an hour). The month gains credits, so the instance starts it
	// with a full bank, 288.
	micro := pricing.InstanceType{Name: "t3.micro", VCPU: 2, Burstable: true,
		Credits: pricing.CPUCredits{PerHour: dec("12"), BaselinePercent: dec("10"), Max: dec("288")}}
	month := func(burst int) (creditFleet, []int64) {
		perHour, demand := make([]int64, 730), make([]int64, 730)
		for h := range perHour {
			perHour[h], demand[h] = 1, 6*microPerCredit
			if h >= 100 && h < 100+burst {
				demand[h] = 120 * microPerCredit
			}
		}
		return newCreditFleet(micro, model.Capacity{PerHour: seriesOf(perHour)}, model.Fleet{Scaling: model.Fixed}, true), demand
	}
	// Five hours: 5 x 108 = 540 net, from 288 banked to 252 owed, within the 288 it may owe:
	// nothing charged, and 624 hours of 6 spare credits pay it back.
	if f, demand := month(5); !f.run(demandOf(demand)).Charged.IsZero() {
		t.Errorf("5-hour burst: charged %s", f.run(demandOf(demand)).Charged)
	}
	// Eight hours: 864 net; the bank and the surplus limit take 576, the rest is charged at
	// the end of hours 6 to 8: 72 + 108 + 108 = 288 credits = 4.8 vCPU-hours ($0.24 at $0.05).
	f, demand := month(8)
	if use := f.run(demandOf(demand)); !use.Charged.Equal(dec("288")) {
		t.Errorf("8-hour burst: charged %s, want 288", use.Charged)
	}
	// Standard mode banks the same but never owes: of the 864, 288 come from the bank and the
	// other 576 are not given (the instance is held at its baseline), in hours 3 to 8.
	f.unlimited = false
	if use := f.run(demandOf(demand)); !use.Charged.IsZero() || !use.Short.Equal(dec("576")) || use.ShortHours != 6 {
		t.Errorf("standard: charged %s, short %s in %d hours", use.Charged, use.Short, use.ShortHours)
	}
}

func TestCreditLedgerScaleOutLag(t *testing.T) {
	// One t3.micro, then two from the second hour, new capacity serving 6 minutes in. The
	// second hour wants 60 credits: its first 6 minutes (6) fall on the old instance alone,
	// the other 54 are shared: old spends 6 + 27 = 33, the new one 27 and earns 12 x 54/60 =
	// 10.8. The hours are then 2-2-...-2-1 and the month repeats.
	micro := pricing.InstanceType{Name: "t3.micro", VCPU: 2, Burstable: true,
		Credits: pricing.CPUCredits{PerHour: dec("12"), BaselinePercent: dec("10"), Max: dec("288")}}
	f := newCreditFleet(micro, model.Capacity{PerHour: seriesOf([]int64{1, 2, 1})}, model.Fleet{ScaleOutLagMinutes: 6}, true)
	s := f.spend(60*microPerCredit, 2, 1)
	if s.oldSpend != 33*microPerCredit || s.newSpend != 27*microPerCredit || s.newEarn != 10800000 {
		t.Errorf("rising hour %+v", s)
	}
	// The old instance runs every hour and gains 12 x 3 - 33 = 3 credits a month: it never
	// owes. The second, launched with nothing, owes 27 - 10.8 = 16.2 when it is removed an
	// hour later: charged then.
	if use := f.run(demandOf([]int64{0, 60 * microPerCredit, 0})); !use.Charged.Equal(dec("16.2")) {
		t.Errorf("charged %s, want 16.2", use.Charged)
	}
}

// flatMicro is a flat 7.3 million requests a month (10,000 an hour, 2.78 a second, the 99th
// percentile second 7) on t3.micro instances that serve 20 rps at full CPU, as the file says.
func flatMicro() model.Workload {
	w := mobileBackend()
	w.Traffic.RequestsPerMonth = 7300000
	w.SetSettings(model.PlatformEC2, model.EC2Config{InstanceType: "t3.micro", Fleet: model.Fleet{RequestsPerSecondPerUnit: dec("20"), Min: 1}, Purchase: model.OnDemand})
	return w
}

func TestPriceT3MicroBurstingEveryHour(t *testing.T) {
	// One instance holds the peak second (7 of 70% x 20 = 14). A request takes 2 / 20 = 0.1
	// vCPU-second: 10,000 an hour spend 1,000 vCPU-seconds, 16.667 credits, against the 12
	// a t3.micro earns: 4.667 credits of surplus an hour, every hour, past its 288-credit
	// limit in the repeating month. 730 x 14/3 = 3,406.67 credits = 56.78 vCPU-hours x $0.05
	// = $2.84, and 730 instance-hours x $0.0104 = $7.592: $10.43.
	e := model.Price([]model.Workload{flatMicro()}, catalog(t), model.Options{}).Workloads[0].Estimate(model.PlatformEC2)
	if !e.Feasible || e.Capacity.Max != 1 || cents(e.MonthlyCost) != "10.43" {
		t.Fatalf("feasible %v, %d instances, $%s (%v)", e.Feasible, e.Capacity.Max, e.MonthlyCost, e.Reasons)
	}
	s := e.LineItems[1]
	if s.ID != "ec2.cpu_credits.surplus" || cents(s.Cost) != "2.84" || s.Quantity.Round(4).String() != "56.7778" || s.UnitPrice.String() != "0.05" {
		t.Errorf("surplus %+v", s)
	}
	if !strings.Contains(s.Estimate, "0.1 vCPU-seconds (2 vCPUs / 20 rps at full CPU)") || !strings.Contains(e.Summary, "20 rps per instance at full CPU, unlimited CPU credits") {
		t.Errorf("estimate %q, summary %q", s.Estimate, e.Summary)
	}
}

func TestPriceT3MicroStandardHeldAtBaseline(t *testing.T) {
	// Standard credits: the fleet is sized by the 10% baseline, 2 rps an instance (1.4 at
	// 70%): ceil(7 / 1.4) = 5 instances, 3,650 instance-hours x $0.0104 = $37.96, and no
	// surplus line. Each spends 16.667 / 5 = 3.33 credits an hour of the 12 it earns.
	w := flatMicro()
	model.EditSettings(&w, model.PlatformEC2, func(c *model.EC2Config) { c.CPUCredits = model.CreditsStandard })
	e := model.Price([]model.Workload{w}, catalog(t), model.Options{}).Workloads[0].Estimate(model.PlatformEC2)
	if e.Capacity.Max != 5 || cents(e.MonthlyCost) != "37.96" || len(e.LineItems) != 1 || len(e.Warnings) != 0 {
		t.Errorf("%d instances, $%s, lines %+v, warnings %v", e.Capacity.Max, e.MonthlyCost, e.LineItems, e.Warnings)
	}
	if !strings.Contains(e.Summary, "2 rps per instance (its 10% baseline of 20 at full CPU), standard CPU credits") {
		t.Errorf("summary %q", e.Summary)
	}
}

func TestPriceBurstableDefaultSizedByBaseline(t *testing.T) {
	// No throughput in the file: the CPU-bound default for 2 vCPUs at 120 ms and 1,536 MB is
	// 2 x 1000 x 1769 / (120 x 1536) = 19.194878 rps at full CPU (to a millionth); a
	// t3.micro's 10% baseline sustains 1.919487 (1.3436 at 70%), so the peak second's 7 need
	// ceil(7 / 1.3436) = 6
	// instances: 4,380 h x $0.0104 = $45.552. They spend what they earn at most: no surplus.
	w := flatMicro()
	model.EditSettings(&w, model.PlatformEC2, func(c *model.EC2Config) { c.Fleet.RequestsPerSecondPerUnit = dec("0") })
	r := model.Price([]model.Workload{w}, catalog(t), model.Options{}).Workloads[0]
	e := r.Estimate(model.PlatformEC2)
	if e.Capacity.Max != 6 || !e.MonthlyCost.Equal(dec("45.552")) || !e.LineItems[1].Quantity.IsZero() {
		t.Errorf("%d instances, $%s, surplus %+v", e.Capacity.Max, e.MonthlyCost, e.LineItems[1:])
	}
	notes := map[string]model.Default{}
	for _, d := range r.Workload.Defaulted {
		notes[d.Key] = d
	}
	if d := notes["ec2.requests_per_second_per_instance"]; d.Value != "19.194878" || !strings.Contains(d.Why, "sized by t3.micro's baseline, 10% of each vCPU: 1.919487 rps an instance") {
		t.Errorf("throughput default %+v", d)
	}
	if d := notes["ec2.cpu_credits"]; d.Value != "unlimited" {
		t.Errorf("credits default %+v", d)
	}
}

func TestCPUCreditsOnAFixedPerformanceTypeWarns(t *testing.T) {
	w := flatMicro()
	model.EditSettings(&w, model.PlatformEC2, func(c *model.EC2Config) { c.InstanceType, c.CPUCredits = "m7i.large", model.CreditsStandard })
	e := model.Price([]model.Workload{w}, catalog(t), model.Options{}).Workloads[0].Estimate(model.PlatformEC2)
	if len(e.Warnings) != 1 || !strings.Contains(e.Warnings[0], "m7i.large has no CPU credits") || len(e.LineItems) != 1 {
		t.Errorf("warnings %v, lines %d", e.Warnings, len(e.LineItems))
	}
}

func TestNeverSpendingFleetsKeepNoLedger(t *testing.T) {
	// A t3.micro earns 12 credits an hour, one launched 6 minutes into a rising hour 10.8.
	// Whatever the fleet, an hour wanting no more than that spends no instance's balance:
	// run keeps no ledger then (neverSpends), and the nets agree that none falls.
	micro := pricing.InstanceType{Name: "t3.micro", VCPU: 2, Burstable: true,
		Credits: pricing.CPUCredits{PerHour: dec("12"), BaselinePercent: dec("10"), Max: dec("288")}}
	fleets := [][]int64{{1, 1, 1}, {1, 2, 1}, {0, 3, 1, 2}, {2, 5, 5, 0}}
	skipped := 0
	for _, lag := range []int64{0, 6} {
		for _, running := range fleets {
			f := newCreditFleet(micro, model.Capacity{PerHour: seriesOf(running)}, model.Fleet{ScaleOutLagMinutes: lag}, true)
			for _, d := range []int64{10_799_999, 10_800_000, 10_800_001, 12_000_000, 12_000_001} {
				cpu := make([]int64, len(running))
				for h := range cpu {
					cpu[h] = d
				}
				classes, counts := demandOf(cpu)
				if f.neverSpends(counts) {
					skipped++
				}
				nets := f.nets(classes, running, counts, -f.limit)
				if f.neverSpends(counts) && nets.spends {
					t.Errorf("lag %d, fleet %v, %d micro-credits an hour: neverSpends, but an instance spends", lag, running, d)
				}
				if use := f.run(classes, counts); f.neverSpends(counts) && !use.Charged.IsZero() {
					t.Errorf("lag %d, fleet %v: charged %s", lag, running, use.Charged)
				}
				nets.release()
			}
		}
	}
	// up to 12 credits with no lag, up to 10.8 with one: 4 x 4 + 4 x 2 cases
	if skipped != 24 {
		t.Errorf("%d cases keep no ledger, want 24", skipped)
	}
}
