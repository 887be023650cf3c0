package ec2

import (
	"math"
	"math/bits"
	"slices"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// The CPU credits of burstable EC2 types (t3, t3a, t4g), as the EC2 User Guide defines them
// ("Key concepts and definitions for burstable performance instances" and "Unlimited mode
// concepts", https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html
// and .../burstable-performance-instances-unlimited-mode-concepts.html):
//
//   - One CPU credit is one vCPU at 100% for one minute. An instance earns its type's credits
//     an hour continuously, running or idle, and spends one credit per vCPU-minute it uses.
//   - Credits it does not spend accrue, up to the credits earned in 24 hours; beyond that they
//     are discarded. T3, T3a and T4g receive no launch credits: an instance starts at zero.
//   - Unlimited mode (their default): an instance that has spent its balance spends surplus
//     credits, and credits it earns later pay them down first. Surplus above the credits it
//     can earn in 24 hours is charged at the end of the hour; the surplus still owed when the
//     instance stops or terminates is charged then. AWS bills charged credits per vCPU-hour
//     (60 credits) at the family's flat rate (pricing.Catalog.EC2Bill).
//   - Standard mode: an instance that has spent its balance is held at its baseline.
//
// The ledger works hour by hour, as the rest of the model does: an hour's requests are spread
// evenly over it and over the instances serving it (a load balancer), so each instance earns
// and spends at a steady rate within the hour and the hour's net is exact. An instance uses
// at most all of its vCPUs: CPU wanted beyond that is queued, not spent. New instances of an
// autoscaled fleet serve from scale_out_lag_minutes into a rising hour (until then the ones
// running carry the hour's requests) and earn from then; scale-in removes the newest
// instances first (Auto Scaling's NewestInstance termination policy), which settle their
// surplus as they go. The month repeats, as the fleet's sizing assumes: an instance running
// every hour of it starts the month with the balance it ends it with.

// microPerCredit is the ledger's unit: a millionth of a CPU credit. An instance-hour's CPU use
// is rounded to it, far below what a bill shows (a credit is $0.05 / 60 at most).
const (
	microPerCredit = 1_000_000
	microDigits    = 6
)

// creditFleet is a fleet of one burstable type, hour by hour, for the credit ledger.
type creditFleet struct {
	// perHour is the instances serving each hour (model.Capacity.PerHour).
	perHour model.HourSeries
	// lag is the minutes into a rising hour before new instances serve (0 for a fixed fleet).
	lag int64
	// earn is what one instance earns in a full hour, limit the accrual limit (also the most
	// surplus an instance owes before it is charged) and full a full hour of all its vCPUs,
	// all in micro-credits.
	earn, limit, full int64
	unlimited         bool
}

// creditUse is what a month of the ledger comes to.
type creditUse struct {
	// Charged is the surplus credits charged (unlimited mode).
	Charged decimal.Decimal
	// Short is the CPU, in credits, that standard mode's baseline and balance could not give,
	// and ShortHours the instance-hours it was wanted in.
	Short      decimal.Decimal
	ShortHours int64
}

// newCreditFleet reads a burstable type's credit figures into the ledger's units.
func newCreditFleet(it pricing.InstanceType, capacity model.Capacity, fleet model.Fleet, unlimited bool) creditFleet {
	micro := decimal.NewFromInt(microPerCredit)
	lag := fleet.ScaleOutLagMinutes
	if fleet.Scaling == model.Fixed {
		lag = 0
	}
	return creditFleet{
		perHour:   capacity.PerHour,
		lag:       lag,
		earn:      it.Credits.PerHour.Mul(micro).IntPart(),
		limit:     it.Credits.Max.Mul(micro).IntPart(),
		full:      it.VCPU * 60 * microPerCredit,
		unlimited: unlimited,
	}
}

// hourSpend is what one instance earns and spends in an hour, in micro-credits: those already
// running (old) and those launched into the hour after the scale-out lag (new).
type hourSpend struct {
	oldSpend, newSpend, newEarn int64
}

// spend is what one instance earns and spends in an hour with demand d (micro-credits) and n
// instances, prev the hour before.
func (f creditFleet) spend(d, n, prev int64) hourSpend {
	if f.lag == 0 || n <= prev { // every instance serves the whole hour
		return hourSpend{oldSpend: min(roundDiv(d, n), f.full)}
	}
	// A rising hour: the instances running carry its first lag minutes alone; the new ones
	// earn and serve from then (with none running before, they take the whole hour's).
	partFull := f.full * (60 - f.lag) / 60
	early := mulDivRound(d, f.lag, 60)
	rest := d - early
	s := hourSpend{newEarn: f.earn * (60 - f.lag) / 60}
	if prev == 0 {
		s.newSpend = min(roundDiv(d, n), partFull)
		return s
	}
	s.oldSpend = min(roundDiv(early, prev)+roundDiv(rest, n), f.full)
	s.newSpend = min(roundDiv(rest, n), partFull)
	return s
}

// hourNets are what one instance earns less what it spends in each hour, in micro-credits:
// one running (old), and one launched into a rising hour (new; nil when no hour rises); with
// the fleet's sizes, ascending, and the balance an instance running every hour starts the
// month with (see steadyMonth).
type hourNets struct {
	old, new []int64
	sizes    []int64
	steady   int64
	// spends says some instance spends more than it earns in some hour: otherwise no
	// balance ever falls, none below zero, and no ledger has anything to charge or withhold.
	spends bool
}

// release gives the nets' space back for the next ledger.
func (n hourNets) release() {
	demand.ReleaseScratch(n.old)
	demand.ReleaseScratch(n.new)
}

// nets works out each hour's nets from the month's CPU demand (cpu[k] micro-credits in the
// hours of class k) and the instances running each hour. An hour that every instance serves whole has the same net as every
// other of its class and fleet size, worked out once. floor is the lowest balance (minus
// the accrual limit in unlimited mode, else zero).
func (f creditFleet) nets(classes *demand.HourClasses, running, cpu []int64, floor int64) hourNets {
	hours := len(running)
	nets := hourNets{old: demand.HourScratch(hours)}
	if hours == 0 {
		return nets
	}
	// each class's spend when all serve the whole hour, for the fleet size it was worked
	// out for
	evenN, evenSpend := make([]int64, len(cpu)), make([]int64, len(cpu))
	sizes := demand.NewCountMemo(func(n int64) int64 {
		nets.sizes = append(nets.sizes, n)
		return 0
	})
	steady := steadyMonth{shift: 0, lo: floor, hi: f.limit}
	prev := running[hours-1] // the month repeats: the hour before the first is the last
	for h, n := range running {
		if n != prev {
			if _, ok := sizes.Lookup(n); !ok {
				sizes.Find(n)
			}
		}
		k := classes.Of[h]
		switch {
		case n == 0:
			nets.old[h] = f.earn // earned by none (an instance running every hour never sees one)
		case f.lag == 0 || n <= prev:
			if evenN[k] != n {
				evenN[k], evenSpend[k] = n, f.spend(cpu[k], n, prev).oldSpend
			}
			nets.old[h] = f.earn - evenSpend[k]
		default:
			s := f.spend(cpu[k], n, prev)
			if nets.new == nil {
				nets.new = demand.HourScratch(hours)
			}
			nets.old[h], nets.new[h] = f.earn-s.oldSpend, s.newEarn-s.newSpend
			nets.spends = nets.spends || nets.new[h] < 0
		}
		nets.spends = nets.spends || nets.old[h] < 0
		steady.add(nets.old[h], floor, f.limit)
		prev = n
	}
	if _, ok := sizes.Lookup(prev); !ok { // a fleet of one size all month
		sizes.Find(prev)
	}
	slices.Sort(nets.sizes)
	nets.steady = steady.balance()
	return nets
}

// run keeps the ledger of every instance over the month (cpu[k] micro-credits of CPU in the
// hours of class k) and returns what it comes to. Instances are grouped by the hours
// they run: slot k (the k-th instance) runs in every hour with at least k instances, so the
// slots between two consecutive fleet sizes run the same hours and keep the same ledger.
func (f creditFleet) run(classes *demand.HourClasses, cpu []int64) creditUse {
	use := creditUse{}
	if f.neverSpends(cpu) {
		use.Charged, use.Short = use.Charged.Shift(-microDigits), use.Short.Shift(-microDigits)
		return use
	}
	floor := int64(0)
	if f.unlimited {
		floor = -f.limit
	}
	// the instances of each hour, read once into a plain slice for the nets and the slots
	running := demand.HourScratch(f.perHour.Len())
	defer demand.ReleaseScratch(running)
	fewest := int64(math.MaxInt64)
	for h := range running {
		running[h] = f.perHour.At(h)
		fewest = min(fewest, running[h])
	}
	nets := f.nets(classes, running, cpu, floor)
	defer nets.release()
	below := int64(0)
	for _, k := range nets.sizes {
		if k == 0 || !nets.spends {
			continue
		}
		count := k - below
		below = k
		charged, short, shortHours := f.slot(k, running, k <= fewest, nets, floor)
		use.Charged = use.Charged.Add(decimal.NewFromInt(charged).Mul(decimal.NewFromInt(count)))
		use.Short = use.Short.Add(decimal.NewFromInt(short).Mul(decimal.NewFromInt(count)))
		use.ShortHours += shortHours * count
	}
	use.Charged = use.Charged.Shift(-microDigits) // micro-credits to credits: exact
	use.Short = use.Short.Shift(-microDigits)
	return use
}

// neverSpends says no instance spends more than it earns in any hour, whatever the fleet's
// sizes (cpu[k] micro-credits of CPU in the hours of class k): even one instance carrying
// the busiest class's CPU alone earns at least as much, a whole hour or, launched into a
// rising hour, from the scale-out lag on. An instance's share of an hour's CPU is never
// more than the hour's (see spend: each share rounds a part of it over one instance or
// more), so no balance ever falls and the ledger charges and withholds nothing.
func (f creditFleet) neverSpends(cpu []int64) bool {
	earn := f.earn
	if f.lag > 0 {
		earn = min(earn, f.earn*(60-f.lag)/60)
	}
	for _, d := range cpu {
		if d > earn {
			return false
		}
	}
	return true
}

// slot keeps the ledger of the k-th instance (running is the instances of each hour, always
// says k of them run in every hour): the micro-credits charged, those standard mode could not
// give, and the hours it was short. The state is one number: the credit balance when
// positive, the surplus owed when negative (an instance never has both).
func (f creditFleet) slot(k int64, running []int64, always bool, nets hourNets, floor int64) (charged, short, shortHours int64) {
	hours := len(running)
	// An instance that stops in the month is followed from an hour it is not running, so
	// each of its runs starts with no credits; one running every hour, from its steady state.
	start := 0
	if !always {
		start = slices.IndexFunc(running, func(n int64) bool { return n < k })
	}
	balance := int64(0)
	if always {
		balance, start = nets.steady, hours-1 // from hour 0
	}
	on := always
	h := start
	prev := running[h]
	for range hours {
		if h++; h == hours {
			h = 0
		}
		n := running[h]
		if n < k {
			if on && balance < 0 {
				charged += -balance // terminated: the surplus still owed is charged
			}
			on, prev = false, n
			continue
		}
		if !on {
			on, balance = true, 0 // launched with no credits
		}
		if f.lag > 0 && k > prev { // launched into this rising hour
			balance += nets.new[h]
		} else {
			balance += nets.old[h]
		}
		prev = n
		switch {
		case balance > f.limit:
			balance = f.limit // earned credits beyond the accrual limit are discarded
		case balance < floor && f.unlimited:
			charged += floor - balance // surplus above the limit: charged at the end of the hour
			balance = floor
		case balance < floor:
			short += floor - balance // standard mode: held at the baseline
			shortHours++
			balance = floor
		}
	}
	return charged, short, shortHours
}

// steadyMonth finds the balance an instance running every hour starts the month with when
// the month repeats: the fixed point of the month's ledger. Each hour maps a balance b to
// clamp(b + net, floor, limit), so the month maps it to clamp(b + shift, lo, hi); when lo < hi
// a month that gains credits settles at hi, one that loses them at lo, and one that nets to
// zero keeps the balance a new instance reaches in its first month.
type steadyMonth struct{ shift, lo, hi int64 }

// add is the month so far followed by an hour netting net.
func (s *steadyMonth) add(net, floor, limit int64) {
	s.shift += net
	s.lo, s.hi = clampInt(s.lo+net, floor, limit), clampInt(s.hi+net, floor, limit)
}

// balance is the steady balance of the whole month.
func (s steadyMonth) balance() int64 {
	switch {
	case s.lo == s.hi, s.shift < 0:
		return s.lo
	case s.shift > 0:
		return s.hi
	}
	return clampInt(0, s.lo, s.hi)
}

func clampInt(x, lo, hi int64) int64 { return max(lo, min(x, hi)) }

// roundDiv is a / n rounded half up, for non-negative a and positive n.
func roundDiv(a, n int64) int64 {
	q, r := a/n, a%n
	if r >= n-r {
		q++
	}
	return q
}

// mulDivRound is a x b / c rounded half up, in 128 bits, for non-negative a, b and positive
// c; a result beyond int64 saturates.
func mulDivRound(a, b, c int64) int64 {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	if hi >= uint64(c) {
		return math.MaxInt64
	}
	q, r := bits.Div64(hi, lo, uint64(c))
	if r >= uint64(c)-r {
		q++
	}
	if q > math.MaxInt64 {
		return math.MaxInt64
	}
	return int64(q)
}
