package model

import (
	"strings"
	"testing"
)

func TestConnectionWarnings(t *testing.T) {
	db := &Database{MaxConnections: 100, ConnectionsPerTask: 10}
	if w := connectionWarning(db, "Fargate", 10, 10); w != "" {
		t.Errorf("100 connections fit 100: %q", w)
	}
	if w := connectionWarning(db, "Fargate", 11, 10); !strings.Contains(w, "up to 110 database connections at its peak, above max_connections 100") {
		t.Errorf("110: %q", w)
	}
	db.RDSProxy = true
	if w := connectionWarning(db, "Lambda", 150, 1); !strings.Contains(w, "RDS Proxy pools them") {
		t.Errorf("with a proxy: %q", w)
	}
	if w := connectionWarning(nil, "Lambda", 150, 1); w != "" {
		t.Errorf("no database: %q", w)
	}
}

func TestLambdaPeakConcurrencyAgainstTheDatabase(t *testing.T) {
	// The mobile backend's peak concurrency is 1 environment, so 1 connection: a limit of 1
	// fits and nothing is said.
	w := mobileBackend()
	w.Database = &Database{MaxConnections: 1, ConnectionsPerTask: 10, ConnectionsPerInstance: 10}
	r := Price([]Workload{w}, catalog(t), Options{}).Workloads[0]
	if len(r.Estimate(PlatformLambda).Warnings) != 0 {
		t.Errorf("lambda warnings %v", r.Estimate(PlatformLambda).Warnings)
	}
	// Fargate runs 2 tasks of 10 connections: 20 > 1.
	if got := r.Estimate(PlatformFargate).Warnings; len(got) != 1 || !strings.Contains(got[0], "up to 20") {
		t.Errorf("fargate warnings %v", got)
	}
}
