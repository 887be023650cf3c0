package workloads

import (
	"errors"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
)

const minimal = `name: fast-api
traffic:
  requests_per_month: 3000000
function:
  duration_ms: 120
  memory_mb: 1536
`

func TestParseMinimalAppliesDefaults(t *testing.T) {
	w, err := Parse("fast-api.yaml", []byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	if w.Name != "fast-api" || w.File != "fast-api.yaml" || w.Region != "us-east-1" {
		t.Errorf("workload = %+v", w)
	}
	if w.Traffic.PerSecond || w.Traffic.RequestsPerMonth != 3000000 {
		t.Errorf("traffic = %+v", w.Traffic)
	}
	if w.Function.DurationMs.String() != "120" || w.Function.MemoryMB != 1536 {
		t.Errorf("function = %+v", w.Function)
	}
	if l := lambdaOf(w); l.Architecture != model.X86_64 || l.EphemeralStorageMB != 512 || l.FreeTier || l.ProvisionedConcurrency != 0 ||
		l.ColdStart.Runtime != model.DefaultRuntime || !l.ColdStart.InitMs.IsZero() {
		t.Errorf("lambda = %+v", lambdaOf(w))
	}
	f := fargateOf(w)
	if f.Architecture != model.X86_64 || f.EphemeralStorageGB != 20 || f.Fleet.Min != 1 ||
		!f.VCPU.IsZero() || !f.MemoryGB.IsZero() || !f.Fleet.RequestsPerSecondPerUnit.IsZero() {
		t.Errorf("fargate = %+v", f)
	}
	e := ec2Of(w)
	if e.InstanceType != "" || !e.Fleet.RequestsPerSecondPerUnit.IsZero() || e.Fleet.Min != 1 ||
		e.Purchase != model.OnDemand || !e.SpotDiscountPercent.IsZero() {
		t.Errorf("ec2 = %+v", e)
	}
	var got []string
	for _, d := range w.Defaulted {
		got = append(got, d.Key+"="+d.Value+" ("+d.Why+")")
	}
	wantDefaults := []string{
		"region=us-east-1 (default)",
		"traffic.peak_percentile=99 (default)",
		"lambda.architecture=x86_64 (default)",
		"lambda.ephemeral_storage_mb=512 (default)",
		"lambda.free_tier=false (default)",
		"lambda.provisioned_concurrency=0 (default)",
		"lambda.runtime=nodejs22.x (default)",
		"lambda.concurrency_limit=1000 (default)",
		"fargate.architecture=x86_64 (same as lambda.architecture)",
		"fargate.ephemeral_storage_gb=20 (default)",
		"fargate.min_tasks=1 (default)",
		"fargate.target_utilization_percent=70 (default)",
		"fargate.scaling=autoscaled (default)",
		"fargate.scale_out_lag_minutes=5 (default)",
		"ec2.min_instances=1 (default)",
		"ec2.target_utilization_percent=70 (default)",
		"ec2.scaling=autoscaled (default)",
		"ec2.scale_out_lag_minutes=5 (default)",
		"ec2.purchase=on-demand (default)",
		// Lambda Managed Instances: "It launches three [instances] by default for AZ
		// resiliency" (https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-scaling.html);
		// AWS documents no default ratio (ExecutionEnvironmentMemoryGiBPerVCpu, 2.0 to 8.0, not
		// required): 2 is the engine's choice, the lowest, the most vCPUs for the memory.
		"managed_instances.region=us-east-1 (the workload's region)",
		"managed_instances.memory_gib_per_vcpu=2 (default)",
		"managed_instances.min_instances=3 (default)",
		"managed_instances.purchase=on-demand (default)",
		// Cloud Run: request-based billing, "By default each Cloud Run instance can receive up
		// to 80 requests at the same time" (https://cloud.google.com/run/docs/about-concurrency),
		// minimum instances 0, "a maximum of 100 instances" by default
		// (https://cloud.google.com/run/docs/configuring/max-instances); startup_ms 1,000 is
		// the engine's estimate (Google publishes none) and the free tier is the account's.
		"cloudrun.billing=request (default)",
		"cloudrun.concurrency=80 (default)",
		"cloudrun.min_instances=0 (default)",
		"cloudrun.max_instances=100 (default)",
		"cloudrun.startup_ms=1000 (default)",
		"cloudrun.free_tier=true (default)",
		"cloudrun.region=us-east4 (nearest Cloud Run region to us-east-1)",
		// Azure Functions: the Consumption plan (the one whose rates the catalog has), the
		// subscription's free grants, East US for us-east-1 and the function's memory.
		"azure_functions.free_grants=true (default)",
		"azure_functions.plan=consumption (its rates and free grants are all in the catalog; Flex Consumption's execution rate and free grants are not)",
		"azure_functions.region=eastus (nearest Azure region to us-east-1)",
		"azure_functions.memory_mb=function.memory_mb (the function's memory, as observed)",
		// Cloudflare Workers: "By default, Workers are still limited to 30 seconds of CPU
		// time" (https://developers.cloudflare.com/changelog/2025-03-25-higher-cpu-limits/);
		// no static assets, the one global region, and all of a duration taken as CPU time
		// (an upper bound the engine chooses).
		"workers.static_asset_percent=0 (default)",
		"workers.cpu_limit_ms=30000 (default)",
		"workers.region=global (Workers run at Cloudflare's edge, every location at one price, whatever the AWS region)",
		"workers.cpu_percent_of_duration=100 (all of a duration taken as CPU time (function.duration_ms, a flow step's, a schedule's), an upper bound: state cpu_ms)",
	}
	if strings.Join(got, "\n") != strings.Join(wantDefaults, "\n") {
		t.Errorf("Defaulted:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantDefaults, "\n"))
	}
}

func TestParseFull(t *testing.T) {
	src := `name: mobile-backend
description: Mobile app API
region: eu-west-1
traffic:
  requests_per_second: 12.5
  peak_percentile: 99.9
function:
  duration_ms: 0.5
  memory_mb: 20000
lambda:
  architecture: arm64
  ephemeral_storage_mb: 1024
  free_tier: true
  provisioned_concurrency: 3
  runtime: python3.13
  concurrency_limit: 500
  package_mb: 12
  vpc: true
  init_ms: 250.5
  keep_alive_minutes: 7
fargate:
  architecture: x86_64
  vcpu: 0.25
  memory_gb: 0.5
  ephemeral_storage_gb: 21
  requests_per_second_per_task: 40.125
  min_tasks: 0
  target_utilization_percent: 60
  scaling: fixed
  scale_out_lag_minutes: 3
ec2:
  instance_type: t4g.small
  requests_per_second_per_instance: 60
  min_instances: 2
  purchase: spot
  spot_discount_percent: 65.5
  target_utilization_percent: 85
  scaling: autoscaled
  scale_out_lag_minutes: 0
managed_instances:
  instance_type: m7g.xlarge
  concurrency: 32
  memory_gb: 4
  memory_gib_per_vcpu: 4
  min_instances: 2
  purchase: savings-plan-1y
  region: eu-west-1
cloudrun:
  billing: instance
  vcpu: 2
  memory_gib: 4
  concurrency: 40
  min_instances: 1
  max_instances: 20
  region: europe-west1
  startup_ms: 800
  free_tier: false
azure_functions:
  plan: consumption
  region: westeurope
  memory_mb: 1024
  free_grants: false
workers:
  region: global
  cpu_ms: 3
  cpu_percent_of_duration: 50
  static_asset_percent: 10
  cpu_limit_ms: 50000
`
	w, err := Parse("full.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Defaulted) != 0 {
		t.Errorf("nothing should be defaulted: %v", w.Defaulted)
	}
	if f, e := fargateOf(w).Fleet, ec2Of(w).Fleet; f.TargetUtilizationPercent != 60 || f.Scaling != model.Fixed || f.ScaleOutLagMinutes != 3 ||
		e.TargetUtilizationPercent != 85 || e.Scaling != model.Autoscaled || e.ScaleOutLagMinutes != 0 || w.Traffic.PeakPercentile.String() != "99.9" {
		t.Errorf("fleets %+v %+v, percentile %s", f, e, w.Traffic.PeakPercentile)
	}
	// Lambda's own memory limit is the engine's to report, not an input error.
	if w.Function.MemoryMB != 20000 || w.Function.DurationMs.String() != "0.5" {
		t.Errorf("function = %+v", w.Function)
	}
	if !w.Traffic.PerSecond || w.Traffic.RequestsPerSecond.String() != "12.5" || w.Traffic.RequestsPerMonth != 0 {
		t.Errorf("traffic = %+v", w.Traffic)
	}
	l, cs := lambdaOf(w), lambdaOf(w).ColdStart
	if l.Architecture != model.ARM64 || l.EphemeralStorageMB != 1024 || !l.FreeTier || l.ProvisionedConcurrency != 3 ||
		cs.Runtime != "python3.13" || cs.PackageMB != 12 || !cs.VPC || cs.InitMs.String() != "250.5" || cs.KeepAliveMinutes != 7 {
		t.Errorf("lambda = %+v", lambdaOf(w))
	}
	f := fargateOf(w)
	if f.Architecture != model.X86_64 || f.VCPU.String() != "0.25" || f.MemoryGB.String() != "0.5" ||
		f.EphemeralStorageGB != 21 || f.Fleet.RequestsPerSecondPerUnit.String() != "40.125" || f.Fleet.Min != 0 {
		t.Errorf("fargate = %+v", f)
	}
	e := ec2Of(w)
	if e.InstanceType != "t4g.small" || e.Fleet.RequestsPerSecondPerUnit.String() != "60" || e.Fleet.Min != 2 ||
		e.Purchase != model.Spot || e.SpotDiscountPercent.String() != "65.5" {
		t.Errorf("ec2 = %+v", e)
	}
	if w.Region != "eu-west-1" || w.Description != "Mobile app API" {
		t.Errorf("workload = %+v", w)
	}
}

func TestFargateArchitectureFollowsLambda(t *testing.T) {
	w, err := Parse("a.yaml", []byte(minimal+"lambda:\n  architecture: arm64\n"))
	if err != nil {
		t.Fatal(err)
	}
	if fargateOf(w).Architecture != model.ARM64 {
		t.Errorf("fargate architecture = %s", fargateOf(w).Architecture)
	}
}

// TestParseErrors covers every kind of problem, with the exact message a person reads.
func TestParseErrors(t *testing.T) {
	const file = "workloads/fast-api.yaml"
	for _, c := range []struct {
		name, src string
		want      []string
	}{
		{"empty file", "", []string{
			file + ":1:1: the file is empty; expected a mapping"}},
		{"not a mapping", "- name: x\n", []string{
			file + ":1:1: expected a mapping, found a list"}},
		{"syntax error", "name: x\ntraffic: [\n", []string{
			file + ":2:10: invalid YAML: did not find expected node content (the [ that starts here is not closed)"}},
		{"missing sections", "name: fast-api\n", []string{
			file + `:1:1: describe a service (traffic and function), schedules, or both`}},
		{"traffic without function", "name: fast-api\ntraffic:\n  requests_per_month: 1\n", []string{
			file + `:2:1: traffic: traffic needs a function section: how one request behaves`}},
		{"missing function keys", "name: fast-api\ntraffic:\n  requests_per_month: 1\nfunction:\n  memory: 5\n", []string{
			file + `:4:1: function: missing required key "duration_ms"`,
			file + `:4:1: function: missing required key "memory_mb"`,
			file + `:5:3: function: unknown key "memory" (did you mean "memory_mb"?)`}},
		{"unknown key", strings.Replace(minimal, "requests_per_month", "requets_per_month", 1), []string{
			file + ":2:1: traffic: give one of requests_per_month or requests_per_second",
			file + `:3:3: traffic: unknown key "requets_per_month" (did you mean "requests_per_month"?)`}},
		{"unknown top-level key", minimal + "lamda:\n  free_tier: true\n", []string{
			file + `:7:1: unknown key "lamda" (did you mean "lambda"?)`}},
		{"unknown key, nothing close", minimal + "owner: me\n", []string{
			file + `:7:1: unknown key "owner"; valid keys are name, description, region, platforms, traffic, function, ` +
				sectionKeys() + `, database, flow, front_door, logs, network, tracing, retries, schedules, tuning, scenarios, purchase`}},
		{"both traffic keys", strings.Replace(minimal, "traffic:\n", "traffic:\n  requests_per_second: 2\n", 1), []string{
			file + ":2:1: traffic: requests_per_month and requests_per_second are both given; give exactly one"}},
		{"duplicate key", minimal + "name: again\n", []string{
			file + `:7:1: duplicate key "name" (first given at line 1)`}},
		{"bad name", strings.Replace(minimal, "fast-api", "Fast API", 1), []string{
			file + `:1:7: name: "Fast API" is not valid; expected a name of lowercase letters, digits and dashes (at most 63, not starting or ending with a dash), such as mobile-backend`}},
		{"bad region", minimal + "region: us-east\n", []string{
			file + `:7:9: region: "us-east" is not valid; expected an AWS region code such as us-east-1`}},
		{"word for a number", strings.Replace(minimal, "1536", "lots", 1), []string{
			file + `:6:14: function.memory_mb: "lots" is not a whole number; expected an integer from 1 to 1048576`}},
		{"quoted number", strings.Replace(minimal, "1536", `"1536"`, 1), []string{
			file + `:6:14: function.memory_mb: "1536" is text, not a whole number; expected an integer from 1 to 1048576 (remove the quotes)`}},
		{"exponent", strings.Replace(minimal, "3000000", "3e6", 1), []string{
			file + `:3:23: traffic.requests_per_month: 3e6 is not written in plain decimal digits; expected an integer from 0 to 1000000000000000 (write 3000000)`}},
		{"zero duration", strings.Replace(minimal, "duration_ms: 120", "duration_ms: 0", 1), []string{
			file + `:5:16: function.duration_ms: 0 is not greater than 0; expected a number greater than 0 and at most 86400000, with at most 3 decimal places`}},
		{"duration over a day", strings.Replace(minimal, "duration_ms: 120", "duration_ms: 86400001", 1), []string{
			file + `:5:16: function.duration_ms: 86400001 is above the maximum of 86400000`}},
		{"too many places", strings.Replace(minimal, "duration_ms: 120", "duration_ms: 120.0001", 1), []string{
			file + `:5:16: function.duration_ms: 120.0001 has 4 decimal places; at most 3 are allowed`}},
		{"memory out of range", strings.Replace(minimal, "1536", "2000000", 1), []string{
			file + `:6:14: function.memory_mb: 2000000 is above the maximum of 1048576`}},
		{"ephemeral storage below minimum", minimal + "lambda:\n  ephemeral_storage_mb: 256\n", []string{
			file + `:8:25: lambda.ephemeral_storage_mb: 256 is below the minimum of 512`}},
		{"architecture enum", minimal + "lambda:\n  architecture: arm\n", []string{
			file + `:8:17: lambda.architecture: "arm" is not one of x86_64, arm64 (did you mean "arm64"?)`}},
		{"bool", minimal + "lambda:\n  free_tier: yes\n", []string{
			file + `:8:14: lambda.free_tier: "yes" is not true or false`}},
		{"negative provisioned concurrency", minimal + "lambda:\n  provisioned_concurrency: -1\n", []string{
			file + `:8:28: lambda.provisioned_concurrency: -1 is below the minimum of 0`}},
		{"fargate vcpu", minimal + "fargate:\n  vcpu: 64\n  memory_gb: 0\n", []string{
			file + `:8:9: fargate.vcpu: 64 is above the maximum of 32`,
			file + `:9:14: fargate.memory_gb: 0 is not greater than 0; expected a number greater than 0 and at most 244`}},
		{"instance type", minimal + "ec2:\n  instance_type: t4g-small\n", []string{
			file + `:8:18: ec2.instance_type: "t4g-small" is not valid; expected an EC2 instance type such as t4g.small`}},
		{"purchase enum", minimal + "ec2:\n  purchase: reserved\n", []string{
			file + `:8:13: ec2.purchase: "reserved" is not one of on-demand, reserved-1y, reserved-3y, savings-plan-1y, savings-plan-3y, spot`}},
		{"spot without discount", minimal + "ec2:\n  purchase: spot\n", []string{
			file + `:7:1: ec2: missing required key "spot_discount_percent" (required when purchase is spot)`}},
		{"discount without spot", minimal + "ec2:\n  spot_discount_percent: 65\n", []string{
			file + `:8:26: ec2.spot_discount_percent: allowed only when purchase is spot (purchase is on-demand, the default)`}},
		{"discount over 100", minimal + "ec2:\n  purchase: spot\n  spot_discount_percent: 120\n", []string{
			file + `:9:26: ec2.spot_discount_percent: 120 is above the maximum of 100`}},
		{"section of the wrong type", minimal + "lambda: arm64\n", []string{
			file + `:7:1: lambda: expected a mapping, found "arm64"`}},
		{"every problem at once, sorted", `name: Fast
traffic:
  requets_per_month: 5
function:
  duration_ms: -1
  memory_mb: "512"
ec2:
  purchase: spot
`, []string{
			file + `:1:7: name: "Fast" is not valid; expected a name of lowercase letters, digits and dashes (at most 63, not starting or ending with a dash), such as mobile-backend`,
			file + ":2:1: traffic: give one of requests_per_month or requests_per_second",
			file + `:3:3: traffic: unknown key "requets_per_month" (did you mean "requests_per_month"?)`,
			file + `:5:16: function.duration_ms: -1 is not greater than 0; expected a number greater than 0 and at most 86400000, with at most 3 decimal places`,
			file + `:6:14: function.memory_mb: "512" is text, not a whole number; expected an integer from 1 to 1048576 (remove the quotes)`,
			file + `:7:1: ec2: missing required key "spot_discount_percent" (required when purchase is spot)`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse(file, []byte(c.src))
			if err == nil {
				t.Fatal("Parse accepted it")
			}
			var list yamlspec.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error is %T, want yamlspec.ErrorList", err)
			}
			if got, want := err.Error(), strings.Join(c.want, "\n"); got != want {
				t.Errorf("errors:\n got: %s\nwant: %s", got, want)
			}
		})
	}
}

func TestParseNilErrorWhenValid(t *testing.T) {
	if _, err := Parse("a.yaml", []byte(minimal)); err != nil {
		t.Fatalf("err = %#v, want a nil interface", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(minimal))
	f.Add([]byte(""))
	f.Add([]byte("name: x\ntraffic: [\n"))
	f.Add([]byte(minimal + "ec2:\n  purchase: spot\n  spot_discount_percent: 65\n"))
	f.Add([]byte(minimal + "lambda:\n  architecture: arm\nfargate: {vcpu: 0.5, memory_gb: 1}\n"))
	for _, name := range ExampleNames() {
		src, _ := ExampleSource(name)
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		w, err := Parse("f.yaml", data)
		service := w.Function.MemoryMB >= 1 && w.Function.DurationMs.IsPositive()
		if err == nil && (w.Name == "" || (!service && !(w.SchedulesOnly && len(w.Schedules) > 0))) {
			t.Fatalf("accepted an incomplete workload: %+v", w)
		}
		if err != nil {
			_ = err.Error()
		}
	})
}

// TestScheduleKeysOfPlatforms: Fargate's and EC2's keys of a schedule decode through the
// platforms (model.ScheduleKeysOwner) into Schedule.Settings, EC2's default host recorded
// and its check of the file's service positioned at its key.
func TestScheduleKeysOfPlatforms(t *testing.T) {
	const jobs = "name: jobs\nschedules:\n  - name: nightly\n    cron: \"0 2 * * *\"\n    duration_ms: 60000\n    memory_mb: 1024\n"
	w, err := Parse("jobs.yaml", []byte(jobs+"    task_vcpu: 0.5\n    task_memory_gb: 2\n"))
	if err != nil {
		t.Fatal(err)
	}
	s := w.Schedules[0]
	task, _ := model.ScheduleSettingsOf[model.FargateSchedule](s, model.PlatformFargate)
	host, _ := model.ScheduleSettingsOf[model.EC2Schedule](s, model.PlatformEC2)
	if task.TaskVCPU.String() != "0.5" || task.TaskMemoryGB.String() != "2" || host.Host != model.DedicatedInstance {
		t.Errorf("task %+v, host %q", task, host.Host)
	}
	found := false
	for _, d := range w.Defaulted {
		found = found || d.Key == "schedules[0].ec2" && d.Value == "dedicated"
	}
	if !found {
		t.Errorf("schedules[0].ec2 not recorded as a default: %v", w.Defaulted)
	}
	_, err = Parse("jobs.yaml", []byte(jobs+"    ec2: service\n"))
	if want := "jobs.yaml:7:10: schedules[0].ec2: there is no service to share instances with: the file has no traffic"; err == nil || err.Error() != want {
		t.Errorf("error %v, want %s", err, want)
	}
}

// sectionKeys are the registered platforms' section keys, in the order of model.Platforms,
// as the list of valid keys gives them: "lambda, fargate, ec2, managed_instances, ...".
func sectionKeys() string {
	var keys []string
	for _, sec := range model.Sections() {
		keys = append(keys, sec.SectionKey())
	}
	return strings.Join(keys, ", ")
}
