package spool

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestSpoolKeepsTheOrder: what is added comes out the same, in order, whether it stays in
// memory, goes to the file from the first text or moves there midway; the file is gone
// after Close.
func TestSpoolKeepsTheOrder(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	var parts []string
	for i := range 200 {
		parts = append(parts, strings.Repeat(string(rune('a'+i%26)), i))
	}
	want := strings.Join(parts, "")
	for _, limit := range []int{1 << 30, 0, len(want) / 2} {
		s := New(limit)
		for _, p := range parts {
			if err := s.WriteString(p); err != nil {
				t.Fatal(err)
			}
		}
		if s.Spilled() != (limit < 1<<30) {
			t.Errorf("limit %d: spilled %v", limit, s.Spilled())
		}
		var out bytes.Buffer
		if err := s.WriteOut(&out); err != nil {
			t.Fatal(err)
		}
		if out.String() != want {
			t.Errorf("limit %d: %d bytes out, want the %d added in order", limit, out.Len(), len(want))
		}
		s.Close()
		if left, _ := os.ReadDir(tmp); len(left) > 0 {
			t.Errorf("limit %d: %s left behind", limit, left[0].Name())
		}
	}
}
