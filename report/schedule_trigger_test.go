package report

import (
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// TestEventDrivenSaysEveryTriggerPlatform: the event-driven comparison is said for each
// platform that made one, in its order, with no name written here: on a platform the
// registry does not have (fakePlatform, named by its id) a schedule of $10.00 against
// $4.00 of one run per item saves $6.00; one that cannot is left out.
func TestEventDrivenSaysEveryTriggerPlatform(t *testing.T) {
	d := decimal.RequireFromString
	ed := &model.EventDriven{WorkItems: 1000, Triggers: []model.PlatformTrigger{
		{Platform: "lambda", TriggerComparison: model.TriggerComparison{}},
		{Platform: fakePlatform, TriggerComparison: model.TriggerComparison{Feasible: true, Schedule: d("10"), EventDriven: d("4"), Saving: d("6")}},
	}}
	want := "Event-driven, one run per work item (1,000 a month): on fakecloud $4.00 instead of $10.00 (saves $6.00)"
	if got := eventDrivenText(ed); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
