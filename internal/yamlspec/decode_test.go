package yamlspec

import (
	"strconv"
	"strings"
	"testing"
)

// errs decodes src as t.yaml against testSpec and returns its problems, one a line.
func errs(src string) string {
	_, list := Decode("t.yaml", []byte(src), testSpec)
	return list.Error()
}

const okHead = "name: api\ntraffic:\n  requests_per_month: 5\n"

func TestDecodeErrors(t *testing.T) {
	for _, c := range []struct {
		name, src, want string
	}{
		{"valid", okHead, ""},
		{"empty file", "", `t.yaml:1:1: the file is empty; expected a mapping`},
		{"only comments", "# nothing\n\n", `t.yaml:1:1: the file is empty; expected a mapping`},
		{"null document", "---\n~\n", `t.yaml:2:1: the file has no content; expected a mapping`},
		{"not a mapping", "- a\n- b\n", `t.yaml:1:1: expected a mapping, found a list`},
		{"scalar document", "hello\n", `t.yaml:1:1: expected a mapping, found "hello"`},
		{"syntax error", "name: [a,\n", `t.yaml:1:7: invalid YAML: did not find expected node content (the [ that starts here is not closed)`},
		{"tab indentation", "name: a\ntraffic:\n\trequests_per_month: 5\n",
			`t.yaml:3:1: invalid YAML: found character that cannot start any token (a tab; YAML indents with spaces)`},
		{"two documents", okHead + "---\nname: b\n", `t.yaml:4:1: only one YAML document is allowed in a file`},
		{"unknown key with suggestion", "name: api\ntraffic:\n  requets_per_month: 5\n",
			`t.yaml:2:1: traffic: give one of requests_per_month or requests_per_second` + "\n" +
				`t.yaml:3:3: traffic: unknown key "requets_per_month" (did you mean "requests_per_month"?)`},
		{"unknown top-level key", okHead + "nmae: x\n", `t.yaml:4:1: unknown key "nmae" (did you mean "name"?)`},
		{"unknown key listing valid keys", okHead + "colour: red\n",
			`t.yaml:4:1: unknown key "colour"; valid keys are name, traffic, lambda, ec2, regions, tiers`},
		{"duplicate key", okHead + "name: b\n", `t.yaml:4:1: duplicate key "name" (first given at line 1)`},
		{"missing required", "traffic:\n  requests_per_month: 5\n", `t.yaml:1:1: missing required key "name"`},
		{"missing required in list item", okHead + "tiers:\n  - up_to: 5\n",
			`t.yaml:5:5: tiers[0]: missing required key "price"`},
		{"exactly one: both", "name: api\ntraffic:\n  requests_per_month: 5\n  requests_per_second: 1\n",
			`t.yaml:2:1: traffic: requests_per_month and requests_per_second are both given; give exactly one`},
		{"exactly one: empty section", "name: api\ntraffic:\n",
			`t.yaml:2:1: traffic: give one of requests_per_month or requests_per_second`},
		{"wrong type: word for int", okHead + "lambda:\n  memory_mb: lots\n",
			`t.yaml:5:14: lambda.memory_mb: "lots" is not a whole number; expected an integer from 128 to 10240`},
		{"wrong type: quoted number", okHead + "lambda:\n  memory_mb: \"512\"\n",
			`t.yaml:5:14: lambda.memory_mb: "512" is text, not a whole number; expected an integer from 128 to 10240 (remove the quotes)`},
		{"wrong type: fraction for int", okHead + "lambda:\n  memory_mb: 512.5\n",
			`t.yaml:5:14: lambda.memory_mb: 512.5 is not a whole number; expected an integer from 128 to 10240`},
		{"wrong type: exponent", "name: api\ntraffic:\n  requests_per_month: 1e6\n",
			`t.yaml:3:23: traffic.requests_per_month: 1e6 is not written in plain decimal digits; expected an integer of at least 0 (write 1000000)`},
		{"wrong type: hex", okHead + "lambda:\n  memory_mb: 0x10\n",
			`t.yaml:5:14: lambda.memory_mb: 0x10 is not written in plain decimal digits; expected an integer from 128 to 10240`},
		{"wrong type: underscores", okHead + "lambda:\n  memory_mb: 1_024\n",
			`t.yaml:5:14: lambda.memory_mb: 1_024 is not written in plain decimal digits; expected an integer from 128 to 10240`},
		{"wrong type: inf", okHead + "lambda:\n  duration_ms: .inf\n",
			`t.yaml:5:16: lambda.duration_ms: .inf is not written in plain decimal digits; expected a number greater than 0 and at most 86400000, with at most 3 decimal places`},
		{"wrong type: leading zero", okHead + "lambda:\n  memory_mb: 0512\n",
			`t.yaml:5:14: lambda.memory_mb: 0512 has a leading zero, which some YAML readers take for octal; write 512`},
		{"wrong type: bool for int", okHead + "lambda:\n  memory_mb: true\n",
			`t.yaml:5:14: lambda.memory_mb: true is not a whole number; expected an integer from 128 to 10240`},
		{"wrong type: mapping for int", okHead + "lambda:\n  memory_mb:\n    a: 1\n",
			`t.yaml:6:5: lambda.memory_mb: expected an integer from 128 to 10240, found a mapping`},
		{"wrong type: list for section", okHead + "lambda: [1]\n", `t.yaml:4:1: lambda: expected a mapping, found a list`},
		{"wrong type: scalar for list", okHead + "tiers: 5\n", `t.yaml:4:1: tiers: expected a list, found 5`},
		{"no value", okHead + "lambda:\n  memory_mb:\n", `t.yaml:5:13: lambda.memory_mb: no value; expected an integer from 128 to 10240`},
		{"overflow", "name: api\ntraffic:\n  requests_per_month: 99999999999999999999\n",
			`t.yaml:3:23: traffic.requests_per_month: 99999999999999999999 is too large; expected an integer of at least 0`},
		{"below minimum", okHead + "lambda:\n  memory_mb: 64\n", `t.yaml:5:14: lambda.memory_mb: 64 is below the minimum of 128`},
		{"above maximum", okHead + "lambda:\n  memory_mb: 20000\n", `t.yaml:5:14: lambda.memory_mb: 20000 is above the maximum of 10240`},
		{"negative", "name: api\ntraffic:\n  requests_per_month: -1\n",
			`t.yaml:3:23: traffic.requests_per_month: -1 is below the minimum of 0`},
		{"exclusive minimum", okHead + "lambda:\n  duration_ms: 0\n",
			`t.yaml:5:16: lambda.duration_ms: 0 is not greater than 0; expected a number greater than 0 and at most 86400000, with at most 3 decimal places`},
		{"too many places", okHead + "lambda:\n  duration_ms: 1.2345\n",
			`t.yaml:5:16: lambda.duration_ms: 1.2345 has 4 decimal places; at most 3 are allowed`},
		{"trailing zeros are not places", okHead + "lambda:\n  duration_ms: 1.2340000\n", ""},
		{"enum with suggestion", okHead + "lambda:\n  architecture: arm\n",
			`t.yaml:5:17: lambda.architecture: "arm" is not one of x86_64, arm64 (did you mean "arm64"?)`},
		{"enum without suggestion", okHead + "lambda:\n  architecture: sparc\n",
			`t.yaml:5:17: lambda.architecture: "sparc" is not one of x86_64, arm64`},
		{"pattern", "name: My API\ntraffic:\n  requests_per_month: 5\n",
			`t.yaml:1:7: name: "My API" is not valid; expected lowercase letters, digits and dashes`},
		{"bool", okHead + "lambda:\n  free_tier: yes\n", `t.yaml:5:14: lambda.free_tier: "yes" is not true or false`},
		{"quoted bool", okHead + "lambda:\n  free_tier: \"true\"\n",
			`t.yaml:5:14: lambda.free_tier: "true" is text, not true or false (remove the quotes)`},
		{"conditional missing", okHead + "ec2:\n  purchase: spot\n",
			`t.yaml:4:1: ec2: missing required key "spot_discount_percent" (required when purchase is spot)`},
		{"conditional forbidden by default", okHead + "ec2:\n  spot_discount_percent: 60\n",
			`t.yaml:5:26: ec2.spot_discount_percent: allowed only when purchase is spot (purchase is on-demand, the default)`},
		{"conditional forbidden", okHead + "ec2:\n  purchase: on-demand\n  spot_discount_percent: 60\n",
			`t.yaml:6:26: ec2.spot_discount_percent: allowed only when purchase is spot (purchase is on-demand)`},
		{"conditional given", okHead + "ec2:\n  purchase: spot\n  spot_discount_percent: 60\n", ""},
		{"conditional with bad sibling is not guessed", okHead + "ec2:\n  purchase: spott\n  spot_discount_percent: 60\n",
			`t.yaml:5:13: ec2.purchase: "spott" is not one of on-demand, spot (did you mean "spot"?)`},
		{"map key pattern", okHead + "regions:\n  US-East-1:\n    a: 1\n",
			`t.yaml:5:3: regions: key "US-East-1" is not valid; expected an AWS region code such as us-east-1`},
		{"map value", okHead + "regions:\n  us-east-1:\n    lambda.requests: -0.2\n",
			`t.yaml:6:22: regions.us-east-1.lambda.requests: -0.2 is below the minimum of 0`},
		{"list item", okHead + "tiers:\n  - {up_to: 0, price: \"0.2\"}\n",
			`t.yaml:5:13: tiers[0].up_to: 0 is below the minimum of 1` + "\n" +
				`t.yaml:5:23: tiers[0].price: "0.2" is text, not a number; expected a number of at least 0 (remove the quotes)`},
		{"merge key", okHead + "base: &b {memory_mb: 256}\nlambda:\n  <<: *b\n",
			`t.yaml:4:1: unknown key "base"; valid keys are name, traffic, lambda, ec2, regions, tiers` + "\n" +
				`t.yaml:6:3: lambda: merge keys (<<) are not supported; write the keys out`},
		{"complex key", okHead + "lambda:\n  ? [a]\n  : 1\n", `t.yaml:5:5: lambda: expected a plain key, found a list`},
		{"every problem at once, sorted", "traffic:\n  requests_per_month: x\nlambda:\n  memory_mb: 1\n  architecture: arm\nfoo: 1\n",
			`t.yaml:1:1: missing required key "name"` + "\n" +
				`t.yaml:2:23: traffic.requests_per_month: "x" is not a whole number; expected an integer of at least 0` + "\n" +
				`t.yaml:4:14: lambda.memory_mb: 1 is below the minimum of 128` + "\n" +
				`t.yaml:5:17: lambda.architecture: "arm" is not one of x86_64, arm64 (did you mean "arm64"?)` + "\n" +
				`t.yaml:6:1: unknown key "foo"; valid keys are name, traffic, lambda, ec2, regions, tiers`},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := errs(c.src); got != c.want {
				t.Errorf("Decode errors:\n got: %s\nwant: %s", got, c.want)
			}
		})
	}
}

func TestDecodeValues(t *testing.T) {
	src := `name: api
traffic:
  requests_per_second: 0.1
lambda:
  memory_mb: 1536
  free_tier: true
  duration_ms: 120.125
  architecture: arm64
regions:
  us-east-1:
    b.rate: "0.0000166667"
    a.rate: 0.0000166667
tiers:
  - {up_to: 6000000000, price: 0.0000166667}
  - price: 0.0000133334
`
	root, list := Decode("t.yaml", []byte(src), testSpec)
	// b.rate is quoted: the only problem.
	if len(list) != 1 || !strings.Contains(list[0].Message, "is text, not a number") {
		t.Fatalf("Decode = %v", list)
	}
	if got := root.Get("name").Str(); got != "api" {
		t.Errorf("name = %q", got)
	}
	if got := root.Get("traffic").Get("requests_per_second").Decimal().String(); got != "0.1" {
		t.Errorf("requests_per_second = %s", got)
	}
	l := root.Get("lambda")
	if l.Get("memory_mb").Int() != 1536 || !l.Get("free_tier").Bool() || l.Get("architecture").Str() != "arm64" {
		t.Errorf("lambda = %d %v %q", l.Get("memory_mb").Int(), l.Get("free_tier").Bool(), l.Get("architecture").Str())
	}
	if got := l.Get("duration_ms").Decimal().String(); got != "120.125" {
		t.Errorf("duration_ms = %s", got)
	}
	if got := strings.Join(l.Keys(), ","); got != "memory_mb,free_tier,duration_ms,architecture" {
		t.Errorf("Keys = %s (want document order)", got)
	}
	rates := root.Get("regions").Get("us-east-1")
	if got := strings.Join(rates.Keys(), ","); got != "b.rate,a.rate" {
		t.Errorf("map Keys = %s", got)
	}
	if b := rates.Get("b.rate"); b == nil || b.Valid() || !b.Decimal().IsZero() {
		t.Errorf("an invalid value must be present, invalid and zero: %+v", b)
	}
	if a := rates.Get("a.rate"); a.Decimal().String() != "0.0000166667" || a.Path() != "regions.us-east-1.a.rate" ||
		a.Line() != 12 || a.Column() != 13 {
		t.Errorf("a.rate = %s at %s %d:%d", a.Decimal(), a.Path(), a.Line(), a.Column())
	}
	items := root.Get("tiers").Items()
	if len(items) != 2 || items[0].Get("up_to").Int() != 6000000000 || items[1].Get("price").Decimal().String() != "0.0000133334" {
		t.Fatalf("tiers = %v", items)
	}
	if items[1].Get("up_to") != nil || items[1].Path() != "tiers[1]" {
		t.Errorf("tiers[1]: path %q", items[1].Path())
	}
	if got := root.Get("lambda").Line(); got != 4 {
		t.Errorf("a section is positioned at its key: line %d", got)
	}
	e := root.Get("lambda").Get("memory_mb").Errorf("%d is too much", 1536)
	if got := e.Error(); got != "t.yaml:5:14: lambda.memory_mb: 1536 is too much" {
		t.Errorf("Errorf = %q", got)
	}
}

func TestNilValue(t *testing.T) {
	var v *Value
	if v.Get("x") != nil || v.Keys() != nil || v.Items() != nil || v.Str() != "" || v.Int() != 0 ||
		!v.Decimal().IsZero() || v.Bool() || v.Path() != "" || v.Line() != 0 || v.Column() != 0 ||
		v.Valid() || v.Has("x") || v.Spec() != nil {
		t.Error("a nil Value must read as absent")
	}
	if got := v.Errorf("oops").Error(); got != "oops" {
		t.Errorf("nil Errorf = %q", got)
	}
	root, _ := Decode("t.yaml", []byte(okHead), testSpec)
	if root.Get("lambda").Get("memory_mb").Int() != 0 {
		t.Error("an absent section's keys must read as zero")
	}
}

func TestAliases(t *testing.T) {
	src := okHead + "regions:\n  us-east-1: &r\n    x: 1.5\n  us-west-2: *r\n"
	root, list := Decode("t.yaml", []byte(src), testSpec)
	if len(list) != 0 {
		t.Fatal(list)
	}
	if got := root.Get("regions").Get("us-west-2").Get("x").Decimal().String(); got != "1.5" {
		t.Errorf("aliased value = %s", got)
	}
}

func TestAliasBomb(t *testing.T) {
	// Each level doubles: 2^40 values if followed naively.
	var b strings.Builder
	b.WriteString(okHead + "x0: &x0 [1, 1]\n")
	for i := 1; i <= 40; i++ {
		b.WriteString("x" + strconv.Itoa(i) + ": &x" + strconv.Itoa(i) + " [*x" + strconv.Itoa(i-1) + ", *x" + strconv.Itoa(i-1) + "]\n")
	}
	spec := &Spec{Kind: Map, Elem: &Spec{Kind: List, Elem: &Spec{Kind: List, Elem: &Spec{Kind: List,
		Elem: &Spec{Kind: List, Elem: &Spec{Kind: List, Elem: &Spec{Kind: List, Elem: &Spec{Kind: Int}}}}}}}}
	_, list := Decode("t.yaml", []byte(b.String()), spec)
	if len(list) == 0 {
		t.Fatal("want errors")
	}
}

func TestErrorFormat(t *testing.T) {
	for _, c := range []struct {
		e    Error
		want string
	}{
		{Error{File: "f.yaml", Line: 3, Column: 5, Key: "a.b", Message: "bad"}, "f.yaml:3:5: a.b: bad"},
		{Error{File: "f.yaml", Line: 3, Message: "bad"}, "f.yaml:3: bad"},
		{Error{File: "f.yaml", Message: "bad"}, "f.yaml: bad"},
		{Error{Message: "bad"}, "bad"},
	} {
		if got := c.e.Error(); got != c.want {
			t.Errorf("Error() = %q, want %q", got, c.want)
		}
	}
}

func TestErrorListSort(t *testing.T) {
	l := ErrorList{
		{File: "b", Line: 2, Column: 1, Message: "b2"},
		{File: "a", Line: 9, Column: 1, Message: "a9"},
		{File: "b", Line: 1, Column: 7, Message: "b1.7"},
		{File: "b", Line: 1, Column: 3, Message: "b1.3"},
		{File: "a", Line: 1, Column: 1, Message: "a1"},
	}
	l.Sort()
	var got []string
	for _, e := range l {
		got = append(got, e.Message)
	}
	if strings.Join(got, " ") != "b1.3 b1.7 b2 a1 a9" {
		t.Errorf("Sort = %v", got)
	}
	if ErrorList(nil).Err() != nil {
		t.Error("empty list must give a nil error")
	}
	if l.Err() == nil {
		t.Error("a list with problems must give an error")
	}
}

// TestDuplicateKeysOfALargeMapping: a key given twice is reported whether its first place is
// among a mapping's first keys (looked through) or past them (kept in a map).
func TestDuplicateKeysOfALargeMapping(t *testing.T) {
	var b strings.Builder
	for i := range 40 {
		b.WriteString("k" + strconv.Itoa(i) + ": 1\n")
	}
	b.WriteString("k3: 2\nk30: 2\nk15: 2\nk16: 2\n")
	_, list := Decode("t.yaml", []byte(b.String()), &Spec{Kind: Map, Elem: &Spec{Kind: Int}})
	want := `t.yaml:41:1: duplicate key "k3" (first given at line 4)` + "\n" +
		`t.yaml:42:1: duplicate key "k30" (first given at line 31)` + "\n" +
		`t.yaml:43:1: duplicate key "k15" (first given at line 16)` + "\n" +
		`t.yaml:44:1: duplicate key "k16" (first given at line 17)`
	if got := list.Error(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
