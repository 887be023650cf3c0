package report

import (
	"bytes"
	"encoding/json"
	"regexp"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
	"github.com/shopspring/decimal"
)

var numberLists = regexp.MustCompile(`\[\n(\s*-?[0-9.e+-]+,\n)*\s*-?[0-9.e+-]+\n\s*\]`)

// referenceNumberLists puts every indented array of numbers of an encoder's document on one
// line, as the price document writes them.
func referenceNumberLists(doc []byte) []byte {
	return numberLists.ReplaceAllFunc(doc, func(list []byte) []byte {
		return append(append([]byte("["), bytes.Join(bytes.Fields(list[1:len(list)-1]), []byte(" "))...), ']')
	})
}

// TestJSONIsIndentedAsTheEncoders: the built-in examples (flows, schedules, cold starts,
// throttling, unpriced lines, every platform infeasible somewhere), each alone, none and all
// together, give valid JSON laid out as encoding/json indents it (json.Indent keeps the
// final newline), with the arrays of numbers
// on one line. (The golden files hold its keys and values.)
func TestJSONIsIndentedAsTheEncoders(t *testing.T) {
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
		var got, want bytes.Buffer
		if err := Write(&got, res, JSON); err != nil {
			t.Fatal(err)
		}
		if err := json.Indent(&want, got.Bytes(), "", "  "); err != nil {
			t.Fatalf("%d workloads: %v", len(set), err)
		}
		if w := referenceNumberLists(want.Bytes()); !bytes.Equal(got.Bytes(), w) {
			t.Errorf("%d workloads: the document differs from its indentation by the encoder at byte %d", len(set), firstDifference(got.Bytes(), w))
		}
	}
}

// trickyDoc has a field of every kind jsonWriter writes, to be filled with values made to
// trip it; writeTricky writes it through jsonWriter.
type trickyDoc struct {
	Text    string       `json:"text"`
	Omitted string       `json:"omitted,omitempty"`
	Ratio   float64      `json:"ratio"`
	Amount  string       `json:"amount"`
	Series  []int64      `json:"series"`
	Names   []string     `json:"names"`
	Maybe   *string      `json:"maybe"`
	Flag    bool         `json:"flag"`
	Items   []trickyItem `json:"items"`
	Empty   struct{}     `json:"empty"`
}

type trickyItem struct {
	Key   string `json:"key,omitempty"`
	Count int64  `json:"count"`
}

func writeTricky(j *jsonWriter, v trickyDoc) {
	j.open('{')
	j.string("text", v.Text)
	if v.Omitted != "" {
		j.string("omitted", v.Omitted)
	}
	j.float("ratio", v.Ratio)
	j.decimal("amount", decimal.RequireFromString(v.Amount))
	j.ints("series", v.Series)
	j.strings("names", v.Names)
	if v.Maybe == nil {
		j.null("maybe")
	} else {
		j.string("maybe", *v.Maybe)
	}
	j.bool("flag", v.Flag)
	j.array("items")
	for _, it := range v.Items {
		j.element()
		j.open('{')
		if it.Key != "" {
			j.string("key", it.Key)
		}
		j.int("count", it.Count)
		j.close('}')
	}
	j.close(']')
	j.object("empty")
	j.close('}')
	j.close('}')
}

// TestJSONWriterIsTheEncoders holds jsonWriter to encoding/json's indented bytes, the price
// document's (no HTML escaping, number arrays on one line) and json.MarshalIndent's, on
// strings with quotes, backslashes, brackets, control characters, HTML characters,
// non-ASCII, invalid UTF-8 and line separators; nil and empty lists; omitted values; floats
// in both of the encoder's notations.
func TestJSONWriterIsTheEncoders(t *testing.T) {
	text := "quote \" back\\slash [1,2] <a href=\"x\">&amp;</a> tab\t nl\n cr\r \b\f \x01 \x7f café × \u2028 \u2029 \xff end"
	for _, v := range []trickyDoc{
		{Amount: "0", Names: []string{}, Items: []trickyItem{}},
		{Text: text, Omitted: "here", Ratio: 1e-07, Amount: "-12.5000000001", Series: []int64{7, -2, 0}, Flag: true,
			Names: []string{"1", text, `say "hi"`, `a\b`, "tab\there", "café", "\xff", "<&>", "\u2028"}, Maybe: &text,
			Items: []trickyItem{{}, {Key: "k", Count: -3}}},
		{Series: []int64{}, Names: []string{"x"}, Items: []trickyItem{{Key: "<"}}, Ratio: 1e21, Amount: "123456789.125"},
	} {
		var ref bytes.Buffer
		enc := json.NewEncoder(&ref)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		j := documentJSON(nil, 0)
		writeTricky(j, v)
		if got, want := append(j.buf, '\n'), referenceNumberLists(ref.Bytes()); !bytes.Equal(got, want) {
			t.Errorf("document: differs at byte %d:\n got %s\nwant %s", firstDifference(got, want), got, want)
		}
		want, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		j = marshalJSON()
		writeTricky(j, v)
		if !bytes.Equal(j.buf, want) {
			t.Errorf("MarshalIndent: differs at byte %d:\n got %s\nwant %s", firstDifference(j.buf, want), j.buf, want)
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
