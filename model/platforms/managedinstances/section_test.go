package managedinstances

import (
	"errors"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/workloads"
)

const apiHead = `name: api
region: eu-west-1
traffic:
  requests_per_month: 3000000
function:
  duration_ms: 120
  memory_mb: 1536
`

// TestSectionDefaults reads a file without the section: the defaults AWS documents are taken
// and recorded (min_instances 3, purchase on-demand, 2 GiB per vCPU, the workload's region),
// and what the engine sizes is noted when priced (memory_gb 2, concurrency 64, the instance).
func TestSectionDefaults(t *testing.T) {
	w := parse(t, apiHead)
	if got := ConfigOf(w); got.MinInstances != 3 || got.Purchase != model.OnDemand || got.MemoryPerVCPU.IntPart() != 2 || got.Region != "eu-west-1" ||
		got.InstanceType != "" || got.Concurrency != 0 || !got.MemoryGB.IsZero() {
		t.Errorf("defaults %+v", got)
	}
	r := model.Price([]model.Workload{w}, catalog(t), model.Options{})
	noted := map[string]string{}
	for _, d := range r.Workloads[0].Workload.Defaulted {
		noted[d.Key] = d.Value
	}
	for k, v := range map[string]string{"managed_instances.min_instances": "3", "managed_instances.purchase": "on-demand",
		"managed_instances.memory_gib_per_vcpu": "2", "managed_instances.region": "eu-west-1",
		"managed_instances.memory_gb": "2", "managed_instances.concurrency": "64", "managed_instances.instance_type": "c6i.large"} {
		if noted[k] != v {
			t.Errorf("%s noted %q, want %q", k, noted[k], v)
		}
	}
}

// TestSectionKeysGiven reads every key: a 16 GB environment at 8 GiB per vCPU has 2 vCPUs;
// concurrency 10 is kept, and r7g.large (2 vCPUs, 16 GiB) holds one environment.
func TestSectionKeysGiven(t *testing.T) {
	w := parse(t, apiHead+`managed_instances:
  instance_type: r7g.large
  concurrency: 10
  memory_gb: 16
  memory_gib_per_vcpu: 8
  min_instances: 2
  purchase: savings-plan-1y
  region: us-east-1
`)
	s, reasons := sizingOf(w, catalog(t))
	if len(reasons) > 0 || s.VCPU != 2 || s.Concurrency != 10 || s.PerInstance != 1 || s.Instance.Name != "r7g.large" || len(s.Chosen()) != 0 {
		t.Errorf("sizing %+v, %v", s, reasons)
	}
	if c := ConfigOf(w); c.MinInstances != 2 || c.Purchase != model.SavingsPlan1y || c.Region != "us-east-1" {
		t.Errorf("config %+v", c)
	}
}

// TestSectionBadValues lists every problem at once, each at FILE:LINE:COLUMN with its key: a
// ratio AWS does not offer, memory that is not whole vCPUs, a concurrency beyond AWS's 1,600,
// a purchase option the platform does not sell (Spot).
func TestSectionBadValues(t *testing.T) {
	_, err := workloads.Parse("bad.yaml", []byte(apiHead+`managed_instances:
  memory_gib_per_vcpu: 3
  concurrency: 2000
  purchase: spot
`))
	_, err2 := workloads.Parse("bad.yaml", []byte(apiHead+`managed_instances:
  memory_gb: 5
`))
	var list, list2 yamlspec.ErrorList
	if !errors.As(err, &list) || !errors.As(err2, &list2) {
		t.Fatalf("errors %v / %v, want problem lists", err, err2)
	}
	all := append(list, list2...)
	for _, want := range []string{
		"bad.yaml:9:24: managed_instances.memory_gib_per_vcpu: expected 2, 4 or 8 GiB per vCPU",
		"bad.yaml:10:16: managed_instances.concurrency:",
		"bad.yaml:11:13: managed_instances.purchase:",
		"bad.yaml:9:14: managed_instances.memory_gb: expected a multiple of memory_gib_per_vcpu 2 (an environment has whole vCPUs), not 5",
	} {
		found := false
		for _, e := range all {
			found = found || strings.HasPrefix(e.Error(), want)
		}
		if !found {
			t.Errorf("no problem %q in %v", want, all)
		}
	}
}

// TestSectionTemplateListsEveryKey: `breakeven init` shows every key of the section.
func TestSectionTemplateListsEveryKey(t *testing.T) {
	for _, f := range sectionSpec.Fields {
		if !strings.Contains(sectionTemplate, "# "+f.Key+":") {
			t.Errorf("the template lacks %s", f.Key)
		}
		if f.Spec.Doc == "" {
			t.Errorf("%s has no doc", f.Key)
		}
	}
}
