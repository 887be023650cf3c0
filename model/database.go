package model

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Database is a relational database the workload connects to. Each Lambda environment holds
// one connection; each task or instance holds a pool.
type Database struct {
	MaxConnections         int64
	ConnectionsPerTask     int64
	ConnectionsPerInstance int64
	// RDSProxy puts RDS Proxy between the workload and the database: it pools connections,
	// and is billed per vCPU-hour of the database (VCPU, at least 2).
	RDSProxy bool
	VCPU     int64
}

// connectionWarning says when the workload's peak connections exceed the database's limit
// ("" when they fit or there is no database). peakUnits is the most environments, tasks or
// instances in any hour; perUnit the connections each holds.
func connectionWarning(db *Database, platform string, peakUnits, perUnit int64) string {
	if db == nil || db.MaxConnections == 0 {
		return ""
	}
	peak := peakUnits * perUnit
	if peak <= db.MaxConnections {
		return ""
	}
	if db.RDSProxy {
		return fmt.Sprintf("%s would open up to %s connections; RDS Proxy pools them into the database's %s", platform, humanize.Count(peak), humanize.Count(db.MaxConnections))
	}
	return fmt.Sprintf("%s would open up to %s database connections at its peak, above max_connections %s: add RDS Proxy, a pool, or a larger database", platform, humanize.Count(peak), humanize.Count(db.MaxConnections))
}

// rdsProxyItems prices the workload's RDS Proxy for the month, if it has one.
func rdsProxyItems(w Workload, hours int64, cat *pricing.Catalog) ([]pricing.LineItem, error) {
	if w.Database == nil || !w.Database.RDSProxy {
		return nil, nil
	}
	return cat.RDSProxyBill(w.Region, w.Database.VCPU, decimal.NewFromInt(hours))
}
