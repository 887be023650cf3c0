package cli

import (
	"bytes"
	"errors"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/report"
	"github.com/breakeven/breakeven/workloads"
)

// TestPriceStreamsTheWholeSetsBytes: price of 300 files, priced on every core and written as
// each is priced, gives in every format the bytes of the set priced whole by model.Price (with
// each flow's steps worth merging, analysis.WithMerges) and written by report.Write; and the
// months-ahead projection streams the same way.
func TestPriceStreamsTheWholeSetsBytes(t *testing.T) {
	dir := batchDir(t, 300)
	cat, err := loadCatalog(nil)
	if err != nil {
		t.Fatal(err)
	}
	set, err := workloads.LoadPathsKnown([]string{dir}, knownOf(cat))
	if err != nil {
		t.Fatal(err)
	}
	for _, ahead := range []int64{0, 3} {
		res := model.Price(set, cat, model.Options{MonthsAhead: ahead})
		for i, r := range res.Workloads {
			res.Workloads[i] = analysis.WithMerges(r, cat, res.Month)
		}
		for _, f := range report.Formats {
			var want bytes.Buffer
			if err := report.Write(&want, res, f); err != nil {
				t.Fatal(err)
			}
			got := runOK(t, "price", "--format", string(f), "--months-ahead", strconv.FormatInt(ahead, 10), dir)
			if !bytes.Equal(got, want.Bytes()) {
				t.Errorf("%s, %d months ahead: the streamed output differs from the whole set's (%d bytes, want %d)", f, ahead, len(got), want.Len())
			}
		}
	}
}

// TestPriceIsTheSameOnAnyNumberOfCores: price of 1,000 files, every format, gives the same
// bytes priced on one core and on four (the table's and markdown's details then pass through
// the temporary file of their spool): no file lost, none out of its place.
func TestPriceIsTheSameOnAnyNumberOfCores(t *testing.T) {
	if testing.Short() {
		t.Skip("prices 1,000 files eight times")
	}
	dir := batchDir(t, 1000)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, f := range report.Formats {
		runtime.GOMAXPROCS(1)
		one := runOK(t, "price", "--format", string(f), dir)
		runtime.GOMAXPROCS(4)
		if four := runOK(t, "price", "--format", string(f), dir); !bytes.Equal(four, one) {
			t.Errorf("%s: on four cores %d bytes, on one %d", f, len(four), len(one))
		}
	}
}

// TestInOrderKeepsTheOrder: results come out in the order of their indexes however the
// workers finish, an error from emit stops the work and is returned, and a panic in work is
// raised again on the caller's goroutine.
func TestInOrderKeepsTheOrder(t *testing.T) {
	var got []int
	slow := func(i int) int {
		time.Sleep(time.Duration(i%5) * 100 * time.Microsecond) // finish out of order
		return i * i
	}
	err := inOrder(500, 4, slow, func(i, r int) error {
		if r != i*i {
			t.Errorf("result %d for %d", r, i)
		}
		got = append(got, i)
		return nil
	})
	if err != nil || len(got) != 500 {
		t.Fatalf("%d results, %v", len(got), err)
	}
	for i, n := range got {
		if n != i {
			t.Fatalf("result %d came out at %d", n, i)
		}
	}

	stop := errors.New("stop")
	emitted := 0
	err = inOrder(10000, 2, func(i int) int { return i }, func(i, _ int) error {
		emitted++
		if i == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || emitted != 11 {
		t.Errorf("after emit failed: %d emitted, %v", emitted, err)
	}

	defer func() {
		if r := recover(); r != "bug 3" {
			t.Errorf("recovered %v, want the worker's panic", r)
		}
	}()
	_ = inOrder(10, 2, func(i int) int {
		if i == 3 {
			panic("bug 3")
		}
		return i
	}, func(int, int) error { return nil })
	t.Error("inOrder returned after a panic in work")
}
