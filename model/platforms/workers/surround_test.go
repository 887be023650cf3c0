package workers

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestSurroundings: what the file describes around the function on AWS (logs, a queue) is
// listed as not priced, the HTTP API front door is the Worker's own endpoint (a warning), and
// the data transfer out, which Cloudflare does not bill ("There are no additional charges for
// data transfer (egress)"), is off the unpriced list and $0 in the summary. The bill is example
// 1's, $8.00.
func TestSurroundings(t *testing.T) {
	e := workersOf(priceIn(t, catalog(t), model.Month{}, parse(t, "workers-surroundings.yaml")))
	wantCost(t, "surroundings", e, "8.00")
	var keys []string
	for _, u := range e.Unpriced {
		keys = append(keys, u.Key)
		if strings.HasPrefix(u.Key, "data_transfer.") {
			t.Errorf("data transfer out listed as unpriced: %+v", u)
		}
	}
	joined := strings.Join(keys, " ")
	if e.Complete() || !strings.Contains(joined, "logs.") || !strings.Contains(joined, "sqs.") {
		t.Errorf("unpriced %q: want the logs and the queue", keys)
	}
	if !strings.Contains(e.Summary, "data transfer out $0 (Cloudflare bills no egress)") {
		t.Errorf("summary %q: want the free egress said", e.Summary)
	}
	if len(e.Warnings) != 1 || !strings.Contains(e.Warnings[0], "front door: Cloudflare Workers serves the requests on its own HTTPS endpoint") {
		t.Errorf("warnings %q: want the front door's", e.Warnings)
	}
	plain := workersOf(priceIn(t, catalog(t), model.Month{}, parse(t, "workers-api.yaml")))
	if strings.Contains(plain.Summary, "egress") || !plain.Complete() {
		t.Errorf("no data transfer described: summary %q, unpriced %v", plain.Summary, plain.Unpriced)
	}
}
