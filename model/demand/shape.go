package demand

import (
	"cmp"
	"fmt"
	"math/bits"
	"slices"
	"sync"
	"time"

	"github.com/shopspring/decimal"
)

// ShapeKind is how requests move through the day and the week.
type ShapeKind string

// The traffic shapes.
const (
	Flat          ShapeKind = "flat"
	Diurnal       ShapeKind = "diurnal"
	BusinessHours ShapeKind = "business-hours"
	Weights       ShapeKind = "weights"
)

// Shape spreads a month's requests over its hours. Hours are read in TimeZone.
type Shape struct {
	Kind     ShapeKind
	TimeZone string // IANA name; "" is UTC

	// Diurnal: the busiest hour of the day carries PeakToAverage times the average hour, at
	// PeakHour local time, falling away smoothly on both sides.
	PeakToAverage decimal.Decimal
	PeakHour      int

	// BusinessHours: Days from StartHour to EndHour (local, EndHour excluded) carry all the
	// traffic but OffHoursPercent, which is spread evenly over the other hours of the week.
	Days            []time.Weekday
	StartHour       int
	EndHour         int
	OffHoursPercent decimal.Decimal

	// Weights: 24 relative weights (one per hour of the day) or 168 (one per hour of the
	// week, from Monday midnight).
	Weights []decimal.Decimal

	Bursts []Burst
}

// Burst is an event during which traffic runs at Multiplier times the shape's rate: either
// the HoursPerMonth busiest hours of the month, or the hours StartHour to EndHour of Days.
// Bursts that overlap do not compound: the largest multiplier applies.
type Burst struct {
	Name          string
	Multiplier    decimal.Decimal
	HoursPerMonth int64
	Days          []time.Weekday
	StartHour     int
	EndHour       int
}

// Hourly is a month hour by hour.
type Hourly struct {
	// Requests in each hour: whole requests that sum exactly to the month's total.
	Requests []int64
	// WeekHour is each hour's local hour of the week, 0 at Monday midnight (0 to 167).
	WeekHour []uint8
	// InBurst says which hours a burst covers.
	InBurst []bool
	// Classes groups the hours by their requests, when the spread worked them out (nil
	// otherwise; the series it describes is checked before use: see ClassesOf).
	Classes *HourClasses
}

// HourWeights is a shape worked out over a month: each hour's weight (or, when the shape
// worked it out, the hours grouped by weight: by class), local hour of the week and whether a
// burst covers it.
type HourWeights struct {
	weights []int64
	local   []uint8
	bursts  []bool
	classes *weightClasses
	// last is the latest spread, which analyses that move no traffic ask for again and again.
	last struct {
		sync.Mutex
		total  int64
		hourly *Hourly
	}
}

// weightClasses are the hours of a month grouped by weight: each hour's class, each class's
// weight and hours.
type weightClasses struct {
	Of             []int32
	weights, Hours []int64
}

// Expand spreads total requests over month m's hours by shape s, and says where each hour
// falls in the local week and which hours the bursts cover. The shape's spread over the month
// is remembered (spreadOver) and so is its latest total's (HourWeights.Spread): the hours it
// returns are read, never written.
func Expand(s Shape, m Month, total int64) (Hourly, error) {
	sw, err := spreadOver(s, m)
	if err != nil {
		return Hourly{}, err
	}
	return sw.Spread(total), nil
}

// Reweighted is the same month with each hour weighted by weights instead (the same local
// hours of the week and bursts): a series as its own weights spreads its total back into it.
func (sw *HourWeights) Reweighted(weights []int64) *HourWeights {
	return &HourWeights{weights: weights, local: sw.local, bursts: sw.bursts}
}

// Spread distributes total requests over the hours by the weights, which it leaves as they
// are, so they serve again. The hours it returns are read, never written: the same total
// gets the same hours again.
func (sw *HourWeights) Spread(total int64) Hourly {
	sw.last.Lock()
	last := sw.last.hourly
	same := last != nil && sw.last.total == total
	sw.last.Unlock()
	if same {
		return *last
	}
	c := sw.classes
	if c == nil {
		c = weightClassesOf(sw.weights)
	}
	requests, classes := distributeClasses(total, c, false)
	h := Hourly{Requests: requests, WeekHour: sw.local, InBurst: sw.bursts, Classes: classes}
	sw.last.Lock()
	sw.last.total, sw.last.hourly = total, &h
	sw.last.Unlock()
	return h
}

// weightScale is the integer weight of the busiest hour of a shape, before bursts.
const weightScale = 1000000

// multiplierScale turns a burst multiplier of at most three decimal places into an integer.
const multiplierScale = 1000

// SpreadOver works the shape out over month m: the relative weight of each hour, as
// integers, with each hour's local hour of the week and whether a burst covers it. An hour's
// weight is its hour of the week's, times a burst's multiplier: so its class is its hour of
// the week, or the burst's and the hour of the week.
func (s Shape) SpreadOver(m Month) (*HourWeights, error) {
	sw, err := s.hourClasses(m)
	if err != nil {
		return nil, err
	}
	sw.classes = sw.classes.merged()
	return sw, nil
}

// hourClasses is SpreadOver with a class for each hour of the week and each burst's.
func (s Shape) hourClasses(m Month) (*HourWeights, error) {
	loc, err := Location(s.TimeZone)
	if err != nil {
		return nil, fmt.Errorf("traffic.time_zone %q: %v", s.TimeZone, err)
	}
	c := &weightClasses{Of: make([]int32, m.Hours), weights: make([]int64, weekHours*(1+len(s.Bursts))), Hours: make([]int64, weekHours*(1+len(s.Bursts)))}
	local := localWeekHours(m, loc, c.Of, c.Hours[:weekHours])
	var base func(weekHour int) int64
	switch s.Kind {
	case Diurnal:
		base = diurnalWeights(s.PeakToAverage, s.PeakHour)
	case BusinessHours:
		base = businessWeights(s)
	case Weights:
		base = listedWeights(s.Weights)
	default:
		base = func(int) int64 { return weightScale }
	}
	var week [weekHours]int64 // the weight of each hour of the week
	for wh := range week {
		week[wh] = base(wh)
	}
	for k := range c.weights {
		c.weights[k] = week[k%weekHours] * multiplierScale
	}
	inBurst := applyBursts(c, week, local, s.Bursts)
	return &HourWeights{local: local, bursts: inBurst, classes: c}, nil
}

// merged is c with its classes of one weight made one, in the order of the first of them
// that holds hours (classes with none are left out), each hour's class renumbered in place:
// a diurnal day's 24 weights repeat over the week's 168 hours, and each weight's part and
// remainder is then worked out once, not seven times. The spread is the same, hour for hour
// and class for class (distributeClasses creates its classes of counts in the same order),
// as of the classes unmerged.
func (c *weightClasses) merged() *weightClasses {
	out := &weightClasses{Of: c.Of}
	renumber := make([]int32, len(c.weights))
	index := make(map[int64]int32, weekHours)
	for k, w := range c.weights {
		if c.Hours[k] == 0 {
			continue
		}
		j, ok := index[w]
		if !ok {
			j = int32(len(out.weights))
			index[w] = j
			out.weights, out.Hours = append(out.weights, w), append(out.Hours, 0)
		}
		out.Hours[j] += c.Hours[k]
		renumber[k] = j
	}
	for h, k := range c.Of {
		c.Of[h] = renumber[k]
	}
	return out
}

// weekHours is the hours of a week.
const weekHours = 7 * 24

// businessWeights gives business hours (100 - p) x off-hours-per-week and the other hours
// p x business-hours-per-week, so the other hours carry exactly p% of a week's requests.
func businessWeights(s Shape) func(int) int64 {
	open := func(wh int) bool { return InWindow(wh, s.Days, s.StartHour, s.EndHour) }
	business := int64(len(s.Days) * (s.EndHour - s.StartHour))
	off := 7*24 - business
	p := s.OffHoursPercent.Shift(2).IntPart() // hundredths of a percent
	in, out := (10000-p)*off, p*business
	if off == 0 {
		in = 1
	}
	return func(wh int) int64 {
		if open(wh) {
			return in
		}
		return out
	}
}

// listedWeights reads 24 hourly or 168 weekly weights (at most three decimal places).
func listedWeights(list []decimal.Decimal) func(int) int64 {
	w := make([]int64, len(list))
	for i, d := range list {
		w[i] = d.Shift(3).IntPart()
	}
	return func(wh int) int64 {
		if len(w) == 24 {
			return w[wh%24]
		}
		return w[wh]
	}
}

// localWeekHours gives each hour of m its local hour of the week in loc (0 at Monday
// midnight), also as its class (of) with the hours of each hour of the week counted. It asks
// the time zone database only when the zone's offset changes (daylight saving), not once per
// hour.
func localWeekHours(m Month, loc *time.Location, of []int32, counts []int64) []uint8 {
	out := make([]uint8, m.Hours)
	for h := 0; h < len(out); {
		t := m.Start.Add(time.Duration(h) * time.Hour).In(loc)
		wh := (int(t.Weekday())+6)%7*24 + t.Hour()
		_, end := t.ZoneBounds()
		n := len(out) - h
		if !end.IsZero() {
			n = min(n, max(1, int(end.Sub(t).Hours())))
		}
		fillWeekHours(out[h:h+n], of[h:h+n], counts, wh)
		h += n
	}
	return out
}

// fillWeekHours gives consecutive hours, the first at hour of the week wh, their hours of the
// week in out and of, and counts each hour of the week they hold: the week's hours in turn,
// copied a week at a time.
func fillWeekHours(out []uint8, of []int32, counts []int64, wh int) {
	n := len(out)
	// the first week from wh, then copies of it
	first := min(n, weekHours)
	for i := range first {
		out[i], of[i] = uint8(wh), int32(wh)
		if wh++; wh == weekHours {
			wh = 0
		}
	}
	for i := first; i < n; i += first {
		copy(out[i:], out[:first])
		copy(of[i:], of[:first])
	}
	weeks, rest := int64(n/weekHours), n%weekHours
	for i := range first {
		counts[out[i]] += weeks
		if i < rest {
			counts[out[i]]++
		}
	}
}

// InWindow reports whether week hour wh falls on one of days between start and end (end
// excluded).
func InWindow(wh int, days []time.Weekday, start, end int) bool {
	day := time.Weekday((wh/24 + 1) % 7)
	hour := wh % 24
	return containsDay(days, day) && hour >= start && hour < end
}

func containsDay(days []time.Weekday, d time.Weekday) bool {
	for _, x := range days {
		if x == d {
			return true
		}
	}
	return false
}

// applyBursts puts the hours each burst covers in the burst's classes, whose weight is the
// hour of the week's times the burst's multiplier (the largest one where bursts overlap). A
// burst given as hours per month covers the busiest hours of the shape, ties going to the
// earliest. Every burst's hours are chosen on the shape's weights; then the bursts, from the
// largest multiplier down, each take the hours no larger one took.
func applyBursts(c *weightClasses, week [weekHours]int64, local []uint8, bursts []Burst) []bool {
	in := make([]bool, len(local))
	if len(bursts) == 0 {
		return in
	}
	hours := make([][]int, len(bursts))
	var counts [weekHours]int64 // the hours of each hour of the week, before any burst
	copy(counts[:], c.Hours)
	for i, b := range bursts {
		hours[i] = burstHours(b, week, counts, local)
	}
	multiplier := make([]int64, len(bursts))
	order := make([]int, len(bursts))
	for i, b := range bursts {
		multiplier[i], order[i] = b.Multiplier.Shift(3).IntPart(), i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(multiplier[b], multiplier[a]) })
	for rank, i := range order {
		first := weekHours * (1 + rank) // the burst's classes
		for wh, w := range week {
			c.weights[first+wh] = w * multiplier[i]
		}
		for _, h := range hours[i] {
			if !in[h] {
				in[h] = true
				c.Hours[local[h]]--
				c.Of[h] = int32(first + int(local[h]))
				c.Hours[c.Of[h]]++
			}
		}
	}
	return in
}

// burstHours are the hours burst b covers, by the shape's weight of each hour of the week
// (counts hours of the month each).
func burstHours(b Burst, week, counts [weekHours]int64, local []uint8) []int {
	var hours []int
	if b.HoursPerMonth > 0 {
		// the busiest hours: the n-th largest weight from the hours of each hour of the week
		threshold, ties := nthLargest(week[:], counts[:], b.HoursPerMonth)
		above := int64(0) // the hours heavier than the threshold
		for wh, w := range week {
			if w > threshold {
				above += counts[wh]
			}
		}
		for h, wh := range local {
			if above == 0 && ties == 0 {
				break // every one found
			}
			switch w := week[wh]; {
			case w > threshold:
				hours = append(hours, h)
				above--
			case w == threshold && ties > 0:
				hours = append(hours, h)
				ties--
			}
		}
		return hours
	}
	var window [weekHours]bool
	for wh := range window {
		window[wh] = InWindow(wh, b.Days, b.StartHour, b.EndHour)
	}
	for h, wh := range local {
		if window[wh] {
			hours = append(hours, h)
		}
	}
	return hours
}

// Distribute splits total into whole parts proportional to weights (see distributeClasses),
// leaving weights as they are.
func Distribute(total int64, weights []int64) []int64 {
	out, _ := distributeClasses(total, weightClassesOf(weights), true)
	return out
}

// weightClassesOf groups hours by weight.
func weightClassesOf(weights []int64) *weightClasses {
	c := &weightClasses{Of: make([]int32, len(weights))}
	class := NewCountMemo(func(w int64) int64 {
		c.weights, c.Hours = append(c.weights, w), append(c.Hours, 0)
		return int64(len(c.weights) - 1)
	})
	for h, w := range weights {
		k, ok := class.Lookup(w)
		if !ok {
			k = class.Find(w)
		}
		c.Of[h] = int32(k)
		c.Hours[k]++
	}
	return c
}

// distributeClasses splits total into whole parts proportional to the hours' weights: each
// hour gets floor(total x w / W), and the requests left over go one each to the hours with
// the largest remainders, ties to the earliest (largest-remainder rounding). The parts sum to
// total exactly. Products are taken in 128 bits: total x w can exceed 64. Hours of one
// weight have one part and remainder, worked out once for the class; and so the parts fall
// into classes of their own, one for each count of requests. With reuse, the hours' weight
// classes are overwritten with those.
func distributeClasses(total int64, c *weightClasses, reuse bool) ([]int64, *HourClasses) {
	out := make([]int64, len(c.Of))
	classes := &HourClasses{series: out, Of: c.Of}
	if !reuse {
		classes.Of = make([]int32, len(c.Of))
	}
	// the class of each count of requests
	class := NewCountMemo(func(n int64) int64 {
		classes.Counts, classes.Hours = append(classes.Counts, n), append(classes.Hours, 0)
		return int64(len(classes.Counts) - 1)
	})
	var sum uint64
	for k, w := range c.weights {
		sum += uint64(w) * uint64(c.Hours[k])
	}
	if sum == 0 || total == 0 {
		none := int32(class.Get(0))
		classes.Hours[none] = int64(len(out))
		for h := range classes.Of {
			classes.Of[h] = none
		}
		return out, classes
	}
	space := make([]int64, 2*len(c.weights)) // one allocation for both
	parts, rems := space[:len(c.weights)], space[len(c.weights):]
	given := int64(0)
	for k, w := range c.weights {
		hi, lo := bits.Mul64(uint64(total), uint64(w))
		var q, r uint64
		if hi == 0 { // the usual case: a plain 64-bit division
			q, r = lo/sum, lo%sum
		} else {
			q, r = bits.Div64(hi, lo, sum)
		}
		parts[k], rems[k] = int64(q), int64(r)
		given += int64(q) * c.Hours[k]
	}
	// The requests left over: every hour of a class with a larger remainder than the
	// threshold has one, and the earliest ties of the threshold's classes.
	left := total - given
	threshold, ties := nthLargest(rems, c.Hours, left)
	const none, all, tied = 0, 1, 2
	extras := make([]int8, len(c.weights))
	counted := make([][2]int32, len(c.weights)) // the classes of a weight's part, and of one more
	for k, r := range rems {
		if c.Hours[k] == 0 {
			continue
		}
		switch {
		case left == 0 || r < threshold:
		case r > threshold:
			extras[k] = all
		default:
			extras[k] = tied
		}
		counted[k] = [2]int32{int32(class.Get(parts[k])), -1}
		if extras[k] != none {
			counted[k][1] = int32(class.Get(parts[k] + 1))
		}
		if extras[k] != tied { // the hours of the class all have the part, or all one more
			classes.Hours[counted[k][extras[k]]] += c.Hours[k]
		}
	}
	// the class of the hours of each weight, where their ties do not split them (-1)
	direct := make([]int32, len(c.weights))
	for k := range direct {
		direct[k] = -1
		if extras[k] != tied {
			direct[k] = counted[k][extras[k]]
		}
	}
	counts := classes.Counts
	for h, k := range c.Of {
		q := direct[k]
		if q < 0 {
			extra := none
			if ties > 0 {
				extra, ties = all, ties-1
			}
			q = counted[k][extra]
			classes.Hours[q]++
		}
		out[h] = counts[q]
		classes.Of[h] = q
	}
	return out, classes
}

// nthLargest is, of values each occurring counts times, the n-th largest (n at most the
// occurrences: all of them) and how many of the n largest are equal to it; none for n <= 0.
// It selects rather than sorts: each round splits the values still in question about a
// pivot, and keeps those above it, or those below it, as the occurrences above it reach n or
// do not (the answer is the same whatever the pivots).
func nthLargest(values, counts []int64, n int64) (threshold int64, ties int64) {
	total := int64(0)
	for _, c := range counts {
		total += c
	}
	if n = min(n, total); n <= 0 {
		return 0, 0
	}
	type occurring struct{ value, count int64 }
	left := make([]occurring, 0, len(counts)) // the values still in question
	for i, c := range counts {
		if c > 0 {
			left = append(left, occurring{values[i], c})
		}
	}
	for {
		pivot := medianOfThree(left[0].value, left[len(left)/2].value, left[len(left)-1].value)
		// above the pivot to the front, below it to the back, the pivot's occurrences counted
		above, equal := int64(0), int64(0)
		lo, hi := 0, len(left)
		for i := 0; i < hi; {
			switch v := left[i]; {
			case v.value > pivot:
				above += v.count
				left[lo], left[i] = left[i], left[lo]
				lo++
				i++
			case v.value < pivot:
				hi--
				left[i], left[hi] = left[hi], left[i]
			default:
				equal += v.count
				i++
			}
		}
		switch {
		case above >= n:
			left = left[:lo]
		case above+equal >= n:
			return pivot, n - above
		default:
			n -= above + equal
			left = left[hi:]
		}
	}
}

// medianOfThree is the middle one of a, b and c.
func medianOfThree(a, b, c int64) int64 {
	return max(min(a, b), min(max(a, b), c))
}
