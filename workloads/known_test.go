package workloads

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// testKnown is a catalog's knowledge for these tests: two regions, three instance types and
// the Fargate sizes of 0.25, 0.5 and 8 vCPU (the real table is pricing's; cli's tests
// check the wiring with it).
func testKnown() Known {
	k := Known{Regions: []string{"eu-west-1", "us-east-1"}, InstanceTypes: []string{"c7g.large", "m7g.large", "m7g.xlarge"}}
	add := func(vcpu string, mems ...string) {
		for _, m := range mems {
			k.FargateSizes = append(k.FargateSizes, FargateSize{VCPU: decimal.RequireFromString(vcpu), MemoryGB: decimal.RequireFromString(m)})
		}
	}
	add("0.25", "0.5", "1", "2")
	add("0.5", "1", "2", "3", "4")
	add("8", "16", "20", "24", "28")
	return k
}

func TestParseKnownRefusesWhatTheCatalogLacks(t *testing.T) {
	src := minimal + `region: eu-west-3
fargate:
  vcpu: 0.5
  memory_gb: 5
ec2:
  instance_type: m7g.larg
schedules:
  - {name: a, cron: "@daily", duration_ms: 1000, memory_mb: 512, task_vcpu: 3}
  - {name: b, cron: "@daily", duration_ms: 1000, memory_mb: 512, task_memory_gb: 5.5}
  - {name: c, cron: "@daily", duration_ms: 1000, memory_mb: 512, task_vcpu: 8, task_memory_gb: 17}
  - {name: d, cron: "@daily", duration_ms: 1000, memory_mb: 512, task_memory_gb: 3}
`
	_, err := ParseKnown("w.yaml", []byte(src), testKnown())
	want := []string{
		`w.yaml:7:9: region: the catalog has no prices for region "eu-west-3" (did you mean "eu-west-1"?): it has eu-west-1, us-east-1; add a region with --pricing`,
		`w.yaml:10:14: fargate.memory_gb: no Fargate task has 0.5 vCPU and 5 GB (did you mean 4?): 0.5 vCPU allows 1 to 4 GB`,
		"w.yaml:12:18: ec2.instance_type: the catalog has no instance type \"m7g.larg\" (did you mean \"m7g.large\"?); `breakeven pricing` lists every type, and --pricing adds one",
		`w.yaml:14:77: schedules[0].task_vcpu: no Fargate task has 3 vCPU (did you mean 8?): choose 0.25, 0.5 or 8`,
		`w.yaml:15:82: schedules[1].task_memory_gb: no Fargate task has 5.5 GB (did you mean 16?): each vCPU allows its own sizes (0.25 vCPU: 0.5, 1, 2 GB; 0.5 vCPU: 1 to 4 GB; 8 vCPU: 16 to 28 GB in 4 GB steps)`,
		`w.yaml:16:96: schedules[2].task_memory_gb: no Fargate task has 8 vCPU and 17 GB (did you mean 20?): 8 vCPU allows 16 to 28 GB in 4 GB steps`,
	}
	if err == nil || err.Error() != strings.Join(want, "\n") {
		t.Errorf("got:\n%v\nwant:\n%s", err, strings.Join(want, "\n"))
	}
}

func TestParseKnownAcceptsWhatTheCatalogHas(t *testing.T) {
	src := minimal + `region: eu-west-1
fargate: {vcpu: 8, memory_gb: 24}
ec2: {instance_type: c7g.large}
`
	if _, err := ParseKnown("w.yaml", []byte(src), testKnown()); err != nil {
		t.Error(err)
	}
	// Without a catalog (Parse) nothing of it is checked.
	if _, err := Parse("w.yaml", []byte(minimal+"region: ap-south-1\nec2: {instance_type: x9.huge}\nfargate: {vcpu: 3}\n")); err != nil {
		t.Error(err)
	}
}

func TestUnknownInstanceListsItsFamily(t *testing.T) {
	// Too far from any type for a suggestion: the family's types are listed instead.
	got := testKnown().unknownInstance("m7g.metal-48xl")
	want := "the catalog has no instance type \"m7g.metal-48xl\" (it has m7g.large, m7g.xlarge); `breakeven pricing` lists every type, and --pricing adds one"
	if got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}
