package lambda

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
)

// Platform owns its section of the workload file.
var _ model.SectionOwner = Platform{}

// SectionKey is "lambda", the workload file's section of Lambda's settings.
func (Platform) SectionKey() string { return "lambda" }

// SectionSpec is the lambda section: the function's architecture, storage and free tier, its
// provisioned concurrency and when it is on, its concurrency limit and the cold-start
// estimate's keys (docs/cold-starts.md).
func (Platform) SectionSpec() *yamlspec.Spec { return sectionSpec }

var sectionSpec = &yamlspec.Spec{Kind: yamlspec.Object,
	Doc: "How the workload runs on AWS Lambda.",
	Fields: []yamlspec.Field{
		{Key: "architecture", Default: string(model.X86_64), Spec: model.ArchitectureSpec("The CPU architecture.")},
		{Key: "ephemeral_storage_mb", Default: "512", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "512", Max: "10240",
			Doc: "Ephemeral storage (/tmp) in MB; the first 512 MB are free."}},
		{Key: "free_tier", Default: "false", Spec: &yamlspec.Spec{Kind: yamlspec.Bool,
			Doc: "Whether the account's monthly free tier goes to this workload."}},
		{Key: "provisioned_concurrency", Default: "0", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "0", Max: "1000000",
			Doc: "Execution environments kept initialised all month (0: none)."}},
		{Key: "concurrency_limit", Default: fmt.Sprint(model.DefaultConcurrencyLimit), Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "1000000",
			Doc: "The most environments the function may run at once: the account's regional quota (default 1,000) or its reserved concurrency."}},
		{Key: "provisioned_schedule", Default: string(model.Always), Spec: &yamlspec.Spec{Kind: yamlspec.String,
			Enum: []string{string(model.Always), string(model.Weekly), string(model.Bursts)},
			Doc:  "When provisioned concurrency is on: always, weekly (provisioned_hours) or bursts (the traffic's burst hours)."}},
		{Key: "provisioned_hours", Spec: &yamlspec.Spec{Kind: yamlspec.Object,
			Doc:    "With provisioned_schedule weekly: the days and hours it is on, in traffic.time_zone.",
			Fields: model.WeeklyWindowFields("The days it is on", "8", "20")}},
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
	}}

// DecodeSection reads the lambda section into w.Settings: the INIT of cold starts is billed and
// requests above the concurrency limit are not unless the file says (AWS's behaviour).
func (Platform) DecodeSection(r *model.SectionReader, w *model.Workload) yamlspec.ErrorList {
	l := r.Value()
	cfg := model.LambdaConfig{
		Architecture:           model.Architecture(r.Text("architecture")),
		EphemeralStorageMB:     r.Int("ephemeral_storage_mb"),
		FreeTier:               r.Text("free_tier") == "true",
		ProvisionedConcurrency: r.Int("provisioned_concurrency"),
		ColdStart: model.ColdStartConfig{
			Runtime:          r.Text("runtime"),
			PackageMB:        r.Int("package_mb"),
			VPC:              l.Get("vpc").Bool(),
			InitMs:           r.Dec("init_ms"),
			InitMeasured:     l.Get("init_ms") != nil,
			KeepAliveMinutes: r.Int("keep_alive_minutes"),
		},
		ConcurrencyLimit: r.Int("concurrency_limit"),
		QuotaRaised:      l.Get("quota_raised").Bool(),
	}
	if v := l.Get("bill_cold_starts"); v != nil {
		cfg.OmitColdStarts = !v.Bool()
	}
	sched, errs := provisionedSchedule(r)
	cfg.ProvisionedSchedule = sched
	w.SetSettings(model.PlatformLambda, cfg)
	return errs
}

// provisionedSchedule reads when provisioned concurrency is on (always, when the section
// leaves it out).
func provisionedSchedule(r *model.SectionReader) (model.ProvisionedSchedule, yamlspec.ErrorList) {
	l := r.Value()
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
		s.Days = model.Weekdays(hours.Get("days"), model.Workdays)
		s.StartHour = int(r.Int("provisioned_hours.start_hour"))
		s.EndHour = int(r.Int("provisioned_hours.end_hour"))
		at := hours
		if at == nil {
			at = l.Get("provisioned_schedule")
		}
		errs = append(errs, model.CheckWindow(at, s.StartHour, s.EndHour, len(s.Days))...)
	case hours != nil:
		errs = append(errs, hours.Errorf("goes with provisioned_schedule weekly, but it is %s", s.Kind))
	}
	return s, errs
}

// SchedulesKeys are the keys a schedule's invocations take from the section: the
// architecture, the free tier and the storage.
func (Platform) SchedulesKeys() []string {
	return []string{"architecture", "free_tier", "ephemeral_storage_mb"}
}

// SectionTemplate is the lambda section as `breakeven init` writes it, every key commented out
// with its default or a sample value.
func (Platform) SectionTemplate() string { return sectionTemplate }

const sectionTemplate = `lambda:
  # architecture: x86_64                 # x86_64 or arm64
  # ephemeral_storage_mb: 512            # 512 to 10240; the first 512 MB are free
  # free_tier: false                     # give this workload the account's monthly free tier
  # provisioned_concurrency: 0           # execution environments kept warm
  # provisioned_schedule: always         # always, weekly (provisioned_hours) or bursts
  # provisioned_hours:                   # with provisioned_schedule: weekly
    # days: [mon, tue, wed, thu, fri]
    # start_hour: 8                      # local time (traffic.time_zone)
    # end_hour: 20                       # not included
  # concurrency_limit: 1000              # the account's quota, or the function's reserved concurrency
  # runtime: nodejs22.x                  # for the cold-start estimate: python3.13, java21, go, ...
  # package_mb: 5                        # deployment package size
  # vpc: false                           # attached to a VPC
  # init_ms: 180                         # a measured Init Duration; overrides the runtime's default (0: none)
  # bill_cold_starts: true               # false leaves the estimated INIT of cold starts out of the bill
  # quota_raised: false                  # true: requests above concurrency_limit are billed, not throttled
  # keep_alive_minutes: 5                # idle minutes before Lambda recycles an environment
`
