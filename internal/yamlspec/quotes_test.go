package yamlspec

import (
	"encoding/json"
	"testing"
)

var quotesSpec = &Spec{Kind: Object, Fields: []Field{
	{Key: "price", Spec: &Spec{Kind: Decimal, Min: "0", Quotes: QuotesRequired}},
	{Key: "up_to", Spec: &Spec{Kind: Decimal, Min: "0", Quotes: QuotesAllowed}},
	{Key: "per", Spec: &Spec{Kind: Int, Min: "1", Quotes: QuotesAllowed}},
}}

func TestQuoting(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`{price: "0.20", up_to: 6000000000, per: "1000"}`, ""},
		{`{up_to: "6000000000", per: 1000}`, ""},
		{`price: 0.20`, `q.yaml:1:8: price: 0.20 must be quoted, as in "0.20", so that no YAML reader takes it for a float`},
		{`price: "1e-6"`, `q.yaml:1:8: price: "1e-6" is not written in plain decimal digits; expected a number of at least 0 (write 0.000001)`},
		{`price: "free"`, `q.yaml:1:8: price: "free" is not a number; expected a number of at least 0`},
		{`price: "-1"`, `q.yaml:1:8: price: "-1" is below the minimum of 0`},
		{`price: "007"`, `q.yaml:1:8: price: "007" has a leading zero, which some YAML readers take for octal; write 7`},
		{`per: "1.5"`, `q.yaml:1:6: per: "1.5" is not a whole number; expected an integer of at least 1`},
		{`per: lots`, `q.yaml:1:6: per: "lots" is not a whole number; expected an integer of at least 1`},
	} {
		root, list := Decode("q.yaml", []byte(c.src), quotesSpec)
		if got := list.Error(); got != c.want {
			t.Errorf("%s:\n got: %s\nwant: %s", c.src, got, c.want)
		}
		if c.want == "" && root.Get("up_to").Decimal().String() != "6000000000" {
			t.Errorf("%s: up_to = %s", c.src, root.Get("up_to").Decimal())
		}
	}
	root, _ := Decode("q.yaml", []byte(`{price: "0.0000166667", per: "1000"}`), quotesSpec)
	if root.Get("price").Decimal().String() != "0.0000166667" || root.Get("per").Int() != 1000 {
		t.Errorf("price = %s, per = %d", root.Get("price").Decimal(), root.Get("per").Int())
	}
}

func TestQuotingSchema(t *testing.T) {
	var s struct {
		Properties map[string]map[string]any
	}
	if err := json.Unmarshal(Schema(quotesSpec, "id", "t"), &s); err != nil {
		t.Fatal(err)
	}
	price := s.Properties["price"]
	if price["type"] != "string" || price["pattern"] == nil || price["minimum"] != nil ||
		price["description"] != "Written in quotes: a number of at least 0." {
		t.Errorf("price = %v", price)
	}
	upTo := s.Properties["up_to"]
	if typ, _ := upTo["type"].([]any); len(typ) != 2 || upTo["minimum"] != 0.0 {
		t.Errorf("up_to = %v", upTo)
	}
}
