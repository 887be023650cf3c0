package workloads

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
)

// The traffic shape keys: how the month's requests move through the day and the week.

var shapeFields = []yamlspec.Field{
	{Key: "growth_percent_per_month", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "-100", Max: "1000", MaxPlaces: 2,
		Doc: "How much traffic grows each month, compounding; price --months-ahead N projects it (default 0). Grown traffic is held to 10^15 requests a month: a projection past it is refused."}},
	{Key: "peak_percentile", Default: fmt.Sprint(model.DefaultPeakPercentile), Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "50", Max: "99.99", MaxPlaces: 2,
		Doc: "Fleets are sized for this percentile of the requests in one second of each hour (Poisson arrivals at the hour's rate)."}},
	{Key: "shape", Default: string(model.Flat), Spec: &yamlspec.Spec{Kind: yamlspec.String,
		Doc:  "How requests move through the day and the week: flat, diurnal, business-hours or weights.",
		Enum: []string{string(model.Flat), string(model.Diurnal), string(model.BusinessHours), string(model.Weights)}}},
	{Key: "time_zone", Default: "UTC", Spec: &yamlspec.Spec{Kind: yamlspec.String,
		Doc:     "The IANA time zone the shape's and the bursts' hours are in, such as Europe/Berlin.",
		Pattern: `^(UTC|[A-Za-z_]+(/[A-Za-z0-9_+-]+)+)$`, PatternDoc: "an IANA time zone such as UTC or America/New_York"}},
	{Key: "diurnal", Spec: &yamlspec.Spec{Kind: yamlspec.Object,
		Doc: "With shape diurnal: one smooth daily peak.",
		Fields: []yamlspec.Field{
			{Key: "peak_to_average", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "1", Max: "20", MaxPlaces: 2,
				Doc: "How many times the average hour the busiest hour carries (1 to 20)."}},
			{Key: "peak_hour", Default: "14", Spec: model.HourSpec("The busiest hour of the day, 0 to 23, local time.", "23")},
		}}},
	{Key: "business_hours", Spec: &yamlspec.Spec{Kind: yamlspec.Object,
		Doc: "With shape business-hours: traffic on working days and hours.",
		Fields: append(model.WeeklyWindowFields("The working days", "9", "18"),
			yamlspec.Field{Key: "off_hours_percent", Default: "5", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "100", MaxPlaces: 2,
				Doc: "The share of a week's requests that arrive outside working hours, spread evenly over them."}}),
	}},
	{Key: "weights", Spec: &yamlspec.Spec{Kind: yamlspec.List, MaxItems: 168,
		Doc:  "With shape weights: 24 relative weights (hours of the day) or 168 (hours of the week from Monday 00:00).",
		Elem: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "1000000", MaxPlaces: 3, Doc: "a relative weight"}}},
	{Key: "bursts", Spec: &yamlspec.Spec{Kind: yamlspec.List, MaxItems: maxListItems,
		Doc: "Events that multiply the shape's rate: for the busiest hours_per_month hours, or on days from start_hour to end_hour. The month's total includes them. At most 100.",
		Elem: &yamlspec.Spec{Kind: yamlspec.Object, Doc: "a burst", Fields: []yamlspec.Field{
			{Key: "name", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String, Pattern: namePattern, MaxLength: nameMaxLength,
				PatternDoc: "a name of lowercase letters, digits and dashes", Doc: "What the burst is, e.g. black-friday."}},
			{Key: "multiplier", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "1000", MaxPlaces: 3,
				Doc: "How many times the shape's rate the burst runs at."}},
			{Key: "hours_per_month", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "744",
				Doc: "The burst covers this many of the month's busiest hours; or give days."}},
			{Key: "days", Spec: model.DaysSpec("The days the burst recurs on; or give hours_per_month.")},
			{Key: "start_hour", Default: "0", Spec: model.HourSpec("With days: the hour the burst starts, local time.", "23")},
			{Key: "end_hour", Default: "24", Spec: model.HourSpec("With days: the hour the burst ends (not included), local time.", "24")},
		}}}},
}

// buildShape reads the shape keys of traffic, checking what the spec table cannot: which
// keys go with which shape, hour ranges, and the time zone.
func buildShape(t *yamlspec.Value, b *builder) (model.Shape, yamlspec.ErrorList) {
	var errs yamlspec.ErrorList
	// A flat month is what a file that says nothing about shape means: not worth listing
	// among the defaults.
	s := model.Shape{Kind: model.Flat}
	if v := t.Get("shape"); v != nil {
		s.Kind = model.ShapeKind(v.Str())
	}
	sections := map[model.ShapeKind]string{model.Diurnal: "diurnal", model.BusinessHours: "business_hours", model.Weights: "weights"}
	for kind, key := range sections {
		if v := t.Get(key); v != nil && kind != s.Kind {
			errs = append(errs, v.Errorf("goes with shape %s, but shape is %s", kind, s.Kind))
		}
	}
	switch s.Kind {
	case model.Diurnal:
		d := t.Get("diurnal")
		if d == nil {
			errs = append(errs, t.Errorf("shape diurnal needs a diurnal section with peak_to_average"))
			break
		}
		s.PeakToAverage = d.Get("peak_to_average").Decimal()
		s.PeakHour = int(b.int("traffic.diurnal.peak_hour"))
	case model.BusinessHours:
		s.Days = model.Weekdays(t.Get("business_hours").Get("days"), model.Workdays)
		s.StartHour = int(b.int("traffic.business_hours.start_hour"))
		s.EndHour = int(b.int("traffic.business_hours.end_hour"))
		s.OffHoursPercent = b.dec("traffic.business_hours.off_hours_percent")
		at := t.Get("business_hours")
		if at == nil {
			at = t.Get("shape")
		}
		errs = append(errs, model.CheckWindow(at, s.StartHour, s.EndHour, len(s.Days))...)
	case model.Weights:
		w := t.Get("weights")
		if w == nil {
			errs = append(errs, t.Errorf("shape weights needs weights: 24 or 168 numbers"))
			break
		}
		total := 0
		for _, it := range w.Items() {
			s.Weights = append(s.Weights, it.Decimal())
			if it.Decimal().IsPositive() {
				total++
			}
		}
		if n := len(s.Weights); n != 24 && n != 168 {
			errs = append(errs, w.Errorf("%d weights; expected 24 (hours of the day) or 168 (hours of the week)", n))
		} else if total == 0 {
			errs = append(errs, w.Errorf("every weight is zero; at least one hour must carry traffic"))
		}
	}
	if tz := t.Get("time_zone"); tz != nil {
		if _, err := demand.Location(tz.Str()); err != nil { // loaded once for every file
			errs = append(errs, tz.Errorf("%q is not a time zone this program knows; expected an IANA name such as Europe/Berlin", tz.Str()))
		}
		s.TimeZone = tz.Str()
	}
	for _, bv := range t.Get("bursts").Items() {
		burst, problems := buildBurst(bv)
		s.Bursts = append(s.Bursts, burst)
		errs = append(errs, problems...)
	}
	return s, errs
}

func buildBurst(v *yamlspec.Value) (model.Burst, yamlspec.ErrorList) {
	b := model.Burst{Name: v.Get("name").Str(), Multiplier: v.Get("multiplier").Decimal(), StartHour: 0, EndHour: 24}
	var errs yamlspec.ErrorList
	hours, dayList := v.Get("hours_per_month"), v.Get("days")
	switch {
	case hours != nil && dayList != nil:
		errs = append(errs, v.Errorf("give hours_per_month or days, not both"))
	case hours == nil && dayList == nil:
		errs = append(errs, v.Errorf("give hours_per_month (the busiest hours) or days (with start_hour and end_hour)"))
	case hours != nil:
		b.HoursPerMonth = hours.Int()
		for _, k := range []string{"start_hour", "end_hour"} {
			if h := v.Get(k); h != nil {
				errs = append(errs, h.Errorf("goes with days, not hours_per_month"))
			}
		}
	default:
		b.Days = model.Weekdays(dayList, nil)
		if h := v.Get("start_hour"); h != nil {
			b.StartHour = int(h.Int())
		}
		if h := v.Get("end_hour"); h != nil {
			b.EndHour = int(h.Int())
		}
		errs = append(errs, model.CheckWindow(v, b.StartHour, b.EndHour, len(b.Days))...)
	}
	return b, errs
}
