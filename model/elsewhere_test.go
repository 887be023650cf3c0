package model

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/pricing"
)

// elsewhere is a platform of another provider for the test: $1 a month, surrounded as such.
type elsewhere struct{}

func (elsewhere) ID() Platform                        { return "elsewhere" }
func (elsewhere) Name() string                        { return "Elsewhere" }
func (elsewhere) Resolve(*Workload, *pricing.Catalog) {}
func (elsewhere) Estimate(d *Demand) Estimate {
	items := []pricing.LineItem{{ID: "elsewhere.base", Name: "Base", Quantity: dec("1"), Unit: "month", UnitPrice: dec("1"), Cost: dec("1")}}
	return d.SurroundElsewhere(Priced(Estimate{Platform: "elsewhere"}, items), "Elsewhere")
}
func (elsewhere) Schedule(*ScheduledJob) Estimate {
	return Priced(Estimate{Platform: "elsewhere"}, nil)
}
func (elsewhere) SchedulesOnly(*Demand) Estimate { return Priced(Estimate{Platform: "elsewhere"}, nil) }

// TestSurroundElsewhereListsAWSServices: on another provider the order pipeline's flow (its
// queue, topic), logs and X-Ray are AWS's and listed as not priced, each once, the front door
// (HTTP API) is the provider's endpoint and adds nothing, and the bill stays the platform's
// own $1; a bare workload has nothing to list.
func TestSurroundElsewhereListsAWSServices(t *testing.T) {
	t.Cleanup(RegisterPlatform(elsewhere{}))
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	e := Price([]Workload{orderPipeline()}, cat, Options{}).Workloads[0].Estimate("elsewhere")
	if !e.Feasible || !e.MonthlyCost.Equal(dec("1")) {
		t.Fatalf("feasible %v, cost %s; want $1", e.Feasible, e.MonthlyCost)
	}
	var keys []string
	for _, u := range e.Unpriced {
		keys = append(keys, u.Key)
		if !strings.HasSuffix(u.What, "(AWS; no Elsewhere equivalent priced)") || u.Region != "us-east-1" {
			t.Errorf("unpriced %+v: want an AWS service named as such in us-east-1", u)
		}
	}
	got := strings.Join(keys, " ")
	for _, want := range []string{"sqs.standard", "sns.publishes", "logs.", "xray.", "eventbridge.scheduler"} {
		if !strings.Contains(got, want) {
			t.Errorf("unpriced %s: want a %s line", got, want)
		}
	}
	for _, front := range []string{"apigateway", "alb"} {
		if strings.Contains(got, front) {
			t.Errorf("unpriced %s: the front door is the provider's endpoint", got)
		}
	}
	if len(e.Warnings) != 1 || !strings.Contains(e.Warnings[0], "Elsewhere serves the requests on its own HTTPS endpoint") {
		t.Errorf("warnings %q: want the front door said once", e.Warnings)
	}
	if e.Complete() {
		t.Error("an estimate leaving AWS services out is complete")
	}
	bare := Price([]Workload{mobileBackend()}, cat, Options{}).Workloads[0].Estimate("elsewhere")
	if len(bare.Unpriced) != 0 {
		t.Errorf("a bare workload lists %v", bare.Unpriced)
	}
}
