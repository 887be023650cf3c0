package model

import "testing"

func TestNATGatewaysHoldPublicIPv4(t *testing.T) {
	w := mobileBackend()
	w.Network = Network{NATGateways: 2, AvailabilityZones: 2}
	r := Price([]Workload{w}, catalog(t), Options{}).Workloads[0]
	// Each gateway's Elastic IP: 2 x 730 hours x $0.005 = $7.30, wherever NAT is priced.
	for _, p := range []Platform{PlatformFargate, PlatformEC2} {
		found := false
		for _, it := range r.Estimate(p).LineItems {
			if it.ID == "ipv4.nat" {
				found = true
				if cents(it.Cost) != "7.30" {
					t.Errorf("%s: ipv4.nat %s, want 7.30", p, it.Cost)
				}
			}
		}
		if !found {
			t.Errorf("%s: no ipv4.nat line", p)
		}
	}
}
