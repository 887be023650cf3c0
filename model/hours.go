package model

import (
	"math"
	"math/bits"
	"sync"

	"github.com/breakeven/breakeven/model/demand"
)

// DefaultMonthHours is demand.DefaultMonthHours, the standard month's hours.
const DefaultMonthHours = demand.DefaultMonthHours

const (
	secondsPerHour = 3600
	msPerHour      = secondsPerHour * 1000
)

func ceilDiv(a, b int64) int64 { return (a + b - 1) / b }

// ceilMulDiv is ceil(a x b / c) for non-negative a, b and positive c, exact in 128 bits.
func ceilMulDiv(a, b, c int64) int64 {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	if hi == 0 { // the usual case: a plain 64-bit division
		q, r := lo/uint64(c), lo%uint64(c)
		if r > 0 {
			q++
		}
		return int64(q)
	}
	q, r := bits.Div64(hi, lo, uint64(c))
	if r > 0 {
		q++
	}
	return int64(q)
}

// capacityOver sizes every hour of the series, grouped in classes, with size (worked out once
// for each class), and returns the fewest and most units in any hour and the unit-hours of
// the month.
func capacityOver(series []int64, classes *hourClasses, unit string, size func(requests int64) int64) Capacity {
	c := Capacity{Unit: unit, PerHour: make([]int64, len(series))}
	if len(series) == 0 {
		return c
	}
	classes = classesOf(classes, series)
	units := classes.each(size)
	c.Min = math.MaxInt64
	for k, n := range units {
		if hours := classes.hours[k]; hours > 0 {
			c.UnitHours += n * hours
			c.Min, c.Max = min(c.Min, n), max(c.Max, n)
		}
	}
	for h, k := range classes.of {
		c.PerHour[h] = units[k]
	}
	c.Min = max(c.Min, 0)
	return c
}

// hourClasses are the hours of a series grouped by count: what depends on an hour's count
// alone is worked out once for each class and looked up hour by hour, and a sum over the
// hours is one over the classes. A shaped month has a few dozen classes however many hours
// it has.
type hourClasses struct {
	series []int64 // the series grouped, to check it is the one asked about
	of     []int32 // each hour's class
	counts []int64 // each class's count (two classes may have the same)
	hours  []int64 // how many hours each class has
}

// classify groups the hours of series by count (none negative).
func classify(series []int64) *hourClasses {
	c := &hourClasses{series: series, of: make([]int32, len(series))}
	class := newCountMemo(func(n int64) int64 {
		c.counts, c.hours = append(c.counts, n), append(c.hours, 0)
		return int64(len(c.counts) - 1)
	})
	for h, n := range series {
		k, ok := class.lookup(n)
		if !ok {
			k = class.find(n)
		}
		c.of[h] = int32(k)
		c.hours[k]++
	}
	return c
}

// classesOf is c when it groups series (the very slice), else series grouped.
func classesOf(c *hourClasses, series []int64) *hourClasses {
	if c != nil && len(c.series) == len(series) && (len(series) == 0 || &c.series[0] == &series[0]) {
		return c
	}
	return classify(series)
}

// total is the sum of the series.
func (c *hourClasses) total() int64 {
	t := int64(0)
	for k, n := range c.counts {
		t += n * c.hours[k]
	}
	return t
}

// each is f of every class's count, by class.
func (c *hourClasses) each(f func(int64) int64) []int64 {
	out := make([]int64, len(c.counts))
	for k, n := range c.counts {
		if c.hours[k] > 0 {
			out[k] = f(n)
		}
	}
	return out
}

func totalRequests(series []int64) int64 {
	var n int64
	for _, r := range series {
		n += r
	}
	return n
}

// countMemo remembers f of the counts it is asked for: a shaped month repeats a few dozen
// hourly counts, so that each is worked out once however many hours have it. It is an
// open-addressed table (Fibonacci hashing, linear probing) that grows as it fills, so that
// no count ever pushes another out. A value that is not a count is kept elsewhere, in a
// list, and the memo holds its index.
type countMemo struct {
	slots []memoSlot
	shift uint // 64 - log2(len(slots))
	used  int
	f     func(int64) int64
}

// memoSlot is a count + 1 (0: an empty slot) and its value.
type memoSlot struct{ key, val int64 }

func newCountMemo(f func(int64) int64) *countMemo {
	return &countMemo{slots: make([]memoSlot, 64), shift: 64 - 6, f: f}
}

// get is f(n), for n >= 0 (the memo does not hold negative counts).
func (m *countMemo) get(n int64) int64 {
	if v, ok := m.lookup(n); ok {
		return v
	}
	return m.find(n)
}

// lookup is f(n) when n is in the first slot tried, as it nearly always is: small enough to
// be inlined in an hourly loop, which calls find when it is not (get does both, in a call).
func (m *countMemo) lookup(n int64) (int64, bool) {
	s := &m.slots[uint64(n)*fibonacci>>m.shift]
	return s.val, s.key == n+1
}

// fibonacci is 2^64 divided by the golden ratio: multiplied by it, the counts of a month
// spread over the table's slots.
const fibonacci = 0x9E3779B97F4A7C15

// find is get's lookup from the first slot on: probing to the count or an empty slot, where
// f's value is stored.
func (m *countMemo) find(n int64) int64 {
	mask := len(m.slots) - 1
	for i := int(uint64(n) * fibonacci >> m.shift); ; i = (i + 1) & mask {
		switch s := &m.slots[i]; s.key {
		case n + 1:
			return s.val
		case 0:
			v := m.f(n)
			m.slots[i] = memoSlot{n + 1, v}
			if m.used++; m.used*2 > len(m.slots) {
				m.grow()
			}
			return v
		}
	}
}

// grow doubles the table.
func (m *countMemo) grow() {
	old := m.slots
	m.slots, m.shift = make([]memoSlot, 2*len(old)), m.shift-1
	mask := len(m.slots) - 1
	for _, s := range old {
		if s.key == 0 {
			continue
		}
		i := int(uint64(s.key-1) * fibonacci >> m.shift)
		for m.slots[i].key != 0 {
			i = (i + 1) & mask
		}
		m.slots[i] = s
	}
}

// scratch keeps hour-by-hour working space between uses: a year's ledger works on 70 KB at a
// time, which garbage collection would otherwise sweep after every pricing.
var scratch sync.Pool // *[]int64

// hourScratch is working space for n hours, every one set (its contents are left over from
// an earlier use): give it back with releaseScratch.
func hourScratch(n int) []int64 {
	if p, ok := scratch.Get().(*[]int64); ok && cap(*p) >= n {
		return (*p)[:n]
	}
	return make([]int64, n)
}

// releaseScratch gives s back for a later hourScratch; nil is ignored.
func releaseScratch(s []int64) {
	if s != nil {
		scratch.Put(&s)
	}
}
