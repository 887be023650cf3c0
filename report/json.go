package report

// The JSON document is a contract: fields are only ever added. Amounts and quantities are
// exact decimal strings in USD, never rounded. It is one object, written a part at a time
// (see Writer): {"pricing": pricingJSON, "workloads": [workloadJSON...], "portfolio":
// portfolioJSON}, indented by two spaces, each array of numbers (the hourly series) on one
// line (see jsonWriter).

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
