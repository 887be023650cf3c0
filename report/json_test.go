package report

import (
	"bytes"
	"encoding/json"
	"regexp"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
)

// referenceJSON is how the document was written before it was streamed: the whole document
// encoded with encoding/json's indentation, then every indented array of numbers put on one
// line by a regular expression. The streaming writer must give the same bytes.
func referenceJSON(t *testing.T, res model.Result) []byte {
	t.Helper()
	doc := struct {
		Pricing   jsonPricing    `json:"pricing"`
		Workloads []jsonWorkload `json:"workloads"`
		Portfolio jsonPortfolio  `json:"portfolio"`
	}{jsonPricingOf(res), []jsonWorkload{}, jsonPortfolioOf(res.Portfolio)}
	for _, r := range res.Workloads {
		doc.Workloads = append(doc.Workloads, jsonWorkloadOf(r, res.MonthHours))
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	return referenceNumberLists(buf.Bytes())
}

var numberLists = regexp.MustCompile(`\[\n(\s*-?[0-9.e+-]+,\n)*\s*-?[0-9.e+-]+\n\s*\]`)

func referenceNumberLists(doc []byte) []byte {
	return numberLists.ReplaceAllFunc(doc, func(list []byte) []byte {
		return append(append([]byte("["), bytes.Join(bytes.Fields(list[1:len(list)-1]), []byte(" "))...), ']')
	})
}

// TestJSONIsTheEncodersDocument: the built-in examples (flows, schedules, cold starts,
// throttling, unpriced lines, every platform infeasible somewhere), each alone, none and all
// together, give the bytes of the reference writer.
func TestJSONIsTheEncodersDocument(t *testing.T) {
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	examples := workloads.Examples()
	sets := [][]model.Workload{examples, nil}
	for _, w := range examples {
		sets = append(sets, []model.Workload{w})
	}
	for _, set := range sets {
		res := model.Price(set, cat, model.Options{})
		var got bytes.Buffer
		if err := Write(&got, res, JSON); err != nil {
			t.Fatal(err)
		}
		if want := referenceJSON(t, res); !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%d workloads: the document differs from the encoder's at byte %d", len(set), firstDifference(got.Bytes(), want))
		}
	}
}

// TestIndentKeepsNumberArraysOnOneLine checks the indenter against encoding/json's indentation
// and the regular expression on values made to trip it: brackets, quotes and backslashes in
// strings, empty and nested arrays and objects, arrays of numbers of one element, floats with
// exponents, arrays mixing numbers with other values.
func TestIndentKeepsNumberArraysOnOneLine(t *testing.T) {
	for _, v := range []any{
		[]int64{},
		[]int64{7},
		[]int64{1, -2, 3},
		[]float64{0.5, 1e-07, -3.25e+21},
		map[string]any{"a": []any{}, "b": map[string]any{}, "c": []any{1, "2", 3}, "d": []any{[]int{1, 2}, []int{}, []any{[]int{3}}}},
		map[string]any{"s": `[1,2] "quoted" \ back\slash [`, "n": nil, "t": true, "x": []any{1, nil}, "y": []any{true, 2}},
		[]string{"1", "2"},
		[]any{map[string]any{"per_hour": []int64{4, 5}}, "<&>"},
	} {
		var ref bytes.Buffer
		enc := json.NewEncoder(&ref)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		want := referenceNumberLists(ref.Bytes())
		got, err := appendJSON(nil, v, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got = append(got, '\n'); !bytes.Equal(got, want) {
			t.Errorf("%v:\n got %s\nwant %s", v, got, want)
		}
	}
}

func firstDifference(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
