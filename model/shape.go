package model

import "github.com/breakeven/breakeven/model/demand"

// Shape, its kinds and Burst are demand's: how a month's requests are spread over its hours,
// part of the workload as the file describes it (aliases, so that the workload format and the
// explorer name them through model).
type (
	Shape     = demand.Shape
	ShapeKind = demand.ShapeKind
	Burst     = demand.Burst
	// Hourly is demand.Hourly, a month hour by hour.
	Hourly = demand.Hourly
)

// The traffic shapes (demand's).
const (
	Flat          = demand.Flat
	Diurnal       = demand.Diurnal
	BusinessHours = demand.BusinessHours
	Weights       = demand.Weights
)
