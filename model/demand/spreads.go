package demand

import (
	"strconv"
	"strings"
	"sync"
	"time"
)

// spreadsKept is how many shapes spread over a month spreadOver remembers: a batch of files
// shares a few shapes, and an analysis prices one shape again and again; the memory stays
// bounded (a year's spread is some 160 KB) however many files are priced.
const spreadsKept = 8

// spreads are the shapes spread over a month lately, the oldest replaced first.
var spreads struct {
	sync.Mutex
	keys [spreadsKept]string
	sws  [spreadsKept]*HourWeights
	next int
}

// spreadOver is s.SpreadOver(m), remembered for the next spread of the same shape over the
// same month. The weights are never written once worked out (Spread leaves them as they are),
// so that every pricing may read them at once.
func spreadOver(s Shape, m Month) (*HourWeights, error) {
	key := spreadKey(s, m)
	spreads.Lock()
	for i, k := range spreads.keys {
		if k == key && spreads.sws[i] != nil {
			sw := spreads.sws[i]
			spreads.Unlock()
			return sw, nil
		}
	}
	spreads.Unlock()
	sw, err := s.SpreadOver(m)
	if err != nil {
		return nil, err
	}
	spreads.Lock()
	spreads.keys[spreads.next], spreads.sws[spreads.next] = key, sw
	spreads.next = (spreads.next + 1) % spreadsKept
	spreads.Unlock()
	return sw, nil
}

// spreadKey is everything SpreadOver reads of s and m, written out: two shapes and months
// with the same key spread alike (a burst's name spreads nothing, but is kept for clarity).
func spreadKey(s Shape, m Month) string {
	var b strings.Builder
	field := func(v string) { b.WriteString(strconv.Quote(v)); b.WriteByte(' ') }
	num := func(v int64) { b.WriteString(strconv.FormatInt(v, 10)); b.WriteByte(' ') }
	days := func(list []time.Weekday) {
		b.WriteByte('[')
		for _, d := range list {
			num(int64(d))
		}
		b.WriteString("] ")
	}
	num(m.Start.UnixNano())
	num(m.Hours)
	field(string(s.Kind))
	field(s.TimeZone)
	field(s.PeakToAverage.String())
	num(int64(s.PeakHour))
	days(s.Days)
	num(int64(s.StartHour))
	num(int64(s.EndHour))
	field(s.OffHoursPercent.String())
	num(int64(len(s.Weights)))
	for _, w := range s.Weights {
		field(w.String())
	}
	num(int64(len(s.Bursts)))
	for _, u := range s.Bursts {
		field(u.Name)
		field(u.Multiplier.String())
		num(u.HoursPerMonth)
		days(u.Days)
		num(int64(u.StartHour))
		num(int64(u.EndHour))
	}
	return b.String()
}
