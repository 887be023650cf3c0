// Package demand is the physics of a workload's demand before any price: the months a bill
// covers, cron schedules' runs hour by hour, and the statistics that turn an hour's requests
// into the peaks fleets and environments are sized for (Poisson and normal quantiles, Erlang's
// loss formula). It knows nothing of platforms or prices.
package demand
