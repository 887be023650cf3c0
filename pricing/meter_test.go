package pricing

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// exampleMeters is a provider that does not exist, registered in this test binary only: its
// meters are billed, and their keys read from a catalog, with no code but this table.
var exampleMeters = NewMeterTable("example",
	Meter{ID: "example.widgets", Name: "Widgets", What: "Example widgets", Rate: "example.widgets", Unit: "widgets", Tiered: true,
		Free: &FreeAllowance{Key: "example.free_tier.widgets", Unit: "widgets", CreditID: "example.free_tier.widgets", CreditName: "Free tier, widgets"}},
	Meter{ID: "example.gadget", Name: "Gadget, %s", What: "Example gadget hours", Rate: "example.gadget.%s", Variant: `(small|large)`, Unit: "hours"},
)

func init() { registerMeters(exampleMeters) }

// exampleCatalog is the embedded catalog with an overlay pricing exampleMeters: widgets at
// $0.002 for the first 1,000 a month and $0.001 above, 100 free; small gadgets at $0.50 an
// hour; no rate for large gadgets.
func exampleCatalog(t *testing.T) *Catalog {
	t.Helper()
	rates := `      example.widgets: {tiers: [{up_to: 1000, price: "0.002"}, {price: "0.001"}], unit: widgets, source: example, as_of: "2027-01-01"}
    allowances:
      example.free_tier.widgets: {quantity: 100, unit: widgets, source: example, as_of: "2027-01-01"}
`
	path := filepath.Join(t.TempDir(), "example.yaml")
	err := os.WriteFile(path, []byte(`catalog: example
as_of: "2027-01-01"
sources:
  example: {url: "https://example.com/pricing", title: "Example pricing"}
regions:
  eu-west-1:
    rates:
`+rates+`  us-east-1:
    rates:
      example.gadget.small: {price: "0.50", unit: hours, source: example, as_of: "2027-01-01"}
`+rates), 0o600)
	if err != nil {
		t.Fatal(err)
	}
	cat, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

func TestANewMeterIsBilledFromItsTableAlone(t *testing.T) {
	// eu-west-1 (first in name order) draws 50 of the account's 100 free widgets; us-east-1's
	// two uses tier as one, 30 + 1,970 = 2,000 widgets: 1,000 x $0.002 + 1,000 x $0.001,
	// and only the free use's 30 draw on the 50 left, at tier 1's $0.002. Small gadgets: 10
	// x $0.50 = $5.00; large ones have no rate. $0.10 - $0.10 + $2.00 + $1.00 - $0.06 +
	// $5.00 = $7.94.
	bill, err := exampleCatalog(t).MeterBill(exampleMeters, []Use{
		{Region: "us-east-1", Free: true, Quantities: []Quantity{{Meter: "example.widgets", Amount: dec("30")},
			{Meter: "example.gadget", Variant: "small", Amount: dec("10")}, {Meter: "example.gadget", Variant: "large", Amount: dec("5")}}},
		{Region: "us-east-1", Quantities: []Quantity{{Meter: "example.widgets", Amount: dec("1970")}}},
		{Region: "eu-west-1", Free: true, Quantities: []Quantity{{Meter: "example.widgets", Amount: dec("50")}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range bill.Items {
		got = append(got, fmt.Sprintf("%s %s %s @ %s %s", it.Region, it.ID, it.Quantity, it.UnitPrice, it.Unit))
	}
	want := []string{
		"eu-west-1 example.widgets.tier1 50 @ 0.002 widgets",
		"eu-west-1 example.free_tier.widgets -50 @ 0.002 widgets",
		"us-east-1 example.widgets.tier1 1000 @ 0.002 widgets",
		"us-east-1 example.widgets.tier2 1000 @ 0.001 widgets",
		"us-east-1 example.free_tier.widgets -30 @ 0.002 widgets",
		"us-east-1 example.gadget 10 @ 0.5 hours",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !bill.Total().Equal(dec("7.94")) {
		t.Errorf("total %s, want 7.94", bill.Total())
	}
	if gadget := bill.Items[len(bill.Items)-1]; gadget.Name != "Gadget, small" || gadget.Source != "https://example.com/pricing" {
		t.Errorf("gadget line named %q citing %q", gadget.Name, gadget.Source)
	}
	if len(bill.Unpriced) != 1 || bill.Unpriced[0].String() != "Example gadget hours: no example.gadget.large rate in us-east-1" {
		t.Errorf("unpriced %v, want the large gadgets", bill.Unpriced)
	}
}

func TestANewMetersKeysAreCheckedLikeTheEngines(t *testing.T) {
	// The catalog accepts a meter's keys in the meter's units only.
	_, errs := Parse("bad.yaml", []byte(`catalog: bad
as_of: "2027-01-01"
regions:
  us-east-1:
    rates:
      example.widgets: {price: "1", unit: hours, source: aws_lambda_pricing, as_of: "2027-01-01"}
      example.gadget.medium: {price: "1", unit: hours, source: aws_lambda_pricing, as_of: "2027-01-01"}
`), embedded(t))
	text := errs.Error()
	for _, want := range []string{`bad.yaml:6:`, `"hours" is not the unit of example.widgets; expected "widgets"`, `bad.yaml:7:`, `example.gadget.medium`} {
		if !strings.Contains(text, want) {
			t.Errorf("errors %q lack %q", text, want)
		}
	}
}

func TestMeterBillRefusesWhatNoBillHas(t *testing.T) {
	cat := embedded(t)
	for _, q := range []Quantity{{Meter: "example.sprockets", Amount: dec("1")}, {Meter: "example.widgets", Amount: dec("-1")}} {
		if _, err := cat.MeterBill(exampleMeters, []Use{{Region: "us-east-1", Quantities: []Quantity{q}}}); err == nil {
			t.Errorf("%s %s billed, want an error", q.Meter, q.Amount)
		}
	}
}

func TestMeterTablesAreConsistent(t *testing.T) {
	// Every meter id once per table, every allowance counted in one unit, and an allowance's
	// unit the unit of the meters that draw on it.
	for _, table := range meterTables {
		units := map[string]string{}
		for i, m := range table.meters {
			if table.index[m.ID] != i {
				t.Errorf("%s: meter %s declared twice", table.Provider, m.ID)
			}
			if m.Name == "" || m.What == "" || m.Rate == "" || m.Unit == "" {
				t.Errorf("%s: meter %s lacks a name, a what, a rate or a unit: %+v", table.Provider, m.ID, m)
			}
			if strings.Contains(m.Rate, "%s") != (m.Variant != "") {
				t.Errorf("%s: meter %s: a rate key with a variant needs the variant's pattern, and only then", table.Provider, m.ID)
			}
			if m.Free == nil {
				continue
			}
			if m.Free.Unit != m.Unit {
				t.Errorf("%s: meter %s counts %s, its allowance %s", table.Provider, m.ID, m.Unit, m.Free.Unit)
			}
			if u, seen := units[m.Free.Key]; seen && u != m.Free.Unit {
				t.Errorf("%s: allowance %s counts %s and %s", table.Provider, m.Free.Key, u, m.Free.Unit)
			}
			units[m.Free.Key] = m.Free.Unit
		}
	}
}

func TestEveryServicesQuantityIsAnAWSMeter(t *testing.T) {
	// A Services with every quantity set bills with no error: each names a meter of awsMeters.
	one := decimal.NewFromInt(1)
	s := Services{Region: "us-east-1", Free: true, HTTPAPIRequests: one, RESTAPIRequests: one, RESTCaches: []RESTCache{{SizeGB: "0.5", Hours: one}},
		ALBHours: one, ALBLCUHours: one, SQSStandardRequests: one, SQSFIFORequests: one, SNSPublishes: one, EventBridgeEvents: one,
		StandardTransitions: one, SchedulerInvocations: one, ExpressRequests: one, ExpressGBHours: one, TransferOutGB: one,
		CustomLogsGB: one, VendedLogsGB: one, StoredLogsGBMonths: one, NATHours: one, NATProcessedGB: one,
		IPv4: []IPv4Use{{ID: "ipv4.nat", Name: "Public IPv4 addresses of the NAT gateways, 1", Hours: one}}, EBSGBMonths: one, XRayRecorded: one}
	quantities := s.quantities()
	if len(quantities) != 22 {
		t.Errorf("%d quantities, want the 22 of Services", len(quantities))
	}
	if _, err := embedded(t).ServicesBill([]Services{s}); err != nil {
		t.Fatal(err)
	}
}
