package managedinstances

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestRegionOutsideUSEast: in eu-west-1 the instances are priced at the AWS catalog's
// eu-west-1 rate (c6i.large, 3 x 730 = 2,190 hours x $0.0912 = $199.728), but the request
// charge and the fee, stated by AWS for US East only, are not in the catalog there: the
// estimate lists them as unpriced (incomplete, never guessed) and warns that availability is
// not confirmed.
func TestRegionOutsideUSEast(t *testing.T) {
	e := price(t, parse(t, apiHead), catalog(t), model.Month{})
	wantCosts(t, e, map[string]string{"lambda.managed_instances.instances": "199.728"})
	var keys []string
	for _, u := range e.Unpriced {
		keys = append(keys, u.Key+" in "+u.Region)
	}
	if got := strings.Join(keys, ", "); got != "lambda.managed_instances.requests in eu-west-1, lambda.managed_instances.management_fee in eu-west-1" {
		t.Errorf("unpriced %s", got)
	}
	if len(e.Warnings) != 1 || !strings.Contains(e.Warnings[0], "availability in eu-west-1 is not confirmed") {
		t.Errorf("warnings %v", e.Warnings)
	}
}

// TestRegionKey: managed_instances.region prices the instances and the fees in the region it
// names, whatever the workload's: us-east-1 gives TestPlainAPI's $214.6725 for the eu-west-1
// workload, complete.
func TestRegionKey(t *testing.T) {
	e := price(t, parse(t, apiHead+"managed_instances:\n  region: us-east-1\n"), catalog(t), model.Month{})
	if !e.MonthlyCost.Equal(dec("214.6725")) || len(e.Unpriced) != 0 || len(e.Warnings) != 0 {
		t.Errorf("total %s, unpriced %v, warnings %v", e.MonthlyCost, e.Unpriced, e.Warnings)
	}
}

// TestPortfolioHasNoAccountRule: Lambda Managed Instances has no free tier and no tiers
// (AWS Lambda pricing page: a flat request charge, the instances and the fee), and each
// workload's function keeps its own minimum instances: two workloads billed as one account
// cost what they cost alone, TestPlainAPI's $214.6725 twice, $429.345.
func TestPortfolioHasNoAccountRule(t *testing.T) {
	text := strings.Replace(apiHead, "eu-west-1", "us-east-1", 1)
	a, b := parse(t, text), parse(t, strings.Replace(text, "name: api", "name: api-2", 1))
	r := model.Price([]model.Workload{a, b}, catalog(t), model.Options{})
	for _, p := range r.Portfolio.Platforms {
		if p.Platform != ID {
			continue
		}
		if !p.MonthlyCost.Equal(dec("429.345")) || !p.StandaloneSum.Equal(dec("429.345")) || p.Workloads != 2 {
			t.Errorf("portfolio %s (alone %s) over %d workloads, want 429.345 both", p.MonthlyCost, p.StandaloneSum, p.Workloads)
		}
		return
	}
	t.Error("no portfolio total for the platform")
}
