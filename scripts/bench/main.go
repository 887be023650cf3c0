// Command bench reproduces issue 12's table: it builds breakeven (static, CGO_ENABLED=0, and as
// go build makes it by default) and a hello-world binary,
// writes the workload files the batch measures read, times each command as a process (the
// median of several runs, interleaved with its floor's) with its peak resident memory, runs the
// Go benchmarks named in the table, and prints one row a measure: the figure, its floor, the
// ratio and the budget, and whether the budget holds. Run it with scripts/bench.sh.
//
// A Go benchmark's budget is read from its doc comment, the last "Budget (...): at most N ms"
// (or "under N ms", "within N ms"; "at most Nx" for a ratio), so that the table and the code
// cannot disagree; a comment naming "floor: BenchmarkOther" makes that benchmark its floor.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

func main() {
	if len(os.Args) == 3 && os.Args[1] == floorCommand {
		if err := readAndDecode(os.Args[2]); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		return
	}
	runs := flag.Int("runs", 5, "runs of each command (the median is shown); start-up runs 10 times as many")
	quick := flag.Bool("quick", false, "leave out the 10,000 files and the slowest compare")
	count := flag.Int("count", 5, "-count of the Go benchmarks (the median is shown)")
	keep := flag.Bool("keep", false, "keep the scratch directory of binaries and generated files")
	flag.Parse()
	if err := run(*runs, *count, *quick, *keep); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(runs, count int, quick, keep bool) error {
	dir, err := os.MkdirTemp("", "breakeven-bench-")
	if err != nil {
		return err
	}
	if keep {
		fmt.Fprintln(os.Stderr, "bench: scratch directory", dir)
	} else {
		defer os.RemoveAll(dir)
	}
	in, err := prepare(dir, quick)
	if err != nil {
		return err
	}
	fmt.Printf("breakeven %s, %s, GOMAXPROCS %d, %s; each command the median of %d runs (start-up %d), Go benchmarks of -count %d.\n\n",
		in.revision, runtime.Version(), runtime.GOMAXPROCS(0), time.Now().UTC().Format("2006-01-02 15:04 UTC"), runs, 10*runs, count)
	fmt.Println("| measure | now | floor | ratio | budget | holds |")
	fmt.Println("|---|---|---|---|---|---|")
	for _, m := range measures(in, quick) {
		r := m.time(runs)
		fmt.Println(r.line())
	}
	rows, err := goBenchmarks(count)
	if err != nil {
		return err
	}
	for _, r := range rows {
		fmt.Println(r.line())
	}
	return nil
}

// inputs are the binaries and files the measures run.
type inputs struct {
	// breakeven is built with CGO_ENABLED=0, statically linked; breakevenCgo as go build and
	// go install do by default where a C compiler is found, dynamically linked because a
	// terminal library's os/user uses cgo.
	breakeven, breakevenCgo, hello string
	self                           string // this command, for the floor of the batch measures
	one                            string // a small workload file
	diurnalAPI                     string
	everything                     string
	files1k                        string // directories of generated workload files
	files10k                       string
	revision                       string
}

// measures are the rows of issue 12's table that time commands.
func measures(in inputs, quick bool) []measure {
	be := in.breakeven
	price := func(args ...string) []string { return append([]string{be, "price"}, args...) }
	list := []measure{
		{name: "`compare` on a diurnal API at 1,200 rps (Fargate + EC2 sized, savings plan, EBS, logs)",
			cmd: []string{be, "compare", in.diurnalAPI}, floorName: "`price` of it", floor: price(in.diurnalAPI), maxRatio: 100, maxSeconds: 1},
	}
	if !quick {
		list = append(list, measure{name: "`compare` on a diurnal + burst + flow + schedules workload",
			cmd: []string{be, "compare", in.everything}, floorName: "`price` of it", floor: price(in.everything), maxRatio: 100, maxSeconds: 1})
	}
	list = append(list,
		measure{name: "`compare` on the built-in examples", cmd: []string{be, "compare"}, floorName: "`price` of them", floor: price(), maxRatio: 100},
		measure{name: "`price --format json` of 1,000 files", cmd: price("--format", "json", in.files1k),
			floorName: "reading and YAML-decoding them", floor: []string{in.self, floorCommand, in.files1k}, maxRatio: 3},
		measure{name: "`price --format table` of 1,000 files", cmd: price("--format", "table", in.files1k),
			floorName: "reading and YAML-decoding them", floor: []string{in.self, floorCommand, in.files1k}, maxRatio: 3},
	)
	if !quick {
		for _, f := range []string{"json", "table"} {
			list = append(list, measure{name: "`price --format " + f + "` of 10,000 files", cmd: price("--format", f, in.files10k),
				floorName: "reading and YAML-decoding them", floor: []string{in.self, floorCommand, in.files10k}, maxRSSMB: 200})
		}
	}
	return append(list,
		measure{name: "`breakeven price one.yaml` (start-up; CGO_ENABLED=0, static)", cmd: price(in.one),
			floorName: "a hello-world Go binary", floor: []string{in.hello}, maxRatio: 3, runsFactor: 10},
		measure{name: "`breakeven price one.yaml` (start-up; default build, linked to libc for os/user)", cmd: []string{in.breakevenCgo, "price", in.one},
			floorName: "a hello-world Go binary", floor: []string{in.hello}, maxRatio: 3, runsFactor: 10})
}

// scratch returns the path of name in dir.
func scratch(dir, name string) string { return filepath.Join(dir, name) }
