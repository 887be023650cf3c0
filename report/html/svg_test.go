package html

import "testing"

// Marks' labels take the first row where they overlap no other: two labels at nearly the same
// place go one above the other, a third clear of the first goes back to the first row.
func TestLabelRowsKeepLabelsApart(t *testing.T) {
	var rows labelRows
	if got := rows.place(100, 130); got != 0 {
		t.Errorf("first label on row %d, want 0", got)
	}
	if got := rows.place(110, 140); got != 1 {
		t.Errorf("an overlapping label on row %d, want 1", got)
	}
	if got := rows.place(200, 230); got != 0 {
		t.Errorf("a label clear of the first on row %d, want 0", got)
	}
}

// Coordinates are written to a tenth, the same float always the same text, without "-0" or a
// trailing ".0".
func TestCoord(t *testing.T) {
	for v, want := range map[float64]string{12: "12", 12.34: "12.3", -0.01: "0", 407.05: "407.1"} {
		if got := coord(v); got != want {
			t.Errorf("coord(%v) = %q, want %q", v, got, want)
		}
	}
}
