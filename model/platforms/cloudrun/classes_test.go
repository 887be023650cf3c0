package cloudrun

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
	"github.com/shopspring/decimal"
)

// exampleMonths is the requests reaching the function hour by hour of every built-in example,
// as the engine prices them (defaults resolved), over the standard month and over a year, with
// the workload they come from.
func exampleMonths(t *testing.T) (ws []model.Workload, entries []model.Hourly) {
	t.Helper()
	cat := catalog(t)
	year := model.Month{Name: "year", Start: model.StandardMonth().Start, Hours: 8760}
	for _, w := range examples(t) {
		if w.SchedulesOnly {
			continue
		}
		for _, month := range []model.Month{model.StandardMonth(), year} {
			r := model.Price([]model.Workload{w}, cat, model.Options{Month: month, BillsOnly: true})
			resolved := r.Workloads[0].Workload
			entry, err := model.EntryOf(resolved, month)
			if err != nil {
				t.Fatalf("%s: %v", w.Name, err)
			}
			ws, entries = append(ws, resolved), append(entries, entry)
		}
	}
	if len(entries) < 20 {
		t.Fatalf("%d example months, want the built-in examples' over two months", len(entries))
	}
	return ws, entries
}

// examples is the built-in examples, each without the settings of the platforms this
// package's tests do not register (Cloud Run's alone are known here).
func examples(t *testing.T) []model.Workload {
	t.Helper()
	var out []model.Workload
	for _, name := range workloads.ExampleNames() {
		src, err := workloads.ExampleSource(name)
		if err != nil {
			t.Fatal(err)
		}
		for range 10 { // each pass drops the keys the last one did not know
			w, err := workloads.Parse(name+".yaml", src)
			if err == nil {
				out = append(out, w)
				break
			}
			unknown := unknownKey.FindAllStringSubmatch(err.Error(), -1)
			if len(unknown) == 0 {
				t.Fatalf("%s: %v", name, err)
			}
			slices.Reverse(unknown) // the errors come in order of lines: the last line goes first
			for _, u := range unknown {
				line, _ := strconv.Atoi(u[1])
				src = withoutKey(src, line)
			}
		}
	}
	if len(out) != len(workloads.ExampleNames()) {
		t.Fatalf("%d of the %d examples read", len(out), len(workloads.ExampleNames()))
	}
	return out
}

// unknownKey finds the line of each key a workload file's errors say is unknown.
var unknownKey = regexp.MustCompile(`\.yaml:(\d+):\d+: [^\n]*unknown key`)

// withoutKey is the YAML src without the key on line (counted from 1) and what is nested
// under it.
func withoutKey(src []byte, line int) []byte {
	lines := strings.Split(string(src), "\n")
	indent := func(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }
	end := line
	for end < len(lines) && (strings.TrimSpace(lines[end]) == "" || indent(lines[end]) > indent(lines[line-1])) {
		end++
	}
	return []byte(strings.Join(append(lines[:line-1:line-1], lines[end:]...), "\n"))
}

// TestClassesAsHourByHour: the service's month summed class by class (sumHours) and its cold
// starts followed by class (coldStartsWith) are what the hour-by-hour sums of each hour worked
// out alone give (the way serviceMonth and coldStartsWith worked before the classes), on
// every built-in example over a month and a year, at concurrency 1 and 80, with and without
// minimum instances.
func TestClassesAsHourByHour(t *testing.T) {
	ws, entries := exampleMonths(t)
	for i, entry := range entries {
		w := ws[i]
		for _, concurrency := range []int64{1, 80} {
			hm := newHourModel(w.Function.DurationMs, concurrency)
			for _, classes := range []bool{true, false} {
				given := entry.Classes
				if !classes {
					given = nil
				}
				mh := hm.over(entry.Requests, given)
				for _, m := range []int64{0, 3} {
					of := memo(hm)
					got, want := sumHours(mh, m, 100), naiveSums(entry.Requests, of, m, 100)
					perHour := model.ClassSeries(mh.classes.Of, got.perClass).Values()
					if got.busyMs != want.busyMs || got.idleMs != want.idleMs || got.aliveMs != want.aliveMs || got.total != want.total ||
						got.peak != want.peak || got.over != want.over || !slices.Equal(perHour, want.perClass) {
						t.Errorf("%s (%d hours), concurrency %d, min %d: by class %+v, hour by hour %+v", w.Name, len(entry.Requests), concurrency, m, got, want)
					}
					gotPer, wantPer := make([]int64, len(entry.Requests)), make([]int64, len(entry.Requests))
					a, b, c, d := coldStartsWith(mh, m, gotPer)
					e, f, g, h := naiveColdStarts(entry.Requests, of, m, wantPer)
					if a != e || b != f || c != g || d != h || !slices.Equal(gotPer, wantPer) {
						t.Errorf("%s (%d hours), concurrency %d, min %d: cold starts %d %d %d %d, hour by hour %d %d %d %d", w.Name, len(entry.Requests), concurrency, m, a, b, c, d, e, f, g, h)
					}
				}
			}
		}
	}
}

// memo is hm.of remembered by count, as the hour-by-hour loops looked hours up before.
func memo(hm *hourModel) func(int64) hour {
	seen := map[int64]hour{}
	return func(n int64) hour {
		h, ok := seen[n]
		if !ok {
			h = hm.of(n)
			seen[n] = h
		}
		return h
	}
}

// naiveSums is sumHours hour by hour, each hour looked up alone.
func naiveSums(requests []int64, of func(int64) hour, m, maxInstances int64) monthSums {
	const hourMs = int64(msPerHour)
	var s monthSums
	for _, n := range requests {
		h := of(n)
		s.perClass = append(s.perClass, max(m, h.needed))
		s.total += n
		s.peak = max(s.peak, h.needed)
		if h.needed > maxInstances {
			s.over++
		}
		s.busyMs += h.busyMs
		s.idleMs += max(0, m*hourMs-h.busyMs)
		alive := m * hourMs
		if n > 0 {
			alive = max(alive, h.needed*min(hourMs, n*idleMinutes*60*1000), h.busyMs)
		}
		s.aliveMs += alive
	}
	return s
}

// naiveColdStarts is coldStartsWith hour by hour, each hour looked up alone.
func naiveColdStarts(requests []int64, of func(int64) hour, minInstances int64, perHour []int64) (scaleUps, idleRecycles, total, peak int64) {
	alive := minInstances
	var idleSum float64
	for i, n := range requests {
		if n == 0 {
			alive = minInstances
			continue
		}
		h := of(n)
		peak = max(peak, h.needed)
		up := max(0, h.needed-alive)
		var recycled float64
		if minInstances == 0 && h.needed == 1 {
			recycled = float64(n-up) * math.Exp(-float64(n)*idleMinutes/60)
		}
		scaleUps += up
		idleSum += recycled
		perHour[i] = up + int64(math.Round(recycled))
		alive = max(minInstances, h.needed)
		if n < sparseRequests {
			alive = minInstances
		}
	}
	idleRecycles = int64(math.Round(idleSum))
	return scaleUps, idleRecycles, scaleUps + idleRecycles, peak
}

// TestSharedMsAsPricing: the busy time sharedMs works out in integers is
// pricing.SharedInstanceSeconds's, for durations that are and are not whole steps, alone and
// shared, from no requests to the most 64 bits hold.
func TestSharedMsAsPricing(t *testing.T) {
	for _, ms := range []string{"0", "1", "99.5", "100", "120", "2500.01", "3600000"} {
		for _, concurrency := range []int64{1, 80, 1000} {
			hm := newHourModel(dec(ms), concurrency)
			for _, n := range []int64{0, 1, 79, 80, 81, 3600, 123456789, 1 << 40, 1 << 41} {
				want, err := pricing.SharedInstanceSeconds(n, dec(ms), concurrency, 0, pricing.CloudRunStepMs)
				if err != nil {
					t.Fatal(err)
				}
				if got := hm.sharedMs(n, concurrency); !decimal.NewFromInt(got).Equal(want.Shift(3)) {
					t.Errorf("%d requests of %s ms, %d at a time: %d ms, want %s", n, ms, concurrency, got, want.Shift(3))
				}
			}
		}
	}
}
