package workers

import (
	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// Config is the Workers settings of a workload, the workload file's workers section, kept in
// model.Workload.Settings.
type Config struct {
	// Region is where the Worker runs: "global", Cloudflare's whole edge network, the one
	// region Workers have (see regionFor).
	Region string
	// CPUMs is the CPU time of one request in milliseconds (workers.cpu_ms); zero when the
	// file leaves it out, and CPUPercentOfDuration of function.duration_ms is used.
	CPUMs decimal.Decimal
	// CPUPercentOfDuration is the share of a duration that is CPU time, in percent (default
	// 100: see defaultCPUPercent): of function.duration_ms when CPUMs is zero, and of every
	// schedule's duration_ms.
	CPUPercentOfDuration decimal.Decimal
	// StaticAssetPercent is the share of the requests served as static assets, in percent:
	// free, and running no Worker code.
	StaticAssetPercent decimal.Decimal
	// CPULimitMs is the Worker's configured CPU limit per request (default 30,000 ms).
	CPULimitMs int64
}

// defaultCPUPercent is the share of function.duration_ms taken as CPU time when the file
// states neither cpu_ms nor cpu_percent_of_duration: all of it. CPU time cannot exceed a
// request's wall time (a Worker's code runs on one thread), so 100% never understates the
// bill; an I/O-bound API spends most of its duration waiting and is billed far less, which is
// why the file should state cpu_ms (Cloudflare docs, Workers limits: "Most Workers requests
// consume less than a millisecond of CPU time").
var defaultCPUPercent = decimal.NewFromInt(100)

// globalRegion is Workers' one region.
const globalRegion = "global"

// ConfigOf is the Workers settings in w: the decoded workers section, or the defaults for a
// workload built in code without one.
func ConfigOf(w model.Workload) Config {
	if c, ok := model.SettingsOf[Config](w, ID); ok {
		return c
	}
	return Config{Region: regionFor(w.Region), CPUPercentOfDuration: defaultCPUPercent, CPULimitMs: defaultCPULimitMs}
}

// cpuPerRequest is the CPU time of one of the service's requests in milliseconds: cpu_ms, or
// function.duration_ms x cpu_percent_of_duration / 100 (exact: a percentage of a decimal).
func cpuPerRequest(w model.Workload) decimal.Decimal {
	c := ConfigOf(w)
	if c.CPUMs.IsPositive() {
		return c.CPUMs
	}
	return cpuShare(w.Function.DurationMs, c)
}

// cpuShare is the CPU time of a run of durationMs: its cpu_percent_of_duration.
func cpuShare(durationMs decimal.Decimal, c Config) decimal.Decimal {
	return durationMs.Mul(c.CPUPercentOfDuration).Shift(-2)
}

// regionFor is the Workers region of a workload in AWS region aws: always "global". Workers
// have no regions to choose: a deployed Worker runs in every location of Cloudflare's network,
// the one nearest each client serving it, at one price everywhere (Cloudflare docs, "How
// Workers works"; pricing/data/workers.yaml has the single price group global). So every AWS
// region, and none, maps to global.
func regionFor(string) string { return globalRegion }
