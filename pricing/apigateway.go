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

// APIGatewayBill prices u: apigw.http.requests.tierN or apigw.rest.requests.tierN and
// apigw.rest.cache, or apigw.websocket.messages and apigw.websocket.minutes. API Gateway's
// free tier (1M calls a month) is for new customers' first 12 months only and is not in the
// catalog, so no free line is given.
func (c *Catalog) APIGatewayBill(u APIGatewayUsage) ([]LineItem, error) {
	if err := nonNegative("API Gateway", u.Requests, u.CacheHours, u.Messages, u.ConnectionMinutes); err != nil {
		return nil, err
	}
	switch u.Kind {
	case "http", "rest":
		if u.Messages.IsPositive() || u.ConnectionMinutes.IsPositive() {
			return nil, fmt.Errorf("API Gateway: messages and connection minutes are billed for WebSocket APIs, not %s APIs", u.Kind)
		}
		if u.Kind == "http" && u.CacheSizeGB != "" {
			return nil, fmt.Errorf("API Gateway: caching is a REST API feature; HTTP APIs have none")
		}
		var items []LineItem
		if u.Requests.IsPositive() {
			key := "apigw." + u.Kind + ".requests"
			rate, err := c.Rate(u.Region, key)
			if err != nil {
				return nil, err
			}
			items = tieredLines(key, strings.ToUpper(u.Kind)+" API requests", rate, u.Requests)
		}
		if u.CacheSizeGB != "" && u.CacheHours.IsPositive() {
			if !slices.Contains(APIGatewayCacheSizesGB, u.CacheSizeGB) {
				return nil, fmt.Errorf("API Gateway has no %s GB cache: choose %s GB", u.CacheSizeGB, strings.Join(APIGatewayCacheSizesGB, ", "))
			}
			rate, err := c.Rate(u.Region, "apigw.rest.cache."+u.CacheSizeGB+"gb")
			if err != nil {
				return nil, err
			}
			items = append(items, charge("apigw.rest.cache", "REST API cache, "+u.CacheSizeGB+" GB", rate, u.CacheHours))
		}
		return items, nil
	case "websocket":
		if u.Requests.IsPositive() || u.CacheSizeGB != "" {
			return nil, fmt.Errorf("API Gateway: WebSocket APIs are billed for messages and connection minutes, not requests or a cache")
		}
		var items []LineItem
		if u.Messages.IsPositive() {
			// Only the first tier ($1.00 per million, up to 1 billion messages a month) was
			// found; the catalog's rate is flat, so above 1 billion this overstates the bill.
			rate, err := c.Rate(u.Region, "apigw.websocket.messages")
			if err != nil {
				return nil, err
			}
			items = append(items, charge("apigw.websocket.messages", "WebSocket messages", rate, u.Messages))
		}
		if u.ConnectionMinutes.IsPositive() {
			rate, err := c.Rate(u.Region, "apigw.websocket.minutes")
			if err != nil {
				return nil, err
			}
			items = append(items, charge("apigw.websocket.minutes", "WebSocket connection minutes", rate, u.ConnectionMinutes))
		}
		return items, nil
	default:
		return nil, fmt.Errorf("API Gateway: unknown API kind %q: choose http, rest or websocket", u.Kind)
	}
}
