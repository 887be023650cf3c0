// Package ec2 is the EC2 platform: instances of one type, bought on demand, reserved, under a
// Savings Plan or on spot, sized hour by hour like tasks; a burstable type's CPU credits; the
// instance type, throughput and credit mode chosen when the file leaves them out; and the
// schedules on a dedicated instance or on the service's. Package platforms registers it.
package ec2

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// Platform is EC2 behind model.PlatformPricer.
type Platform struct{}

// ID is model.PlatformEC2.
func (Platform) ID() model.Platform { return model.PlatformEC2 }

// Name is "EC2".
func (Platform) Name() string { return "EC2" }

// Resolve chooses the instance type, its throughput and a burstable type's credit mode the
// file left out.
func (Platform) Resolve(w *model.Workload, cat *pricing.Catalog) { resolve(w, cat) }

// Estimate sizes the fleet from the containers' work and bills it with what surrounds it.
func (Platform) Estimate(d *model.Demand) model.Estimate {
	work, peaks := d.ContainerWorkPeaks()
	e := estimate(d.Workload, work, peaks, d.PeakWindowMs(), d.Catalog)
	return d.SurroundFleet(e, "instances", configOf(d.Workload).EBSGB, e.Capacity.Max, connectionsPerInstance)
}

// instances are what EC2's capacity counts.
var instances = model.CapacityUnit{Name: "instances", Label: "Instances", Noun: "instance"}

// connectionsPerInstance is what one instance opens to the database.
func connectionsPerInstance(db *model.Database) int64 { return db.ConnectionsPerInstance }

// Schedule bills one scheduled job on a dedicated instance or on the service's instances.
func (Platform) Schedule(j *model.ScheduledJob) model.Estimate { return schedule(j) }

// SchedulesOnly bills nothing before each schedule's own line items (its instances).
func (Platform) SchedulesOnly(*model.Demand) model.Estimate {
	return model.Priced(model.Estimate{Platform: model.PlatformEC2}, nil)
}
