package tui

import (
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// TestCapacityLine: the Compare view says capacity as the reports do: counts thousands
// separated, a plural only for more than one, and Lambda's one concurrency figure, its peak
// against the limit (not the hourly means "1 to 3 an hour" beside the table's "Peak
// concurrency 7").
func TestCapacityLine(t *testing.T) {
	fargate := model.Estimate{Platform: model.PlatformFargate, Feasible: true, Capacity: model.Capacity{
		Unit: model.CapacityUnit{Name: "tasks", Label: "Tasks", Noun: "task"}, Min: 1, Max: 1358, UnitHours: 250000, BilledHours: decimal.NewFromInt(249990), LagHours: 1}}
	if got, want := capacityLine(fargate), "Tasks: 1-1,358 an hour, 249,990 task-hours billed, 1 scale-out"; got != want {
		t.Errorf("Fargate %q, want %q", got, want)
	}
	lambda := model.Estimate{Platform: model.PlatformLambda, Feasible: true,
		Capacity: model.Capacity{Unit: model.CapacityUnit{Name: "concurrent executions", Label: "Concurrency", Noun: "concurrent execution", Concurrency: true}, Min: 1, Max: 3, UnitHours: 1460},
		Detail:   &model.LambdaDetail{Throttling: &model.Throttling{Limit: 1000, PeakConcurrency: 7}}}
	if got, want := capacityLine(lambda), "Peak concurrency 7 of a 1,000 limit"; got != want {
		t.Errorf("Lambda %q, want %q", got, want)
	}
	if got, want := capacityLine(model.Estimate{Feasible: true}), "no capacity to size"; got != want {
		t.Errorf("nothing to size %q, want %q", got, want)
	}
}
