package cloudrun

import "testing"

// TestEditFields: the billing flips, the concurrency moves ten percent within 1 to 1,000 and
// the minimum by one within 0 to max_instances.
func TestEditFields(t *testing.T) {
	w := api(1000, "100", 512, defaults(func(c *Config) { c.Concurrency, c.MaxInstances = 1000, 1 }))
	got := map[string]string{}
	for _, f := range (Platform{}).EditFields(w) {
		for _, dir := range []int{-1, 1} {
			for _, e := range f.Nudge(w, dir, nil) {
				got[f.Key+dirName(dir)] = e.Value
			}
		}
	}
	want := map[string]string{
		"cloudrun.billing+": "instance", "cloudrun.billing-": "instance",
		"cloudrun.concurrency+": "1000", "cloudrun.concurrency-": "900",
		"cloudrun.min_instances+": "1", "cloudrun.min_instances-": "0",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %q, want %q", k, got[k], v)
		}
	}
}

func dirName(dir int) string {
	if dir < 0 {
		return "-"
	}
	return "+"
}
