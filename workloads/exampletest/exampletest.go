// Package exampletest holds the built-in examples' months as the engine prices them, for a
// platform's tests to check a fast path against the hour-by-hour answer on every shape the
// examples have. A platform's tests register its platform alone, so the examples are read
// without the sections of the others. Only tests import it.
package exampletest

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
)

// Year is a year of hours from the standard month's start.
var Year = model.Month{Name: "year", Start: model.StandardMonth().Start, Hours: 8760}

// ExampleMonth is one example priced over one month.
type ExampleMonth struct {
	// Workload is the example as the engine priced it (its defaults resolved).
	Workload model.Workload
	// Month is the month priced.
	Month model.Month
	// Entry is the requests reaching the function hour by hour (model.EntryOf).
	Entry model.Hourly
}

// ExampleMonths is every built-in example but those that are only schedules, over the standard
// month and over a year.
func ExampleMonths(t testing.TB, cat *pricing.Catalog) []ExampleMonth {
	t.Helper()
	var out []ExampleMonth
	for _, w := range ExampleWorkloads(t) {
		if w.SchedulesOnly {
			continue
		}
		for _, month := range []model.Month{model.StandardMonth(), Year} {
			r := model.Price([]model.Workload{w}, cat, model.Options{Month: month, BillsOnly: true})
			resolved := r.Workloads[0].Workload
			entry, err := model.EntryOf(resolved, month)
			if err != nil {
				t.Fatalf("%s: %v", w.Name, err)
			}
			out = append(out, ExampleMonth{Workload: resolved, Month: month, Entry: entry})
		}
	}
	if len(out) < 20 {
		t.Fatalf("%d example months, want the built-in examples' over two months", len(out))
	}
	return out
}

// ExampleWorkloads is the built-in examples, each without the keys the registered platforms do not
// know (the sections and schedule keys of the others).
func ExampleWorkloads(t testing.TB) []model.Workload {
	t.Helper()
	var out []model.Workload
	for _, name := range workloads.ExampleNames() {
		src, err := workloads.ExampleSource(name)
		if err != nil {
			t.Fatal(err)
		}
		for range 10 { // each pass drops the keys the last one found unknown
			w, err := workloads.Parse(name+".yaml", src)
			if err == nil {
				out = append(out, w)
				break
			}
			unknown := unknownKey.FindAllStringSubmatch(err.Error(), -1)
			if len(unknown) == 0 {
				t.Fatalf("%s: %v", name, err)
			}
			slices.Reverse(unknown) // the errors come in order of lines: the last goes first
			for _, u := range unknown {
				line, _ := strconv.Atoi(u[1]) // digits
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
