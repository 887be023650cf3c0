// Package model is the cost model of breakeven: the domain types that describe a workload and
// its estimates, and the engine that turns a workload into billed quantities on each platform
// (requests, GB-seconds, task-hours, instance-hours) before asking package pricing for the
// bill. Price is the engine's entry. Platforms are values of PlatformPricer in a registry
// (Platforms, RegisterPlatform): the engine loops over it and names none of them for its
// work; each lives in a directory of its own under model/platforms (Lambda, Fargate, EC2),
// which package model/platforms registers. What the workload's YAML decodes into and what
// report reads of one platform (ColdStartConfig, Tuning, LambdaDetail, SweepResult;
// LambdaConfig, FargateConfig and EC2Config, kept in Workload.Settings and read elsewhere
// only through FunctionOwner, FleetOwner, TaskResizer and InstanceOwner) stay here as the
// contract. The demand before any price (months, the shapes'
// hours, cron runs, the statistics of an hour's requests) is package model/demand; the
// decision analyses that price through Price (break-even, right-sizing, purchase options,
// provisioned concurrency, growth, scenarios, sensitivity, the hybrid, the steps worth
// merging, recommendations, Compare) are package model/analysis.
package model

import (
	"time"

	"github.com/shopspring/decimal"
)

// Architecture is a CPU architecture a platform runs on.
type Architecture string

// The architectures AWS offers for Lambda, Fargate and EC2.
const (
	X86_64 Architecture = "x86_64"
	ARM64  Architecture = "arm64"
)

// ProvisionedSchedule is when provisioned concurrency is enabled: always (the zero value),
// in weekly hours (Days from StartHour to EndHour, local to the traffic's time zone), or in
// the hours the traffic's bursts cover.
type ProvisionedSchedule struct {
	Kind      ScheduleKind
	Days      []time.Weekday
	StartHour int
	EndHour   int
}

// ScheduleKind names a provisioned-concurrency schedule.
type ScheduleKind string

// The provisioned-concurrency schedules.
const (
	Always ScheduleKind = "always"
	Weekly ScheduleKind = "weekly"
	Bursts ScheduleKind = "bursts"
)

// Purchase is how EC2 capacity is bought.
type Purchase string

// The EC2 purchase options: Standard Reserved Instances and Compute Savings Plans, both
// with no upfront payment, for one or three years; spot at a discount the user states.
const (
	OnDemand      Purchase = "on-demand"
	Reserved1y    Purchase = "reserved-1y"
	Reserved3y    Purchase = "reserved-3y"
	SavingsPlan1y Purchase = "savings-plan-1y"
	SavingsPlan3y Purchase = "savings-plan-3y"
	Spot          Purchase = "spot"
)

// Purchases lists every purchase option in the order they are documented.
var Purchases = []Purchase{OnDemand, Reserved1y, Reserved3y, SavingsPlan1y, SavingsPlan3y, Spot}

// Workload is one service or job as the user described it, with every default already applied.
// Quantities carry their unit in the field name, as the YAML keys do.
type Workload struct {
	Name        string
	Description string
	// File is where the workload was read from ("" for one built in code).
	File   string
	Region string

	Traffic  Traffic
	Function Function
	// Settings are the decoded sections of the platforms that keep their configuration in
	// a type of their own (SectionOwner), keyed by platform: SetSettings, SettingsOf
	// (Lambda's LambdaConfig, Fargate's FargateConfig and EC2's EC2Config among them).
	Settings map[Platform]any
	// Database is the relational database the workload uses, if any.
	Database *Database
	// Flow is what each request triggers beyond the workload's own function, in file order.
	Flow []Step
	// FrontDoor, Logs, Network, Tracing and Retries are the services around the function.
	FrontDoor FrontDoor
	Logs      Logs
	Network   Network
	Tracing   Tracing
	Retries   Retries
	// Schedules are jobs the workload runs on cron schedules.
	Schedules []Schedule
	// Tuning says how the function's duration changes with memory and architecture.
	Tuning Tuning
	// SchedulesOnly says the workload is only its schedules: it gave no traffic and no
	// function, so it has no service to size or front.
	SchedulesOnly bool
	// Scenarios are the traffic levels the comparison prices side by side (none given:
	// DefaultScenarios).
	Scenarios []Scenario
	// Purchase is how the organisation buys each platform and the rates the buyer states
	// (the file's purchase section; see PurchasePlan).
	Purchase PurchasePlan
	// Platforms are the platforms the file chose to show (its platforms key, or the
	// --platforms flag), shown in the order of Platforms whatever their order here; only
	// they are priced (model/shown.go). Empty: every registered platform that can run the
	// workload.
	Platforms []Platform

	// Defaulted lists the keys (dotted, as in the YAML) whose values were not given and were
	// filled in by a documented default, so the output can say so.
	Defaulted []Default
}

// Default records one value the user did not give.
type Default struct {
	Key   string // e.g. "fargate.vcpu"
	Value string // the value used, as it would be written in YAML
	Why   string // how it was chosen
}

// Traffic is how many requests the workload serves, given either as a monthly count or as an
// average rate.
type Traffic struct {
	// RequestsPerMonth is the number of requests in the month, when PerSecond is false.
	RequestsPerMonth int64
	// RequestsPerSecond is the average request rate, when PerSecond is true.
	RequestsPerSecond decimal.Decimal
	PerSecond         bool
	// Shape spreads the month's requests over its hours; the zero Shape is flat.
	Shape Shape
	// GrowthPercentPerMonth is how much traffic grows each month, compounding, for
	// projections (Options.MonthsAhead).
	GrowthPercentPerMonth decimal.Decimal
	// PeakPercentile is the percentile of requests per second within an hour that fleets are
	// sized for (50 to 99.99; zero means DefaultPeakPercentile).
	PeakPercentile decimal.Decimal
}

// Function is how one request behaves: its average billed duration at MemoryMB.
type Function struct {
	DurationMs decimal.Decimal
	MemoryMB   int64
}

// Schedule is a job run on a cron schedule, whether or not there is work.
type Schedule struct {
	Name string
	// Cron is the expression as written: five fields or a descriptor such as @daily.
	Cron string
	// TimeZone is the IANA zone the expression is read in ("" or "UTC": UTC).
	TimeZone string
	// DurationMs and MemoryMB are one run that finds work.
	DurationMs decimal.Decimal
	MemoryMB   int64
	// Parallel is the number of tasks (or invocations) each run starts.
	Parallel int64
	// EarlyExitPercent of runs find no work and stop after EarlyExitMs.
	EarlyExitPercent decimal.Decimal
	EarlyExitMs      decimal.Decimal
	// WorkItemsPerMonth, when above zero, is how many real work items arrive a month: the
	// schedule is then compared with an event-driven trigger that runs once per item.
	WorkItemsPerMonth int64
	// Settings are each platform's decoded settings of the schedule (its keys of the
	// schedules[] item: ScheduleKeysOwner), in the platform's own type, keyed by platform:
	// SetSettings, read back with ScheduleSettingsOf (FargateSchedule, EC2Schedule).
	Settings map[Platform]any
}

// ScheduleHost is where a schedule runs on EC2.
type ScheduleHost string

// The places a schedule runs on EC2.
const (
	// DedicatedInstance runs the schedule on an instance of its own, kept all month.
	DedicatedInstance ScheduleHost = "dedicated"
	// ServiceInstances runs the schedule on the service's instances: it adds their capacity.
	ServiceInstances ScheduleHost = "service"
)
