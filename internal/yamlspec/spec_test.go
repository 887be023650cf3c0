package yamlspec

import (
	"strings"
	"testing"
)

// testSpec exercises every kind and rule; it is shaped like a small workload file with a
// price table.
var testSpec = &Spec{Kind: Object, Doc: "A test document.", Fields: []Field{
	{Key: "name", Required: true, Spec: &Spec{Kind: String, Doc: "The name.",
		Pattern: `^[a-z][a-z0-9-]*$`, PatternDoc: "lowercase letters, digits and dashes"}},
	{Key: "traffic", Required: true, Spec: &Spec{Kind: Object, Doc: "How much.",
		ExactlyOne: []string{"requests_per_month", "requests_per_second"},
		Fields: []Field{
			{Key: "requests_per_month", Spec: &Spec{Kind: Int, Doc: "Requests a month.", Min: "0"}},
			{Key: "requests_per_second", Spec: &Spec{Kind: Decimal, Doc: "Requests a second.", Min: "0", MaxPlaces: 3}},
		}}},
	{Key: "lambda", Spec: &Spec{Kind: Object, Doc: "Lambda settings.", Fields: []Field{
		{Key: "memory_mb", Default: "128", Spec: &Spec{Kind: Int, Doc: "Memory.", Min: "128", Max: "10240"}},
		{Key: "architecture", Default: "x86_64", Spec: &Spec{Kind: String, Doc: "CPU.", Enum: []string{"x86_64", "arm64"}}},
		{Key: "free_tier", Default: "false", Spec: &Spec{Kind: Bool, Doc: "Free tier."}},
		{Key: "duration_ms", Spec: &Spec{Kind: Decimal, Doc: "Duration.", Min: "0", ExclusiveMin: true, Max: "86400000", MaxPlaces: 3}},
	}}},
	{Key: "ec2", Spec: &Spec{Kind: Object, Doc: "EC2 settings.", Fields: []Field{
		{Key: "purchase", Default: "on-demand", Spec: &Spec{Kind: String, Doc: "How bought.", Enum: []string{"on-demand", "spot"}}},
		{Key: "spot_discount_percent", When: &When{Key: "purchase", Value: "spot"},
			Spec: &Spec{Kind: Decimal, Doc: "Spot discount.", Min: "0", Max: "100"}},
	}}},
	{Key: "regions", Spec: &Spec{Kind: Map, Doc: "Rates by region.",
		KeyPattern: `^[a-z]{2}(-[a-z]+)+-\d$`, KeyDoc: "an AWS region code such as us-east-1",
		Elem: &Spec{Kind: Map, Doc: "Rates.", Elem: &Spec{Kind: Decimal, Doc: "A rate.", Min: "0"}}}},
	{Key: "tiers", Spec: &Spec{Kind: List, Doc: "Price tiers.", Elem: &Spec{Kind: Object, Doc: "A tier.", Fields: []Field{
		{Key: "up_to", Spec: &Spec{Kind: Int, Doc: "Upper bound.", Min: "1"}},
		{Key: "price", Required: true, Spec: &Spec{Kind: Decimal, Doc: "Price.", Min: "0"}},
	}}}},
}}

func TestCheckAcceptsTestSpec(t *testing.T) {
	if err := testSpec.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestCheckFindsTableMistakes(t *testing.T) {
	bad := &Spec{Kind: Object, ExactlyOne: []string{"nope"}, Fields: []Field{
		{Key: "a", Spec: &Spec{Kind: String, Pattern: "("}},
		{Key: "a", Spec: &Spec{Kind: Int, Min: "1.5"}},
		{Key: "b", Spec: &Spec{Kind: Int, Min: "1", Max: "3"}, Default: "7"},
		{Key: "c", Spec: &Spec{Kind: String, Enum: []string{"x"}}, Default: "y"},
		{Key: "d", Spec: &Spec{Kind: Bool}, When: &When{Key: "zz", Value: "1"}},
		{Key: "e", Spec: &Spec{Kind: Decimal, Max: "1e3"}},
		{Key: "f", Spec: &Spec{Kind: List}},
		{Key: "g", Spec: &Spec{Kind: String, MaxLength: 8}},
	}}
	err := bad.Check()
	if err == nil {
		t.Fatal("Check accepted a bad table")
	}
	for _, want := range []string{
		`a: pattern "("`,
		`a: Pattern without PatternDoc`,
		`key "a" declared twice`,
		`bound "1.5" of an int is not a whole number`,
		`default of "b": 7 is above the maximum of 3`,
		`default of "c": "y" is not one of x`,
		`"d" depends on unknown key "zz"`,
		`bound "1e3" is not a decimal string`,
		`f[]: nil spec`,
		`ExactlyOne names unknown key "nope"`,
		`g: MaxLength 8 without a Pattern`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Check error lacks %q:\n%v", want, err)
		}
	}
}

func TestCheckText(t *testing.T) {
	name := testSpec.Field("name").Spec
	for text, want := range map[string]string{
		"mobile-backend": "",
		"Mobile Backend": `"Mobile Backend" is not valid; expected lowercase letters, digits and dashes`,
		"a: b":           `"a: b" is not valid; expected lowercase letters, digits and dashes`,
		"#x":             `"#x" is not valid; expected lowercase letters, digits and dashes`,
	} {
		got := ""
		if err := name.CheckText(text); err != nil {
			got = err.Error()
		}
		if got != want {
			t.Errorf("CheckText(%q) = %q, want %q", text, got, want)
		}
	}
	mem := testSpec.Field("lambda").Spec.Field("memory_mb").Spec
	if err := mem.CheckText("512"); err != nil {
		t.Errorf("CheckText(512) = %v", err)
	}
	if err := mem.CheckText("1e3"); err == nil || !strings.Contains(err.Error(), "plain decimal digits") {
		t.Errorf("CheckText(1e3) = %v", err)
	}
}

func TestSuggest(t *testing.T) {
	keys := []string{"requests_per_month", "requests_per_second", "memory_mb", "duration_ms", "name", "vcpu"}
	for word, want := range map[string]string{
		"requets_per_month":      "requests_per_month",
		"request_per_second":     "requests_per_second",
		"Name":                   "name",
		"nmae":                   "name",
		"memory":                 "memory_mb",
		"duration":               "duration_ms",
		"vcp":                    "vcpu",
		"zzz":                    "",
		"colour":                 "",
		"":                       "",
		strings.Repeat("a", 100): "",
	} {
		got, ok := Suggest(word, keys)
		if ok != (want != "") || got != want {
			t.Errorf("Suggest(%q) = %q, %v; want %q", word, got, ok, want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{{"", "", 0}, {"a", "", 1}, {"kitten", "sitting", 3}, {"requets", "requests", 1}, {"héllo", "hello", 1}} {
		if got := editDistance(c.a, c.b); got != c.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

// TestMaxLength: a String longer than its MaxLength, in characters, is refused as one its
// pattern does not match, and the schema says the length.
func TestMaxLength(t *testing.T) {
	s := &Spec{Kind: String, Doc: "A word.", Pattern: `^.*$`, PatternDoc: "at most three characters", MaxLength: 3}
	for text, want := range map[string]string{
		"abc":  "",
		"ééé":  "", // three characters, six bytes
		"abcd": `"abcd" is not valid; expected at most three characters`,
		"éééé": `"éééé" is not valid; expected at most three characters`,
	} {
		got := ""
		if err := s.CheckText(text); err != nil {
			got = err.Error()
		}
		if got != want {
			t.Errorf("CheckText(%q) = %q, want %q", text, got, want)
		}
	}
	if schema := string(Schema(s, "id", "title")); !strings.Contains(schema, `"maxLength": 3`) {
		t.Errorf("the schema leaves the length out:\n%s", schema)
	}
}
