package workloads

import (
	"regexp"
	"strings"
	"testing"
)

// countedNamePattern is the name rule as one pattern, the length counted in it: the rule
// namePattern and nameMaxLength state together.
var countedNamePattern = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$`)

// TestNameRuleIsTheCountedPattern: the names Parse takes are exactly those the counted
// pattern matches, at every length from 0 to 70 and with each kind of character at each
// end, and a name refused says the rule.
func TestNameRuleIsTheCountedPattern(t *testing.T) {
	var names []string
	for n := range 71 {
		for _, fill := range []string{"a", "7", "-", "A", "é", "_"} {
			body := strings.Repeat(fill, n)
			names = append(names, body, "a"+body, body+"a", "a"+body+"a")
		}
	}
	for _, name := range names {
		_, err := Parse("w.yaml", []byte(strings.Replace(minimal, "fast-api", `"`+name+`"`, 1)))
		want := countedNamePattern.MatchString(name)
		if got := err == nil; got != want {
			t.Errorf("name %q (%d characters): taken %v, want %v (%v)", name, len([]rune(name)), got, want, err)
		}
		if err != nil && !strings.Contains(err.Error(), "is not valid; expected a name of lowercase letters, digits and dashes (at most 63") {
			t.Errorf("name %q refused as %v", name, err)
		}
	}
}
