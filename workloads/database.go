package workloads

import (
	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
)

// databaseSpec is the database section: the relational database behind the workload.
var databaseSpec = &yamlspec.Spec{Kind: yamlspec.Object,
	Doc: "The relational database the workload uses: its connection limit is checked against each platform's peak, and RDS Proxy is priced when present.",
	Fields: []yamlspec.Field{
		{Key: "max_connections", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "1000000",
			Doc: "The database's max_connections."}},
		{Key: "connections_per_task", Default: "10", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "10000",
			Doc: "The connection pool of one Fargate task."}},
		{Key: "connections_per_instance", Default: "10", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "10000",
			Doc: "The connection pool of one EC2 instance."}},
		{Key: "rds_proxy", Default: "false", Spec: &yamlspec.Spec{Kind: yamlspec.Bool,
			Doc: "Whether RDS Proxy pools the connections (billed per database vCPU-hour, at least 2)."}},
		{Key: "vcpu", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "1024",
			Doc: "The database instance's vCPUs; required with rds_proxy."}},
	}}

// buildDatabase reads the database section, if there is one.
func buildDatabase(d *yamlspec.Value, b *builder) (*model.Database, yamlspec.ErrorList) {
	if d == nil {
		return nil, nil
	}
	db := &model.Database{
		MaxConnections:         d.Get("max_connections").Int(),
		ConnectionsPerTask:     b.int("database.connections_per_task"),
		ConnectionsPerInstance: b.int("database.connections_per_instance"),
		RDSProxy:               d.Get("rds_proxy").Bool(),
		VCPU:                   d.Get("vcpu").Int(),
	}
	var errs yamlspec.ErrorList
	if db.RDSProxy && d.Get("vcpu") == nil {
		errs = append(errs, d.Get("rds_proxy").Errorf("RDS Proxy is billed per database vCPU: give database.vcpu"))
	}
	return db, errs
}
