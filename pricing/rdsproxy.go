package pricing

import "github.com/shopspring/decimal"

// RDSProxyMinVCPU is the smallest database size RDS Proxy bills for: 2 vCPUs.
const RDSProxyMinVCPU = 2

// RDSProxyBill prices an RDS Proxy in front of a database of dbVCPU vCPUs for hours hours on
// the meter rds_proxy.vcpu: per vCPU-hour of the database, at least two vCPUs.
func (c *Catalog) RDSProxyBill(region string, dbVCPU int64, hours decimal.Decimal) ([]LineItem, error) {
	vcpu := decimal.NewFromInt(max(dbVCPU, RDSProxyMinVCPU))
	return c.awsLines(region, false, Quantity{Meter: "rds_proxy.vcpu", Always: true, Variant: vcpu.String(), Amount: vcpu.Mul(hours)})
}
