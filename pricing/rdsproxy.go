package pricing

import "github.com/shopspring/decimal"

// RDSProxyMinVCPU is the smallest database size RDS Proxy bills for: 2 vCPUs.
const RDSProxyMinVCPU = 2

// RDSProxyBill prices an RDS Proxy in front of a database of dbVCPU vCPUs for hours hours:
// per vCPU-hour of the database, at least two vCPUs.
func (c *Catalog) RDSProxyBill(region string, dbVCPU int64, hours decimal.Decimal) ([]LineItem, error) {
	rate, err := c.Rate(region, "rds_proxy.vcpu")
	if err != nil {
		return nil, err
	}
	vcpu := decimal.NewFromInt(max(dbVCPU, RDSProxyMinVCPU))
	return []LineItem{charge("rds_proxy.vcpu", "RDS Proxy, "+vcpu.String()+" database vCPUs", rate, vcpu.Mul(hours))}, nil
}
