package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// benchmarkSets are the Go benchmarks of issue 12's table, by package: a regexp of their
// names. Floors their comments name are run with them.
var benchmarkSets = []struct{ pkg, names string }{
	{"./model", "^BenchmarkPriceYearOfHours$"},
	{"./model/platforms/lambda", "^BenchmarkSweepEveryMemorySize$"},
	{"./model/analysis", "^BenchmarkBreakEvensAll$"},
	{"./tui", "."}, // the explorer's
	{"./pricing", "^BenchmarkLoad"},
	{"./cli", "^BenchmarkPrice1000Files"},
}

// benchDoc is what a benchmark's doc comment says of it: its budget and its floor.
type benchDoc struct {
	budget float64 // seconds, or a ratio to the floor when ratio
	ratio  bool
	text   string // the budget as written
	floor  string // the name of its floor's benchmark
}

var (
	budgetPhrase = regexp.MustCompile(`(?i)budget[^:]*:[^:]*?\b(?:at most|under|within|below)\s+([0-9][0-9,]*(?:\.[0-9]+)?)\s*(x|ns|µs|us|ms|s)\b`)
	floorPhrase  = regexp.MustCompile(`(?i)floor[:,]?\s+(Benchmark\w+)`)
	benchLine    = regexp.MustCompile(`^(Benchmark[^\s/]+?)(/\S*?)?(?:-\d+)?\s+\d+\s+([\d.]+) ns/op(?:\s+[\d.]+ B/op\s+([\d.]+) allocs/op)?`)
)

var units = map[string]float64{"ns": 1e-9, "µs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1}

// docsOf reads the doc comments of the benchmarks in pkg's test files.
func docsOf(pkg string) (map[string]benchDoc, error) {
	files, err := filepath.Glob(filepath.Join(pkg, "*_test.go"))
	if err != nil {
		return nil, err
	}
	docs := map[string]benchDoc{}
	fset := token.NewFileSet()
	for _, f := range files {
		file, err := parser.ParseFile(fset, f, nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		for _, d := range file.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || !strings.HasPrefix(fn.Name.Name, "Benchmark") || fn.Doc == nil {
				continue
			}
			docs[fn.Name.Name] = parseDoc(fn.Doc.Text())
		}
	}
	return docs, nil
}

// parseDoc finds the last budget a comment states, and the floor it names.
func parseDoc(text string) benchDoc {
	text = strings.Join(strings.Fields(text), " ")
	var d benchDoc
	if all := budgetPhrase.FindAllStringSubmatch(text, -1); len(all) > 0 {
		m := all[len(all)-1]
		n, _ := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
		d.text = "at most " + m[1] + " " + m[2]
		if m[2] == "x" {
			d.budget, d.ratio, d.text = n, true, "at most "+m[1]+"x the floor"
		} else {
			d.budget = n * units[m[2]]
		}
	}
	if m := floorPhrase.FindStringSubmatch(text); m != nil {
		d.floor = m[1]
	}
	return d
}

// benchResult is one benchmark's median over its runs.
type benchResult struct {
	name, pkg string
	perOp     []float64 // seconds
	allocs    float64
	doc       benchDoc
	floor     *benchResult
}

func (b *benchResult) median() float64 {
	s := slices.Clone(b.perOp)
	slices.Sort(s)
	return s[len(s)/2]
}

// goBenchmarks runs the table's Go benchmarks count times each and returns them, each with
// its budget and floor, in the order of benchmarkSets and then of their names.
func goBenchmarks(count int) ([]benchRow, error) {
	var rows []benchRow
	for _, set := range benchmarkSets {
		docs, err := docsOf(set.pkg)
		if err != nil {
			return nil, err
		}
		selected := regexp.MustCompile(set.names)
		pattern := set.names
		for name, d := range docs {
			if d.floor != "" && selected.MatchString(name) {
				pattern += "|^" + d.floor + "$"
			}
		}
		out, err := exec.Command("go", "test", "-run", "^$", "-bench", pattern, "-benchmem", "-count", strconv.Itoa(count), set.pkg).CombinedOutput()
		if err != nil {
			return nil, fmt.Errorf("go test -bench %s %s: %v\n%s", pattern, set.pkg, err, out)
		}
		results := map[string]*benchResult{}
		var order []string
		for _, line := range strings.Split(string(out), "\n") {
			m := benchLine.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			name := m[1] + m[2]
			r := results[name]
			if r == nil {
				r = &benchResult{name: name, pkg: set.pkg, doc: docs[m[1]]}
				results[name] = r
				order = append(order, name)
			}
			ns, _ := strconv.ParseFloat(m[3], 64)
			r.perOp = append(r.perOp, ns*1e-9)
			r.allocs, _ = strconv.ParseFloat(m[4], 64)
		}
		sort.Strings(order)
		floors := map[string]bool{}
		for _, name := range order {
			if f := results[name].doc.floor; f != "" && results[f] != nil {
				results[name].floor = results[f]
				floors[f] = true
			}
		}
		for _, name := range order {
			if !floors[name] || selected.MatchString(name) {
				rows = append(rows, benchRow{results[name]})
			}
		}
	}
	return rows, nil
}

// benchRow is a Go benchmark as a row of the table.
type benchRow struct{ r *benchResult }

func (b benchRow) line() string {
	r := b.r
	now := r.median()
	floor, ratio := "", ""
	if r.floor != nil {
		floor = fmt.Sprintf("%s: %s", r.floor.name, duration(r.floor.median()))
		ratio = fmt.Sprintf("%.1fx", now/r.floor.median())
	}
	holds := ""
	switch {
	case r.doc.budget == 0:
	case r.doc.ratio && r.floor != nil:
		holds = verdict(now/r.floor.median() <= r.doc.budget, true)
	case !r.doc.ratio:
		holds = verdict(now <= r.doc.budget, true)
	}
	return fmt.Sprintf("| %s (%s) | %s, %s allocs | %s | %s | %s | %s |", r.name, r.pkg, duration(now),
		strconv.FormatFloat(r.allocs, 'f', -1, 64), floor, ratio, r.doc.text, holds)
}

// duration writes a benchmark's time per operation, from nanoseconds up.
func duration(secs float64) string {
	d := time.Duration(secs * 1e9)
	switch {
	case d < time.Microsecond:
		return fmt.Sprintf("%d ns", d.Nanoseconds())
	case d < time.Millisecond:
		return fmt.Sprintf("%.3g µs", float64(d)/float64(time.Microsecond))
	}
	return seconds(d)
}
