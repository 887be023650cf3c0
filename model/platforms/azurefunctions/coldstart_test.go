package azurefunctions

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
)

// TestColdStarts: one request an hour follows an idle gap of 20 minutes or more with
// probability e^(-20/60) = 0.72, rounded to one start each hour: 730 a month, every request;
// 4,110 an hour (3,000,000 a month) leave no such gap: none. On Flex, 3,000,000 requests of 120
// ms arriving in one hour need 7 instances at 16 at once (TestFlexHour): the first is the start
// from zero, 6 more start cold. The estimate is labelled and bills nothing.
func TestColdStarts(t *testing.T) {
	cat := catalog(t)
	sparse := model.ColdStartsOf(azureOf(t, cat, api(t, "730", "120", "512", "")))
	if sparse == nil || sparse.Total != 730 || sparse.Requests != 730 || sparse.Share != 1 {
		t.Fatalf("one an hour: %+v", sparse)
	}
	if !strings.Contains(strings.Join(sparse.Assumptions, " "), "20 minutes") || sparse.InitSource == "" {
		t.Errorf("assumptions %q, init source %q", sparse.Assumptions, sparse.InitSource)
	}
	if dense := model.ColdStartsOf(azureOf(t, cat, api(t, "3000000", "120", "512", ""))); dense.Total != 0 {
		t.Errorf("4,110 an hour: %d cold starts", dense.Total)
	}
	c := Config{Plan: FlexConsumption, InstanceMemoryMB: 2048}
	cs := coldStarts(c, demand.Classify([]int64{0, 3000000, 3000000, 0}), []int64{0, 7})
	if cs.ScaleUps != 6 || cs.IdleRecycles != 0 || cs.Total != 6 || cs.PeakEnvironments != 7 {
		t.Errorf("Flex burst: %+v", cs)
	}
}

// TestEditFields: the explorer's inputs switch the plan, move the Flex memory to the next
// size and the concurrency by one.
func TestEditFields(t *testing.T) {
	w := api(t, "1000", "100", "512", "{plan: flex_consumption}")
	fields := Platform{}.EditFields(w)
	want := map[string]string{"azure_functions.plan": "consumption", "azure_functions.instance_memory_mb": "4096", "azure_functions.concurrency": "17"}
	for _, f := range fields {
		edits := f.Nudge(w, 1, nil)
		if len(edits) != 1 || edits[0].Key != f.Key || edits[0].Value != want[f.Key] {
			t.Errorf("%s nudged to %+v, want %s", f.Key, edits, want[f.Key])
		}
	}
}
