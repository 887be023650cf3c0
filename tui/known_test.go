package tui

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/workloads"
)

// TestExplorerRefusesWhatTheCatalogLacks: a file naming a region the catalog lacks is listed
// with its problem, not opened; an edit to an instance type the catalog lacks is refused.
func TestExplorerRefusesWhatTheCatalogLacks(t *testing.T) {
	known := workloads.Known{Regions: []string{"us-east-1"}, InstanceTypes: []string{"m7g.large"}}
	p := pricer{cat: catalog(t), known: known}
	bad := newDoc(Source{Path: "w.yaml", Data: []byte("name: w\nregion: eu-west-3\ntraffic: {requests_per_month: 1000}\nfunction: {duration_ms: 100, memory_mb: 512}\n")}, p)
	if bad.valid() || !strings.HasPrefix(bad.problems, `w.yaml:2:9: region: the catalog has no prices for region "eu-west-3"`) {
		t.Errorf("problems = %q", bad.problems)
	}
	good := newDoc(Source{Path: "w.yaml", Data: []byte("name: w\ntraffic: {requests_per_month: 1000}\nfunction: {duration_ms: 100, memory_mb: 512}\nec2: {instance_type: m7g.large}\n")}, p)
	if !good.valid() {
		t.Fatal(good.problems)
	}
	err := good.apply(p, workloads.Edit{Key: "ec2.instance_type", Value: "m7g.larg"})
	if err == nil || !strings.Contains(err.Error(), `did you mean "m7g.large"?`) || ec2Of(good.work).InstanceType != "m7g.large" {
		t.Errorf("edit: err %v, instance type %s", err, ec2Of(good.work).InstanceType)
	}
}
