package yamlspec

import "testing"

// TestPlainNumbersAsTheirPatterns checks isPlainInt and isPlainDecimal accept exactly what
// the patterns the schema publishes (plainInt, plainDecimal) match.
func TestPlainNumbersAsTheirPatterns(t *testing.T) {
	for _, text := range []string{
		"", "0", "7", "-7", "+7", "+-7", "-+7", "--7", "++7", "+", "-", ".", "+.", "-.",
		"12.", "12.5", ".5", "-.5", "+.5", "1.2.3", "1..2", "..5", "1e6", "1E-3", "0x10",
		"1_000", ".inf", "-.inf", ".nan", "١٢", " 1", "1 ", "1\n", "00012", "-0.000", "1,5",
		"9223372036854775808", "+0.", "a1", "1a",
	} {
		if got, want := isPlainInt(text), plainInt().MatchString(text); got != want {
			t.Errorf("isPlainInt(%q) = %v, plainInt matches: %v", text, got, want)
		}
		if got, want := isPlainDecimal(text), plainDecimal().MatchString(text); got != want {
			t.Errorf("isPlainDecimal(%q) = %v, plainDecimal matches: %v", text, got, want)
		}
	}
}

// FuzzPlainNumbers checks isPlainInt and isPlainDecimal against their patterns on any text.
func FuzzPlainNumbers(f *testing.F) {
	for _, seed := range []string{"12", "-1.5", ".25", "3.", "+-1", "1e6"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if isPlainInt(text) != plainInt().MatchString(text) || isPlainDecimal(text) != plainDecimal().MatchString(text) {
			t.Errorf("%q: isPlainInt %v, isPlainDecimal %v, patterns %v, %v", text,
				isPlainInt(text), isPlainDecimal(text), plainInt().MatchString(text), plainDecimal().MatchString(text))
		}
	})
}
