package pricing

import (
	"strings"
	"testing"
)

func TestLogsFreeTier(t *testing.T) {
	// 10 GB of custom logs and 20 GB-months held, with the free tier: 5 GB of each free.
	// 5 x $0.50 + 15 x $0.03 = $2.95.
	items, err := embedded(t).LogsBill("us-east-1", dec("10"), dec("20"), true)
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, items, "2.95", map[string]string{"logs.free_tier.ingestion": "-2.50", "logs.free_tier.storage": "-0.15"})
}

func TestServicesBillGrantsAllowancesOnceAcrossRegions(t *testing.T) {
	// 60 GB out of us-east-1 and 60 GB out of us-west-2, both asking for the free tier: the
	// account's 100 GB go to us-east-1 first (regions in name order), 40 GB to us-west-2, so
	// 20 GB are billed at us-west-2's $0.09: $1.80.
	bill, err := embedded(t).ServicesBill([]Services{
		{Region: "us-west-2", Free: true, TransferOutGB: dec("60")},
		{Region: "us-east-1", Free: true, TransferOutGB: dec("60")},
	})
	if err != nil {
		t.Fatal(err)
	}
	requireLine(t, bill.Items, "data_transfer.free_tier.out", "us-east-1", "-60", "0.09", false)
	requireLine(t, bill.Items, "data_transfer.free_tier.out", "us-west-2", "-40", "0.09", false)
	if got := bill.Total(); !got.Equal(dec("1.8")) {
		t.Errorf("total %s, want 1.80", got)
	}
}

func TestServicesBillTiersTheRegionsSum(t *testing.T) {
	// Two REST APIs of 200M requests each in us-east-1, one without the free tier: 400M
	// requests tier as one: 333M x $3.50/M + 67M x $2.80/M = $1,165.50 + $187.60.
	bill, err := embedded(t).ServicesBill([]Services{
		{Region: "us-east-1", RESTAPIRequests: dec("200000000")},
		{Region: "us-east-1", Free: true, RESTAPIRequests: dec("200000000")},
	})
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, bill.Items, "1353.10", map[string]string{"apigw.rest.requests.tier1": "1165.50", "apigw.rest.requests.tier2": "187.60"})
}

func TestServicesBillListsWhatItCannotPrice(t *testing.T) {
	// eu-central-1 has an ALB hourly rate but no LCU rate: the hours are billed, the LCU-hours
	// listed as unpriced.
	bill, err := embedded(t).ServicesBill([]Services{{Region: "eu-central-1", ALBHours: dec("730"), ALBLCUHours: dec("100")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(bill.Items) != 1 || bill.Items[0].ID != "alb.hours" {
		t.Errorf("items %+v, want the ALB hours alone", bill.Items)
	}
	if len(bill.Unpriced) != 1 || bill.Unpriced[0].Key != "alb.lcu" || bill.Unpriced[0].Region != "eu-central-1" {
		t.Errorf("unpriced %v, want alb.lcu in eu-central-1", bill.Unpriced)
	}
}

func TestServicesBillSumsAPurposeOfSeveralUses(t *testing.T) {
	// Two workloads' load balancers in us-east-1, of 2 and 3 zones for 730 hours: one line of
	// 5 x 730 = 3,650 address-hours at $0.005, $18.25, named for the purpose alone; a REST
	// cache of 0 hours gives no line but keeps its place before the one of 730 hours.
	bill, err := embedded(t).ServicesBill([]Services{
		{Region: "us-east-1", RESTCaches: []RESTCache{{SizeGB: "1.6", Hours: dec("0")}},
			IPv4: []IPv4Use{{ID: "ipv4.alb", Name: "Public IPv4 addresses of the load balancer, 2 zones", Hours: dec("1460")}}},
		{Region: "us-east-1", RESTCaches: []RESTCache{{SizeGB: "0.5", Hours: dec("730")}, {SizeGB: "1.6", Hours: dec("730")}},
			IPv4: []IPv4Use{{ID: "ipv4.alb", Name: "Public IPv4 addresses of the load balancer, 3 zones", Hours: dec("2190")}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range bill.Items {
		got = append(got, it.Name+": "+it.Quantity.String())
	}
	want := "REST API cache, 1.6 GB: 730 | REST API cache, 0.5 GB: 730 | Public IPv4 addresses of the load balancer: 3650"
	if strings.Join(got, " | ") != want {
		t.Errorf("lines %q, want %q", strings.Join(got, " | "), want)
	}
	requireCents(t, bill.Items[2:], "18.25", nil)
}
