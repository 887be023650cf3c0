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

// trickyDoc has a field of every kind appendJSON writes, to be filled with values made to
// trip it.
type trickyDoc struct {
	Text      string `json:"text"`
	Omitted   string `json:"omitted,omitempty"`
	Untagged  int64
	Skipped   string       `json:"-"`
	Flag      bool         `json:"flag,omitempty"`
	Count     int          `json:"count,omitempty"`
	Ratio     float64      `json:"ratio"`
	Ratios    []float64    `json:"ratios"`
	Series    []int64      `json:"series"`
	Nested    [][]int64    `json:"nested"`
	Names     []string     `json:"names"`
	Maybe     *string      `json:"maybe"`
	Inner     *trickyDoc   `json:"inner,omitempty"`
	Items     []trickyItem `json:"items"`
	Empty     struct{}     `json:"empty"`
	EmptyList []trickyItem `json:"empty_list,omitempty"`
}

type trickyItem struct {
	Key   string  `json:"key,omitempty"`
	Value *int64  `json:"value,omitempty"`
	Share float64 `json:"share,omitempty"`
}

// TestJSONWriterIsTheEncoders holds appendJSON to encoding/json's indented bytes with the
// number arrays put on one line by the old regular expression, on strings with quotes,
// backslashes, brackets, control characters, HTML characters, non-ASCII, invalid UTF-8 and
// line separators; nil, empty and nested slices; omitted and kept empty values; floats
// written in both of the encoder's notations.
func TestJSONWriterIsTheEncoders(t *testing.T) {
	text := "quote \" back\\slash [1,2] <a href=\"x\">&amp;</a> tab\t nl\n cr\r \b\f \x01 \x7f café × \u2028 \u2029 \xff end"
	seven := int64(7)
	for _, v := range []trickyDoc{
		{},
		{Text: text, Omitted: "here", Untagged: -3, Skipped: "never", Flag: true, Count: 2, Ratio: 1e-07,
			Ratios: []float64{0.5, 1e21, -3.25e-9, 0}, Series: []int64{7}, Nested: [][]int64{{1, 2}, {}, nil, {3}},
			Names: []string{"1", "2", text, `say "hi"`, `a\b`, "tab\there", "café", "\xff", "<&>", "\u2028"}, Maybe: &text, Inner: &trickyDoc{Series: []int64{1, -2, 3}, Names: []string{}},
			Items: []trickyItem{{}, {Key: "k", Value: &seven, Share: 0.25}}, EmptyList: []trickyItem{{Key: "x"}}},
		{Series: []int64{}, Ratios: []float64{}, Items: []trickyItem{}, Ratio: 123456789.125},
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
			t.Errorf("differs at byte %d:\n got %s\nwant %s", firstDifference(got, want), got, want)
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
