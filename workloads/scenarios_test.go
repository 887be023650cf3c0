package workloads

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

func TestParseScenarios(t *testing.T) {
	w, err := Parse("a.yaml", []byte(minimal+`scenarios:
  - {name: quiet, traffic_multiplier: 0.25}
  - {name: launch-week, traffic_multiplier: 3.5}
`))
	if err != nil {
		t.Fatal(err)
	}
	want := []model.Scenario{{Name: "quiet", TrafficMultiplier: decimal.RequireFromString("0.25")}, {Name: "launch-week", TrafficMultiplier: decimal.RequireFromString("3.5")}}
	if len(w.Scenarios) != len(want) {
		t.Fatalf("scenarios %+v", w.Scenarios)
	}
	for i, s := range w.Scenarios {
		if s.Name != want[i].Name || !s.TrafficMultiplier.Equal(want[i].TrafficMultiplier) {
			t.Errorf("scenario %d: %+v, want %+v", i, s, want[i])
		}
	}
	// Left out, the model prices its defaults; the file's defaults do not list them (they
	// are not part of the price).
	w, _ = Parse("a.yaml", []byte(minimal))
	if w.Scenarios != nil {
		t.Errorf("scenarios %+v, want none", w.Scenarios)
	}
	for _, d := range w.Defaulted {
		if strings.HasPrefix(d.Key, "scenarios") {
			t.Errorf("defaulted %+v", d)
		}
	}
}

func TestParseScenarioErrors(t *testing.T) {
	const file = "a.yaml"
	for _, c := range []struct {
		name, src, want string
	}{
		{"duplicate name", minimal + "scenarios:\n  - {name: high, traffic_multiplier: 2}\n  - {name: high, traffic_multiplier: 3}\n",
			file + `:9:12: scenarios[1].name: "high" is already a scenario of this file`},
		{"zero multiplier", minimal + "scenarios:\n  - {name: none, traffic_multiplier: 0}\n",
			file + `:8:38: scenarios[0].traffic_multiplier: 0 is not greater than 0; expected a number greater than 0 and at most 1000, with at most 4 decimal places`},
		{"bad name", minimal + "scenarios:\n  - {name: High, traffic_multiplier: 2}\n",
			file + `:8:12: scenarios[0].name: "High" is not valid; expected a name of lowercase letters, digits and dashes`},
		{"no multiplier", minimal + "scenarios:\n  - name: high\n",
			file + `:8:5: scenarios[0]: missing required key "traffic_multiplier"`},
		{"schedules alone", "name: jobs\nschedules:\n  - {name: n, cron: '@daily', duration_ms: 1000, memory_mb: 128}\nscenarios:\n  - {name: high, traffic_multiplier: 2}\n",
			file + `:4:1: scenarios: goes with a service: the file has no traffic to scale`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse(file, []byte(c.src))
			if err == nil || err.Error() != c.want {
				t.Errorf("got  %v\nwant %s", err, c.want)
			}
		})
	}
}
