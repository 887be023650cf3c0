package workloads

import (
	"fmt"
	"time"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
)

// The lambda keys that drive the provisioned-concurrency schedule and the cold-start
// estimate (docs/cold-starts.md).
var coldStartFields = []yamlspec.Field{
	{Key: "concurrency_limit", Default: fmt.Sprint(model.DefaultConcurrencyLimit), Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "1000000",
		Doc: "The most environments the function may run at once: the account's regional quota (default 1,000) or its reserved concurrency."}},
	{Key: "provisioned_schedule", Default: string(model.Always), Spec: &yamlspec.Spec{Kind: yamlspec.String,
		Enum: []string{string(model.Always), string(model.Weekly), string(model.Bursts)},
		Doc:  "When provisioned concurrency is on: always, weekly (provisioned_hours) or bursts (the traffic's burst hours)."}},
	{Key: "provisioned_hours", Spec: &yamlspec.Spec{Kind: yamlspec.Object,
		Doc:    "With provisioned_schedule weekly: the days and hours it is on, in traffic.time_zone.",
		Fields: weeklyWindow("The days it is on", "8", "20")}},
	{Key: "runtime", Default: model.DefaultRuntime, Spec: &yamlspec.Spec{Kind: yamlspec.String, Enum: model.ColdStartRuntimes(),
		Doc: "The Lambda runtime, for the default init duration of a cold start."}},
	{Key: "package_mb", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "0", Max: "10240",
		Doc: "Deployment package size in MB; a larger zip package initialises more slowly."}},
	{Key: "vpc", Spec: &yamlspec.Spec{Kind: yamlspec.Bool,
		Doc: "Whether the function is attached to a VPC (default false)."}},
	{Key: "init_ms", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "600000", MaxPlaces: 3,
		Doc: "A measured init duration (the Init Duration of a cold start's REPORT line); overrides the runtime's default. 0: no INIT is billed."}},
	{Key: "bill_cold_starts", Spec: &yamlspec.Spec{Kind: yamlspec.Bool,
		Doc: "Whether the estimated INIT of cold starts is billed (default true: AWS bills INIT as duration since 2025-08-01); false leaves it out of the bill, the cold starts are still estimated and reported."}},
	{Key: "quota_raised", Spec: &yamlspec.Spec{Kind: yamlspec.Bool,
		Doc: "Whether the concurrency limit will be raised to fit the peak (default false: requests above it are throttled, not invoked and not billed); true bills every request and says so."}},
	{Key: "keep_alive_minutes", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "720",
		Doc: "Minutes an idle environment survives before Lambda recycles it (AWS publishes none; measured 5 to 7)."}},
}

// provisionedSchedule reads when provisioned concurrency is on.
func provisionedSchedule(l *yamlspec.Value, b *builder) (model.ProvisionedSchedule, yamlspec.ErrorList) {
	s := model.ProvisionedSchedule{Kind: model.Always}
	var errs yamlspec.ErrorList
	if v := l.Get("provisioned_schedule"); v != nil {
		s.Kind = model.ScheduleKind(v.Str())
		if l.Get("provisioned_concurrency").Int() == 0 {
			errs = append(errs, v.Errorf("there is no provisioned_concurrency to schedule"))
		}
	}
	hours := l.Get("provisioned_hours")
	switch {
	case s.Kind == model.Weekly:
		s.Days = days(hours.Get("days"), []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday})
		s.StartHour = int(b.int("lambda.provisioned_hours.start_hour"))
		s.EndHour = int(b.int("lambda.provisioned_hours.end_hour"))
		at := hours
		if at == nil {
			at = l.Get("provisioned_schedule")
		}
		errs = append(errs, checkWindow(at, s.StartHour, s.EndHour, len(s.Days))...)
	case hours != nil:
		errs = append(errs, hours.Errorf("goes with provisioned_schedule weekly, but it is %s", s.Kind))
	}
	return s, errs
}

// coldStartConfig reads the cold-start keys of lambda.
func coldStartConfig(b *builder) model.ColdStartConfig {
	return model.ColdStartConfig{
		Runtime:          b.text("lambda.runtime"),
		PackageMB:        b.int("lambda.package_mb"),
		VPC:              b.root.Get("lambda").Get("vpc").Bool(),
		InitMs:           b.dec("lambda.init_ms"),
		InitMeasured:     b.root.Get("lambda").Get("init_ms") != nil,
		KeepAliveMinutes: b.int("lambda.keep_alive_minutes"),
	}
}

// coldStartBilling reads whether the INIT of cold starts is billed and whether requests above
// the concurrency limit are (both default to AWS's behaviour: INIT billed, throttled requests
// not).
func coldStartBilling(b *builder, l *model.LambdaConfig) {
	lambda := b.root.Get("lambda")
	if v := lambda.Get("bill_cold_starts"); v != nil {
		l.OmitColdStarts = !v.Bool()
	}
	l.QuotaRaised = lambda.Get("quota_raised").Bool()
}
