package workloads

import (
	"errors"
	"slices"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
)

// maxListItems is the most schedules, bursts or scenarios a file may list: a hundred, more
// than any file needs, so that every analysis of them stays quick.
const maxListItems = 100

// scheduleFields are a schedules[] item's own keys, before the platforms' (ScheduleKeysOwner).
var scheduleFields = []yamlspec.Field{
	{Key: "name", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String, Pattern: namePattern, MaxLength: nameMaxLength,
		PatternDoc: "a name of lowercase letters, digits and dashes", Doc: "The job's name, unique in the file."}},
	{Key: "cron", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String,
		Doc: "When it runs: five fields (minute hour day-of-month month day-of-week) or @hourly, @daily, @weekly, @monthly, @yearly."}},
	{Key: "time_zone", Default: "UTC", Spec: &yamlspec.Spec{Kind: yamlspec.String,
		Doc:     "The IANA time zone the expression is read in, such as Europe/Berlin.",
		Pattern: `^(UTC|[A-Za-z_]+(/[A-Za-z0-9_+-]+)+)$`, PatternDoc: "an IANA time zone such as UTC or America/New_York"}},
	{Key: "duration_ms", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "86400000", MaxPlaces: 3,
		Doc: "How long a run that finds work takes, in milliseconds (on Fargate include the image pull: billing starts there)."}},
	{Key: "memory_mb", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "1048576",
		Doc: "Memory one run needs, in MB."}},
	{Key: "parallel", Default: "1", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "100000",
		Doc: "Tasks or invocations each run starts."}},
	{Key: "early_exit_percent", Default: "0", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "100", MaxPlaces: 2,
		Doc: "The share of runs that find no work and stop after early_exit_ms."}},
	{Key: "early_exit_ms", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "86400000", MaxPlaces: 3,
		Doc: "How long a run that finds no work takes; required with early_exit_percent."}},
	{Key: "work_items_per_month", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "0", Max: "1000000000000",
		Doc: "Real work items a month: the schedule is then compared with an event-driven trigger run once per item."}},
}

// schedulesSpec is the schedules section: jobs run on cron schedules, whether or not there
// is work. An item's keys are its own, then each registered platform's
// (model.ScheduleKeysOwners, in the order of model.Platforms).
func schedulesSpec() *yamlspec.Spec {
	fields := slices.Clone(scheduleFields)
	for _, o := range model.ScheduleKeysOwners() {
		fields = append(fields, o.ScheduleFields()...)
	}
	return &yamlspec.Spec{Kind: yamlspec.List, MaxItems: maxListItems,
		Doc:  "Jobs run on cron schedules: each run is priced on Lambda (invocations), Fargate (scheduled tasks) and EC2. At most 100.",
		Elem: &yamlspec.Spec{Kind: yamlspec.Object, Doc: "a scheduled job", Fields: fields}}
}

// buildSchedules reads the schedules section, checking each cron expression, and each
// platform's keys of an item through it.
func buildSchedules(v *yamlspec.Value, b *builder, hasService bool) ([]model.Schedule, yamlspec.ErrorList) {
	var errs yamlspec.ErrorList
	var out []model.Schedule
	seen := map[string]bool{}
	for _, sv := range v.Items() {
		s := model.Schedule{
			Name:              sv.Get("name").Str(),
			Cron:              sv.Get("cron").Str(),
			TimeZone:          itemText(sv, b, "time_zone"),
			DurationMs:        sv.Get("duration_ms").Decimal(),
			MemoryMB:          sv.Get("memory_mb").Int(),
			Parallel:          int64(itemIntOr(sv, b, "parallel", 1)),
			EarlyExitPercent:  itemDec(sv, b, "early_exit_percent"),
			EarlyExitMs:       sv.Get("early_exit_ms").Decimal(),
			WorkItemsPerMonth: sv.Get("work_items_per_month").Int(),
		}
		if nv := sv.Get("name"); nv != nil && seen[s.Name] {
			errs = append(errs, nv.Errorf("%q is already a schedule of this file", s.Name))
		}
		seen[s.Name] = true
		if cv := sv.Get("cron"); cv != nil {
			_, err := demand.ParseCron(s.Cron, s.TimeZone)
			errs = append(errs, cronErrors(sv, err)...)
		}
		exit := sv.Get("early_exit_ms")
		switch {
		case s.EarlyExitPercent.IsPositive() && exit == nil:
			errs = append(errs, sv.Get("early_exit_percent").Errorf("give early_exit_ms: how long a run that finds no work takes"))
		case !s.EarlyExitPercent.IsPositive() && exit != nil:
			errs = append(errs, exit.Errorf("goes with early_exit_percent above 0"))
		}
		for _, o := range model.ScheduleKeysOwners() {
			r := model.NewSectionReader(sv.Path(), sv.Spec(), sv)
			errs = append(errs, o.DecodeSchedule(r, hasService, &s)...)
			b.defaults = append(b.defaults, r.Defaults()...)
		}
		out = append(out, s)
	}
	return out, errs
}

// cronErrors positions the problems ParseCron found at the key each names: the expression
// or the time zone (the default zone, UTC, always reads).
func cronErrors(sv *yamlspec.Value, err error) yamlspec.ErrorList {
	if err == nil {
		return nil
	}
	var errs yamlspec.ErrorList
	list := []error{err}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		list = joined.Unwrap()
	}
	for _, e := range list {
		at := sv.Get("cron")
		var ce *demand.CronError
		if errors.As(e, &ce) && sv.Get(ce.Key) != nil {
			at = sv.Get(ce.Key)
		}
		errs = append(errs, at.Errorf("%s", e))
	}
	return errs
}
