package tui

import (
	"math"
	"strconv"
	"testing"
)

// TestPaletteReadsOnDarkAndLight: the palette holds a colour for each of seven platforms;
// each has a contrast of at least 2:1 against black and against white (WCAG 2's ratio of
// relative luminances, (L1 + 0.05) / (L2 + 0.05)), and any two are at least 80 apart in RGB
// (of 441 between black and white), so that no two platforms look alike. By hand, Lambda's
// #FF9900: R 1.0, G 0.6 gives linear 1.0 and 0.318, L = 0.2126 + 0.7152 x 0.318 = 0.440;
// against white 1.05 / 0.490 = 2.14, against black 0.490 / 0.05 = 9.8.
func TestPaletteReadsOnDarkAndLight(t *testing.T) {
	if len(paletteColours) < 7 {
		t.Fatalf("%d colours, want one for each of 7 platforms", len(paletteColours))
	}
	if got := luminance(rgb(t, "#FF9900")); math.Abs(got-0.440) > 0.001 {
		t.Errorf("luminance of #FF9900 = %.4f, want 0.440 (worked by hand)", got)
	}
	for i, hex := range paletteColours {
		l := luminance(rgb(t, hex))
		onWhite, onBlack := 1.05/(l+0.05), (l+0.05)/0.05
		if onWhite < 2 || onBlack < 2 {
			t.Errorf("%s: contrast %.2f on white, %.2f on black; want 2 or more on both", hex, onWhite, onBlack)
		}
		for _, other := range paletteColours[:i] {
			a, b := rgb(t, hex), rgb(t, other)
			if d := math.Sqrt(sq(a[0]-b[0]) + sq(a[1]-b[1]) + sq(a[2]-b[2])); d < 80 {
				t.Errorf("%s and %s are %.0f apart, want 80 or more", hex, other, d)
			}
		}
	}
}

func sq(v float64) float64 { return v * v }

// rgb is a #RRGGBB colour's channels, 0 to 255.
func rgb(t *testing.T, hex string) [3]float64 {
	t.Helper()
	var out [3]float64
	for i := range out {
		v, err := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		if err != nil {
			t.Fatalf("%s: %v", hex, err)
		}
		out[i] = float64(v)
	}
	return out
}

// luminance is WCAG 2's relative luminance of an sRGB colour.
func luminance(c [3]float64) float64 {
	lin := func(v float64) float64 {
		v /= 255
		if v <= 0.03928 {
			return v / 12.92
		}
		return math.Pow((v+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c[0]) + 0.7152*lin(c[1]) + 0.0722*lin(c[2])
}
