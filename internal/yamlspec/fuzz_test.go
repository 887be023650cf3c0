package yamlspec

import (
	"strings"
	"testing"
)

func FuzzDecode(f *testing.F) {
	for _, seed := range []string{
		"",
		okHead,
		okHead + "lambda:\n  memory_mb: 1536\n  architecture: arm64\n  free_tier: true\n  duration_ms: 0.5\n",
		okHead + "regions:\n  us-east-1: &r\n    x: 1.5\n  us-west-2: *r\n",
		okHead + "tiers:\n  - {up_to: 6000000000, price: 0.0000166667}\n  - price: 1\n",
		okHead + "ec2: {purchase: spot, spot_discount_percent: 65}\n",
		"name: [a,\n",
		"name: a\ntraffic:\n\trequests_per_month: 5\n",
		"a: \"x\\q\n  b: 'y\n",
		"a:\n  - b\n c: [1, {d: e]\n",
		"a: &a\n  b: *a\n",
		"- 1\n- 2\n",
		"? [a]\n: 1\n",
		"<<: {name: x}\n",
		"name: x\n---\nname: y\n",
		"traffic:\n  requests_per_month: 1e6\n  requests_per_second: .inf\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		root, list := Decode("f.yaml", data, testSpec)
		for _, e := range list {
			if e.Message == "" && e.More == 0 || e.File != "f.yaml" {
				t.Fatalf("malformed error %#v", e)
			}
			if strings.HasPrefix(e.Message, "invalid YAML") && (e.Line < 1 || e.Column < 1) {
				t.Fatalf("a syntax error without a line and column: %#v", e)
			}
		}
		if root != nil {
			// Walking the result must not panic either.
			for _, k := range root.Keys() {
				v := root.Get(k)
				_, _, _, _ = v.Str(), v.Int(), v.Decimal(), v.Bool()
				_ = v.Errorf("x").Error()
			}
		}
		_ = list.Error()
	})
}
