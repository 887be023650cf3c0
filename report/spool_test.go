package report

import (
	"bytes"
	"os"
	"testing"

	"github.com/breakeven/breakeven/internal/spool"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
)

// TestSpoolKeepsTheBytes: the table and markdown of the built-in examples, three times over,
// are the same bytes whether their details wait in memory, go to a temporary file from the
// first workload, or move there midway; and the file is gone after Close.
func TestSpoolKeepsTheBytes(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	examples := workloads.Examples()
	res := model.Price(append(append(examples, examples...), examples...), cat, model.Options{})
	for _, f := range []Format{Table, Markdown} {
		var want []byte
		for _, limit := range []int{1 << 40, 0, 30_000} {
			var out bytes.Buffer
			sw, err := NewWriter(&out, f, res)
			if err != nil {
				t.Fatal(err)
			}
			sw.details = spool.New(limit)
			for _, r := range res.Workloads {
				part, err := Render(f, r, res.MonthHours)
				if err != nil {
					t.Fatal(err)
				}
				if err := sw.Add(part); err != nil {
					t.Fatal(err)
				}
			}
			if spilled := sw.details.Spilled(); spilled != (limit < 1<<40) {
				t.Errorf("%s, limit %d: in a file %v", f, limit, spilled)
			}
			if err := sw.Close(res.Portfolio); err != nil {
				t.Fatal(err)
			}
			if left, _ := os.ReadDir(tmp); len(left) > 0 {
				t.Errorf("%s, limit %d: %s left behind", f, limit, left[0].Name())
			}
			if want == nil {
				want = out.Bytes()
			} else if !bytes.Equal(out.Bytes(), want) {
				t.Errorf("%s, limit %d: differs from the details kept in memory at byte %d", f, limit, firstDifference(out.Bytes(), want))
			}
		}
	}
}
