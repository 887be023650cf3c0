package yamlspec

import (
	"strings"
	"testing"
)

// listSpec allows at most three steps.
var listSpec = &Spec{Kind: Object, Doc: "A flow.", Fields: []Field{
	{Key: "steps", Spec: &Spec{Kind: List, Doc: "Steps.", MaxItems: 3, Elem: &Spec{Kind: Int, Doc: "A step.", Min: "1"}}},
}}

// TestMaxItems: a list longer than its MaxItems is one problem at its key (its items are not
// read); at the limit it reads; the schema states it as maxItems.
func TestMaxItems(t *testing.T) {
	if err := listSpec.Check(); err != nil {
		t.Fatal(err)
	}
	_, list := Decode("t.yaml", []byte("steps: [1, 2, 0, 4]\n"), listSpec)
	if got := list.Error(); got != "t.yaml:1:1: steps: 4 items; at most 3" {
		t.Errorf("got %q", got)
	}
	v, list := Decode("t.yaml", []byte("steps: [1, 2, 3]\n"), listSpec)
	if len(list) != 0 || len(v.Get("steps").Items()) != 3 {
		t.Errorf("three steps: %v", list)
	}
	if s := string(Schema(listSpec, "https://example.com/t.json", "T")); !strings.Contains(s, `"maxItems": 3`) {
		t.Errorf("schema:\n%s", s)
	}
	bad := &Spec{Kind: Object, Doc: "x", Fields: []Field{{Key: "n", Spec: &Spec{Kind: Int, Doc: "n", MaxItems: 2}}}}
	if err := bad.Check(); err == nil || !strings.Contains(err.Error(), "MaxItems 2 on a int") {
		t.Errorf("Check = %v", err)
	}
}
