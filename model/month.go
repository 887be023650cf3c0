package model

import "github.com/breakeven/breakeven/model/demand"

// Month is demand.Month, the stretch of time a bill covers: an alias, so that the explorer and
// the reports keep naming the month they price through model while demand is moved out.
type Month = demand.Month

// StandardMonth is demand.StandardMonth, the 730-hour month (see Month).
var StandardMonth = demand.StandardMonth

// StandardMonthName is demand.StandardMonthName, how the output names the 730-hour month.
const StandardMonthName = demand.StandardMonthName
