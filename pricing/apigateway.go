package pricing

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
)

// APIGatewayCacheSizesGB are the REST API cache sizes AWS offers, as the rate keys
// apigw.rest.cache.SIZEgb spell them.
var APIGatewayCacheSizesGB = []string{"0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"}

// APIGatewayUsage is what the APIs of one kind in one account and region used in a month, in
// billed quantities.
type APIGatewayUsage struct {
	Region string
	Kind   string // http | rest | websocket
	// Requests is the metered requests of http or rest APIs: for http, each request counts
	// HTTPAPIRequests(payload). The request tiers apply per account per region (the whitepaper
	// cited by apigw.http.requests gives them "per month" for the region), so Requests is the
	// sum over every API of the kind in the account and region.
	Requests decimal.Decimal
	// CacheSizeGB is a REST API's cache size, one of APIGatewayCacheSizesGB, or "" for none;
	// CacheHours the hours it was provisioned.
	CacheSizeGB string
	CacheHours  decimal.Decimal
	// Messages (each counting WebSocketMessages(payload)) and ConnectionMinutes are a
	// WebSocket API's.
	Messages          decimal.Decimal
	ConnectionMinutes decimal.Decimal
}

// APIGatewayBill prices u on the meters apigw.http.requests or apigw.rest.requests (tiered,
// apigw.KIND.requests.tierN) and apigw.rest.cache, or apigw.websocket.messages and
// apigw.websocket.minutes (awsMeters). API Gateway's free tier is for new customers' first 12
// months only and is not in the catalog, so no free line is given.
func (c *Catalog) APIGatewayBill(u APIGatewayUsage) ([]LineItem, error) {
	if err := u.check(); err != nil {
		return nil, err
	}
	return c.awsLines(u.Region, false, u.quantities()...)
}

// check says what of u API Gateway cannot bill.
func (u APIGatewayUsage) check() error {
	if err := nonNegative("API Gateway", u.Requests, u.CacheHours, u.Messages, u.ConnectionMinutes); err != nil {
		return err
	}
	switch u.Kind {
	case "http", "rest":
		if u.Messages.IsPositive() || u.ConnectionMinutes.IsPositive() {
			return fmt.Errorf("API Gateway: messages and connection minutes are billed for WebSocket APIs, not %s APIs", u.Kind)
		}
		if u.Kind == "http" && u.CacheSizeGB != "" {
			return fmt.Errorf("API Gateway: caching is a REST API feature; HTTP APIs have none")
		}
		if u.CacheSizeGB != "" && !slices.Contains(APIGatewayCacheSizesGB, u.CacheSizeGB) {
			return fmt.Errorf("API Gateway has no %s GB cache: choose %s GB", u.CacheSizeGB, strings.Join(APIGatewayCacheSizesGB, ", "))
		}
	case "websocket":
		if u.Requests.IsPositive() || u.CacheSizeGB != "" {
			return fmt.Errorf("API Gateway: WebSocket APIs are billed for messages and connection minutes, not requests or a cache")
		}
	default:
		return fmt.Errorf("API Gateway: unknown API kind %q: choose http, rest or websocket", u.Kind)
	}
	return nil
}

// quantities are u's quantities of AWS's meters, u checked.
func (u APIGatewayUsage) quantities() []Quantity {
	if u.Kind == "websocket" {
		return []Quantity{{Meter: "apigw.websocket.messages", Amount: u.Messages}, {Meter: "apigw.websocket.minutes", Amount: u.ConnectionMinutes}}
	}
	q := []Quantity{{Meter: "apigw." + u.Kind + ".requests", Amount: u.Requests}}
	if u.CacheSizeGB != "" {
		q = append(q, Quantity{Meter: "apigw.rest.cache", Variant: u.CacheSizeGB, Amount: u.CacheHours})
	}
	return q
}
