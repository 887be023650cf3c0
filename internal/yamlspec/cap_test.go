package yamlspec

import (
	"fmt"
	"strings"
	"testing"
)

// manyBadTiers is a document with n tiers, each with one problem (up_to below 1, at line
// 4 + i, column 13), and no name: a problem at 1:1 found only after all of them.
func manyBadTiers(n int) string {
	return "traffic:\n  requests_per_month: 5\ntiers:\n" + strings.Repeat("  - {up_to: 0, price: 1}\n", n)
}

// Of 3,001 problems, the first 50 by position are listed (the missing name at 1:1, found
// last, among them) and the other 2,951 counted on one line.
func TestDecodeListsTheFirstProblems(t *testing.T) {
	_, list := Decode("t.yaml", []byte(manyBadTiers(3000)), testSpec)
	if len(list) != MaxProblemsPerFile+1 || list.Count() != 3001 {
		t.Fatalf("%d listed, %d counted; want %d listed and 3001 counted", len(list), list.Count(), MaxProblemsPerFile+1)
	}
	if got := list[0].Error(); got != `t.yaml:1:1: missing required key "name"` {
		t.Errorf("first: %s", got)
	}
	for i, e := range list[1:MaxProblemsPerFile] {
		want := fmt.Sprintf("t.yaml:%d:13: tiers[%d].up_to: 0 is below the minimum of 1", 4+i, i)
		if e.Error() != want {
			t.Fatalf("problem %d: %s, want %s", i+2, e.Error(), want)
		}
	}
	if got := list[MaxProblemsPerFile].Error(); got != "t.yaml: 2951 more problems not listed (only the first 50 of a file are)" {
		t.Errorf("last line: %s", got)
	}
}

// Unknown keys past the cap are counted, not suggested for.
func TestDecodeCountsUnknownKeysPastTheCap(t *testing.T) {
	var b strings.Builder
	b.WriteString(okHead)
	for i := range 1000 {
		fmt.Fprintf(&b, "nmae%d: x\n", i)
	}
	_, list := Decode("t.yaml", []byte(b.String()), testSpec)
	if list.Count() != 1000 || len(list) != MaxProblemsPerFile+1 || list[len(list)-1].More != 950 {
		t.Fatalf("%d listed, %d counted", len(list), list.Count())
	}
	if got := list[0].Error(); got != `t.yaml:4:1: unknown key "nmae0" (did you mean "name"?)` {
		t.Errorf("first: %s", got)
	}
}

// Capped keeps each file's first problems and counts the rest, merging a count already
// there; every file keeps a listing.
func TestCapped(t *testing.T) {
	var l ErrorList
	for i := range 60 {
		l = append(l, Error{File: "a.yaml", Line: i + 1, Column: 1, Message: "bad"})
	}
	l = append(l, Error{File: "a.yaml", More: 7})
	l = append(l, Error{File: "b.yaml", Line: 3, Column: 2, Message: "also bad"})
	for i := range 55 {
		l = append(l, Error{File: "c.yaml", Line: i + 1, Column: 4, Message: "worse"})
	}
	l.Sort()
	got := l.Capped()
	if got.Count() != l.Count() || got.Count() != 60+7+1+55 {
		t.Errorf("counted %d, want %d", got.Count(), l.Count())
	}
	var lines []string
	for _, e := range got {
		if e.More > 0 {
			lines = append(lines, e.Error())
		}
	}
	want := []string{
		"a.yaml: 17 more problems not listed (only the first 50 of a file are)",
		"c.yaml: 5 more problems not listed (only the first 50 of a file are)",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("counts:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if len(got) != 50+1+1+50+1 || got[50].More != 17 || got[51].File != "b.yaml" || got[52].Line != 1 || got[101].Line != 50 {
		t.Errorf("listing: %d lines\n%s", len(got), got.Error())
	}
	// Capping again changes nothing.
	if again := got.Capped(); again.Error() != got.Error() {
		t.Errorf("capped twice:\n%s", again.Error())
	}
}

// Sort puts a file's count after its problems, whatever their order.
func TestSortPutsTheCountLast(t *testing.T) {
	l := ErrorList{{File: "a", More: 3}, {File: "a", Line: 9, Column: 1}, {File: "b", Line: 1}, {File: "a", Line: 2, Column: 5}}
	l.Sort()
	if l[0].Line != 2 || l[1].Line != 9 || l[2].More != 3 || l[3].File != "b" {
		t.Errorf("sorted: %+v", l)
	}
}

// BenchmarkDecodeManyProblems decodes 100,000 bad values: the cost is reading them; only
// the first 50 problems are kept and formatted.
func BenchmarkDecodeManyProblems(b *testing.B) {
	data := []byte(manyBadTiers(100000))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, list := Decode("t.yaml", data, testSpec); list.Count() != 100001 {
			b.Fatal(list.Count())
		}
	}
}
