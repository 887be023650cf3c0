// Package demand is the physics of a workload's demand before any price: the months a bill
// covers, the traffic's shapes spreading a month's requests over its hours exactly (Expand,
// HourWeights) and the hours grouped by count (HourClasses), cron schedules' runs hour by
// hour, time zones, and the statistics that turn an hour's requests into the peaks fleets and
// environments are sized for (Poisson and normal quantiles, Erlang's loss formula). It knows
// nothing of platforms or prices.
package demand
