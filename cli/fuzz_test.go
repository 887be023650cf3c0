package cli

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/report"
	"github.com/breakeven/breakeven/workloads"
)

// choices reads the fuzzer's bytes as a stream of choices; past the end every choice is 0.
type choices struct{ data []byte }

// n is a choice in [0, k).
func (c *choices) n(k int) int {
	if len(c.data) == 0 || k <= 1 {
		return 0
	}
	v := int(c.data[0])
	if len(c.data) > 1 {
		v = v<<8 | int(c.data[1])
		c.data = c.data[2:]
	} else {
		c.data = c.data[1:]
	}
	return v % k
}

// pick is one of options.
func (c *choices) pick(options ...string) string { return options[c.n(len(options))] }

// maybe is true about one time in k.
func (c *choices) maybe(k int) bool { return c.n(k) == 0 }

// magnitude is a number spread over decades, up to 10^decades, with up to places decimals.
func (c *choices) magnitude(decades, places int) string {
	digits := fmt.Sprint(1 + c.n(999))
	v := digits + strings.Repeat("0", c.n(decades))
	if places > 0 && c.maybe(2) {
		return v + "." + fmt.Sprint(c.n(pow10(places)))
	}
	return v
}

func pow10(n int) int {
	v := 1
	for range n {
		v *= 10
	}
	return v
}

// fuzzWorkload writes a workload file from the choices: mostly valid, every section of the
// format reachable, values from the edges of their ranges as well as the middle.
func fuzzWorkload(c *choices, cat *pricing.Catalog) string {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	line("name: fuzz")
	line("region: %s", c.pick(cat.RegionCodes()...))
	schedulesOnly := c.maybe(8)
	if !schedulesOnly {
		line("traffic:")
		if c.maybe(3) {
			line("  requests_per_second: %s", c.magnitude(6, 3))
		} else {
			line("  requests_per_month: %s", c.magnitude(12, 0))
		}
		if c.maybe(3) {
			line("  growth_percent_per_month: %d", c.n(60))
		}
		if c.maybe(4) {
			line("  peak_percentile: %s", c.pick("50", "90", "99", "99.9", "99.99"))
		}
		zone := c.pick("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe")
		line("  time_zone: %s", zone)
		switch c.n(4) {
		case 1:
			line("  shape: diurnal")
			line("  diurnal: {peak_to_average: %s, peak_hour: %d}", c.pick("1", "1.5", "2.5", "10", "24"), c.n(24))
		case 2:
			line("  shape: business-hours")
			line("  business_hours: {days: [%s], start_hour: %d, end_hour: %d, off_hours_percent: %d}",
				c.pick("mon", "mon, tue, wed, thu, fri", "sat, sun"), c.n(12), 12+c.n(13), c.n(101))
		case 3:
			line("  shape: weights")
			w := make([]string, 24)
			for i := range w {
				w[i] = fmt.Sprint(c.n(100))
			}
			w[c.n(24)] = "1"
			line("  weights: [%s]", strings.Join(w, ", "))
		}
		if c.maybe(3) {
			line("  bursts:")
			if c.maybe(2) {
				line("    - {name: peak, multiplier: %s, hours_per_month: %d}", c.pick("1.5", "4", "100"), 1+c.n(730))
			} else {
				line("    - {name: daily, multiplier: %s, days: [mon, fri], start_hour: %d, end_hour: %d}", c.pick("2", "3"), c.n(12), 13+c.n(12))
			}
		}
		line("function:")
		line("  duration_ms: %s", c.pick("1", "0.5", "12", "120", "999.999", "15000", "899999", "900000", "900001", "3600000"))
		line("  memory_mb: %s", c.pick("128", "129", "512", "1769", "3008", "10240", "10241", "65536"))
	}
	line("lambda:")
	line("  architecture: %s", c.pick("x86_64", "arm64"))
	line("  free_tier: %v", c.maybe(2))
	if c.maybe(4) {
		line("  ephemeral_storage_mb: %d", 512+c.n(9729))
	}
	if c.maybe(4) {
		line("  provisioned_concurrency: %d", 1+c.n(2000))
		switch c.n(3) {
		case 1:
			line("  provisioned_schedule: weekly")
			line("  provisioned_hours: {days: [mon, tue], start_hour: %d, end_hour: %d}", c.n(12), 12+c.n(13))
		case 2:
			line("  provisioned_schedule: bursts")
		}
	}
	if c.maybe(3) {
		line("  concurrency_limit: %d", 1+c.n(2000))
	}
	line("  runtime: %s", c.pick(model.ColdStartRuntimes()...))
	if c.maybe(3) {
		line("  init_ms: %s", c.pick("0", "0.001", "180", "9999"))
	}
	if c.maybe(4) {
		line("  bill_cold_starts: %v", c.maybe(2))
	}
	if c.maybe(4) {
		line("  quota_raised: %v", c.maybe(2))
	}
	if c.maybe(2) {
		line("fargate:")
		if c.maybe(2) {
			pair := c.pick("0.25/0.5", "0.25/2", "0.5/4", "1/8", "2/16", "4/30", "8/60", "16/120", "16/32")
			vcpu, mem, _ := strings.Cut(pair, "/")
			line("  vcpu: %s", vcpu)
			line("  memory_gb: %s", mem)
		}
		if c.maybe(2) {
			line("  requests_per_second_per_task: %s", c.magnitude(4, 3))
		}
		line("  min_tasks: %d", c.n(10))
		line("  scaling: %s", c.pick("autoscaled", "fixed"))
	}
	if c.maybe(2) {
		line("ec2:")
		if c.maybe(2) {
			line("  instance_type: %s", c.pick(cat.InstanceTypeNames()...))
		}
		if c.maybe(2) {
			line("  requests_per_second_per_instance: %s", c.magnitude(4, 3))
		}
		line("  min_instances: %d", c.n(10))
		switch purchase := c.pick(string(model.OnDemand), string(model.Spot), string(model.SavingsPlan1y), string(model.Reserved1y)); purchase {
		case string(model.Spot):
			line("  purchase: spot")
			line("  spot_discount_percent: %d", c.n(101))
		default:
			line("  purchase: %s", purchase)
		}
		if c.maybe(3) {
			line("  cpu_credits: %s", c.pick("unlimited", "standard"))
		}
		if c.maybe(3) {
			line("  ebs_gb: %d", 1+c.n(16384))
		}
	}
	if c.maybe(4) {
		line("database: {max_connections: %d, connections_per_task: %d, connections_per_instance: %d, rds_proxy: %v, vcpu: %d}",
			1+c.n(5000), 1+c.n(50), 1+c.n(50), c.maybe(2), 1+c.n(64))
	}
	if !schedulesOnly && c.maybe(2) {
		fuzzFlow(c, line)
		fuzzServices(c, line)
	}
	if schedulesOnly || c.maybe(3) {
		line("schedules:")
		for i := range 1 + c.n(3) {
			exit := ""
			if pct := c.n(101); pct > 0 {
				exit = fmt.Sprintf(", early_exit_percent: %d, early_exit_ms: %s", pct, c.pick("1", "100", "60000"))
			}
			line("  - {name: job-%d, cron: %q, time_zone: %s, duration_ms: %s, memory_mb: %s, parallel: %d%s}",
				i, c.pick("0 2 * * *", "30 2 * * *", "*/5 * * * *", "* * * * *", "0 0 29 2 *", "@daily", "@monthly", "0 9-17 * * mon-fri"),
				c.pick("UTC", "Europe/Berlin", "America/New_York"), c.pick("1", "60000", "900000", "3600000"),
				c.pick("128", "1024", "10240"), 1+c.n(100), exit)
		}
	}
	return b.String()
}

// fuzzFlow writes a flow of up to six steps, each triggered by the entry or a step above.
func fuzzFlow(c *choices, line func(string, ...any)) {
	line("flow:")
	names := []string{"entry"}
	kinds := map[string]string{"entry": "function"}
	for i := range 1 + c.n(6) {
		name := fmt.Sprintf("s%d", i)
		from := names[c.n(len(names))]
		kind := c.pick("function", "sqs", "sns", "eventbridge", "step-functions")
		if kinds[from] == "sqs" {
			kind = "function" // only a function reads a queue
		}
		fields := []string{"name: " + name, "type: " + kind, "from: " + from, "per_parent: " + c.pick("1", "0.25", "2", "10", "1000")}
		switch kind {
		case "function":
			fields = append(fields, "duration_ms: "+c.pick("5", "300", "900000"), "memory_mb: "+c.pick("128", "1024"))
			if kinds[from] == "sqs" {
				fields = append(fields, "batch_size: "+c.pick("1", "10", "100"))
			} else if kinds[from] == "function" {
				fields = append(fields, "invoke: "+c.pick("sync", "async"))
			}
		case "sqs":
			fields = append(fields, "message_kb: "+c.pick("1", "64", "256"), fmt.Sprintf("fifo: %v", c.maybe(3)))
		case "sns", "eventbridge":
			fields = append(fields, "message_kb: "+c.pick("1", "65"))
		case "step-functions":
			if c.maybe(2) {
				fields = append(fields, "workflow: express", "duration_ms: "+c.pick("100", "300000", "300001"), "memory_mb: 64")
			} else {
				fields = append(fields, "workflow: standard", "transitions: "+c.pick("1", "8", "100"))
			}
		}
		line("  - {%s}", strings.Join(fields, ", "))
		names = append(names, name)
		kinds[name] = kind
	}
}

// fuzzServices writes the sections around the function.
func fuzzServices(c *choices, line func(string, ...any)) {
	switch c.n(3) {
	case 1:
		line("front_door: {lambda: %s, containers: %s, request_kb: %s, response_kb: %s}",
			c.pick("http-api", "function-url", "alb", "none"), c.pick("alb", "http-api", "none"), c.pick("0", "1", "600"), c.pick("0", "4", "1024"))
	case 2:
		line("front_door: {lambda: rest-api, containers: rest-api, cache_size_gb: %s, cache_hit_percent: %d, response_kb: 3}",
			c.pick("0.5", "1.6", "237"), c.n(101))
	}
	if c.maybe(2) {
		line("logs: {kb_per_invocation: %s, retention_days: %d}", c.pick("0", "0.15", "10"), 1+c.n(3653))
	}
	if c.maybe(2) {
		line("network: {nat_gateways: %d, nat_kb_per_request: %d, availability_zones: %d}", c.n(4), c.n(100), 1+c.n(3))
	}
	if c.maybe(3) {
		line("tracing: {xray: true}")
	}
	if c.maybe(3) {
		line("retries: {error_percent: %s, sync_retries: %d, async_retries: %d, queue_max_receives: %d, dead_letter_queue: %v}",
			c.pick("0", "1", "50", "99"), c.n(4), c.n(3), 1+c.n(10), c.maybe(2))
	}
}

// FuzzWorkloadEndToEnd writes a workload from the fuzzer's bytes, parses it, prices it and
// renders it in every format. Nothing may panic; a workload the format refuses must say why
// at a position; a priced one must render deterministically, with every estimate's cost the
// sum of its lines. go test ./cli -fuzz FuzzWorkloadEndToEnd explores; the seeds
// below, and every input that ever failed (testdata/fuzz/FuzzWorkloadEndToEnd), run with
// the tests.
func FuzzWorkloadEndToEnd(f *testing.F) {
	cat, err := pricing.Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range []string{"", "\x00\x01\x02\x03", "breakeven", strings.Repeat("\xff", 64), strings.Repeat("\x07\x00", 40)} {
		f.Add([]byte(seed))
	}
	known := knownOf(cat)
	f.Fuzz(func(t *testing.T, data []byte) {
		text := fuzzWorkload(&choices{data: data}, cat)
		w, err := workloads.ParseKnown("fuzz.yaml", []byte(text), known)
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz.yaml:") {
				t.Fatalf("a refused file must say where: %v\n%s", err, text)
			}
			return
		}
		res := model.Price([]model.Workload{w}, cat, model.Options{})
		for _, e := range res.Workloads[0].Estimates {
			if e.Feasible && !e.MonthlyCost.Equal(pricing.Total(e.LineItems)) {
				t.Fatalf("%s costs %s, its lines %s\n%s", e.Platform, e.MonthlyCost, pricing.Total(e.LineItems), text)
			}
		}
		for _, format := range report.Formats {
			var one, two bytes.Buffer
			if err := report.Write(&one, res, format); err != nil {
				t.Fatalf("%s: %v\n%s", format, err, text)
			}
			if err := report.Write(&two, model.Price([]model.Workload{w}, cat, model.Options{}), format); err != nil || !bytes.Equal(one.Bytes(), two.Bytes()) {
				t.Fatalf("%s: the same input gives other output\n%s", format, text)
			}
		}
	})
}
