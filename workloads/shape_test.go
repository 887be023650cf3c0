package workloads

import (
	"strings"
	"testing"
	"time"

	"github.com/breakeven/breakeven/model"
)

// withTraffic puts extra keys under traffic: in a minimal workload.
func withTraffic(extra string) string {
	return strings.Replace(minimal, "  requests_per_month: 3000000\n", "  requests_per_month: 3000000\n"+extra, 1)
}

func TestParseShapes(t *testing.T) {
	w, err := Parse("s.yaml", []byte(withTraffic(`  shape: business-hours
  time_zone: Europe/Berlin
  business_hours:
    days: [mon, wed]
    start_hour: 8
    end_hour: 20
    off_hours_percent: 2.5
  bursts:
    - name: launch
      multiplier: 6
      hours_per_month: 4
    - name: reports
      multiplier: 1.5
      days: [fri]
      start_hour: 16
      end_hour: 18
`)))
	if err != nil {
		t.Fatal(err)
	}
	s := w.Traffic.Shape
	if s.Kind != model.BusinessHours || s.TimeZone != "Europe/Berlin" || len(s.Days) != 2 || s.Days[1] != time.Wednesday ||
		s.StartHour != 8 || s.EndHour != 20 || s.OffHoursPercent.String() != "2.5" {
		t.Errorf("shape %+v", s)
	}
	if len(s.Bursts) != 2 || s.Bursts[0].HoursPerMonth != 4 || s.Bursts[1].Days[0] != time.Friday || s.Bursts[1].StartHour != 16 || s.Bursts[1].EndHour != 18 {
		t.Errorf("bursts %+v", s.Bursts)
	}

	w, err = Parse("d.yaml", []byte(withTraffic("  shape: diurnal\n  diurnal:\n    peak_to_average: 3\n")))
	if err != nil || w.Traffic.Shape.PeakToAverage.String() != "3" || w.Traffic.Shape.PeakHour != 14 {
		t.Errorf("diurnal: %+v, %v", w.Traffic.Shape, err)
	}
	weights := "  shape: weights\n  weights: [" + strings.Repeat("1, ", 23) + "2]\n"
	if w, err = Parse("w.yaml", []byte(withTraffic(weights))); err != nil || len(w.Traffic.Shape.Weights) != 24 {
		t.Errorf("weights: %v", err)
	}
}

func TestParseShapeErrors(t *testing.T) {
	cases := map[string]struct{ extra, want string }{
		"section without its shape": {"  diurnal:\n    peak_to_average: 2\n",
			"s.yaml:4:3: traffic.diurnal: goes with shape diurnal, but shape is flat"},
		"diurnal without section": {"  shape: diurnal\n",
			"s.yaml:2:1: traffic: shape diurnal needs a diurnal section with peak_to_average"},
		"weights count": {"  shape: weights\n  weights: [1, 2, 3]\n",
			"s.yaml:5:3: traffic.weights: 3 weights; expected 24 (hours of the day) or 168 (hours of the week)"},
		"time zone": {"  shape: diurnal\n  time_zone: Mars/Olympus\n  diurnal:\n    peak_to_average: 2\n",
			`s.yaml:5:14: traffic.time_zone: "Mars/Olympus" is not a time zone this program knows; expected an IANA name such as Europe/Berlin`},
		"business window": {"  shape: business-hours\n  business_hours:\n    start_hour: 18\n    end_hour: 9\n",
			"s.yaml:5:3: traffic.business_hours: end_hour 9 is not after start_hour 18"},
		"burst both": {"  bursts:\n    - name: x\n      multiplier: 2\n      hours_per_month: 3\n      days: [sat]\n",
			"s.yaml:5:7: traffic.bursts[0]: give hours_per_month or days, not both"},
		"burst neither": {"  bursts:\n    - name: x\n      multiplier: 2\n",
			"s.yaml:5:7: traffic.bursts[0]: give hours_per_month (the busiest hours) or days (with start_hour and end_hour)"},
		"burst day typo": {"  bursts:\n    - name: x\n      multiplier: 2\n      days: [saturday]\n",
			`traffic.bursts[0].days[0]: "saturday" is not one of mon, tue, wed, thu, fri, sat, sun`},
	}
	for name, c := range cases {
		_, err := Parse("s.yaml", []byte(withTraffic(c.extra)))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v\nwant %s", name, err, c.want)
		}
	}
}

func TestParseProvisionedSchedule(t *testing.T) {
	src := minimal + "lambda:\n  provisioned_concurrency: 4\n  provisioned_schedule: weekly\n  provisioned_hours:\n    days: [sat, sun]\n    start_hour: 10\n"
	w, err := Parse("p.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	s := lambdaOf(w).ProvisionedSchedule
	if s.Kind != model.Weekly || len(s.Days) != 2 || s.Days[0] != time.Saturday || s.StartHour != 10 || s.EndHour != 20 {
		t.Errorf("schedule %+v", s)
	}
	for src, want := range map[string]string{
		minimal + "lambda:\n  provisioned_schedule: bursts\n":                                        "p.yaml:8:25: lambda.provisioned_schedule: there is no provisioned_concurrency to schedule",
		minimal + "lambda:\n  provisioned_concurrency: 2\n  provisioned_hours:\n    start_hour: 3\n": "p.yaml:9:3: lambda.provisioned_hours: goes with provisioned_schedule weekly, but it is always",
	} {
		if _, err := Parse("p.yaml", []byte(src)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("got %v, want %s", err, want)
		}
	}
}
