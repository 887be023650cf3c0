package report

// CSV: every section gives rows of exact values (decimal strings, never rounded); the price
// document is csvHeader and each workload's csvRows, compare's a row per figure (workload,
// section, item, platform, metric, value).

import (
	"bytes"
	"encoding/csv"
)

// csvText is rows as CSV.
func csvText(rows [][]string) ([]byte, error) {
	var b bytes.Buffer
	out := csv.NewWriter(&b)
	if err := out.WriteAll(rows); err != nil {
		return nil, err
	}
	return b.Bytes(), out.Error()
}
