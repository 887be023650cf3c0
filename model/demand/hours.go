package demand

import "sync"

// HourClasses are the hours of a series grouped by count: what depends on an hour's count
// alone is worked out once for each class and looked up hour by hour, and a sum over the
// hours is one over the classes. A shaped month has a few dozen classes however many hours
// it has.
type HourClasses struct {
	series []int64 // the series grouped, to check it is the one asked about
	Of     []int32 // each hour's class
	Counts []int64 // each class's count (two classes may have the same)
	Hours  []int64 // how many hours each class has
}

// Classify groups the hours of series by count (none negative).
func Classify(series []int64) *HourClasses {
	c := &HourClasses{series: series, Of: make([]int32, len(series))}
	class := NewCountMemo(func(n int64) int64 {
		c.Counts, c.Hours = append(c.Counts, n), append(c.Hours, 0)
		return int64(len(c.Counts) - 1)
	})
	for h, n := range series {
		k, ok := class.Lookup(n)
		if !ok {
			k = class.Find(n)
		}
		c.Of[h] = int32(k)
		c.Hours[k]++
	}
	return c
}

// ClassesOf is c when it groups series (the very slice), else series grouped.
func ClassesOf(c *HourClasses, series []int64) *HourClasses {
	if c.Groups(series) {
		return c
	}
	return Classify(series)
}

// Groups says c (nil: none) groups series, the very slice.
func (c *HourClasses) Groups(series []int64) bool {
	return c != nil && len(c.series) == len(series) && (len(series) == 0 || &c.series[0] == &series[0])
}

// Total is the sum of the series.
func (c *HourClasses) Total() int64 {
	t := int64(0)
	for k, n := range c.Counts {
		t += n * c.Hours[k]
	}
	return t
}

// Each is f of every class's count, by class.
func (c *HourClasses) Each(f func(int64) int64) []int64 {
	out := make([]int64, len(c.Counts))
	for k, n := range c.Counts {
		if c.Hours[k] > 0 {
			out[k] = f(n)
		}
	}
	return out
}

// CountMemo remembers f of the counts it is asked for: a shaped month repeats a few dozen
// hourly counts, so that each is worked out once however many hours have it. It is an
// open-addressed table (Fibonacci hashing, linear probing) that grows as it fills, so that
// no count ever pushes another out. A value that is not a count is kept elsewhere, in a
// list, and the memo holds its index.
type CountMemo struct {
	slots []memoSlot
	shift uint // 64 - log2(len(slots))
	used  int
	f     func(int64) int64
}

// memoSlot is a count + 1 (0: an empty slot) and its value.
type memoSlot struct{ key, val int64 }

// NewCountMemo is an empty memo of f.
func NewCountMemo(f func(int64) int64) *CountMemo {
	return &CountMemo{slots: make([]memoSlot, 64), shift: 64 - 6, f: f}
}

// Get is f(n), for n >= 0 (the memo does not hold negative counts).
func (m *CountMemo) Get(n int64) int64 {
	if v, ok := m.Lookup(n); ok {
		return v
	}
	return m.Find(n)
}

// Lookup is f(n) when n is in the first slot tried, as it nearly always is: small enough to
// be inlined in an hourly loop, which calls Find when it is not (Get does both, in a call).
func (m *CountMemo) Lookup(n int64) (int64, bool) {
	s := &m.slots[uint64(n)*fibonacci>>m.shift]
	return s.val, s.key == n+1
}

// fibonacci is 2^64 divided by the golden ratio: multiplied by it, the counts of a month
// spread over the table's slots.
const fibonacci = 0x9E3779B97F4A7C15

// Find is Get's lookup from the first slot on: probing to the count or an empty slot, where
// f's value is stored.
func (m *CountMemo) Find(n int64) int64 {
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
func (m *CountMemo) grow() {
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

// HourScratch is working space for n hours, every one set (its contents are left over from
// an earlier use): give it back with ReleaseScratch.
func HourScratch(n int) []int64 {
	if p, ok := scratch.Get().(*[]int64); ok && cap(*p) >= n {
		return (*p)[:n]
	}
	return make([]int64, n)
}

// ReleaseScratch gives s back for a later HourScratch; nil is ignored.
func ReleaseScratch(s []int64) {
	if s != nil {
		scratch.Put(&s)
	}
}
