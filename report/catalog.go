package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/breakeven/breakeven/pricing"
)

// WriteCatalog prints the rates of the given regions (all when regions is empty) with the
// source and date of each, as a table or as JSON.
func WriteCatalog(w io.Writer, cat *pricing.Catalog, regions []string, f Format) error {
	if len(regions) == 0 {
		regions = cat.RegionCodes()
	}
	if f == JSON {
		return catalogJSON(w, cat, regions)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Catalog %s as of %s, prices in %s.\n", cat.Name, cat.AsOf, cat.Currency)
	if len(cat.Overlays) > 0 {
		fmt.Fprintf(&b, "Overlaid: %s (rates from them are marked *).\n", strings.Join(cat.Overlays, ", "))
	}
	for _, code := range regions {
		reg := cat.Regions[code]
		fmt.Fprintf(&b, "\n%s\n", code)
		var rows [][3]string // key, price, source
		for _, key := range reg.RateKeys() {
			r := reg.Rates[key]
			mark := " "
			if r.Origin != "" {
				mark = "*"
			}
			rows = append(rows, [3]string{mark + key, ratePrice(r), fmt.Sprintf("[%s, %s]", r.Source, r.AsOf)})
			for i, t := range r.Tiers {
				upTo := "above"
				if i < len(r.Tiers)-1 {
					upTo = "to " + quantity(t.UpTo)
				}
				rows = append(rows, [3]string{"     " + upTo, unitPrice(t.Price), ""})
			}
		}
		for _, key := range reg.AllowanceKeys() {
			a := reg.Allowances[key]
			rows = append(rows, [3]string{" " + key, quantity(a.Quantity) + " " + a.Unit + " free a month", fmt.Sprintf("[%s, %s]", a.Source, a.AsOf)})
		}
		keyWidth, priceWidth := 0, 0
		for _, r := range rows {
			keyWidth, priceWidth = max(keyWidth, len(r[0])), max(priceWidth, len(r[1]))
		}
		for _, r := range rows {
			b.WriteString(strings.TrimRight(fmt.Sprintf(" %-*s  %-*s  %s", keyWidth, r[0], priceWidth, r[1], r[2]), " ") + "\n")
		}
	}
	b.WriteString("\nSources:\n")
	for _, name := range cat.SourceNames() {
		s := cat.Sources[name]
		fmt.Fprintf(&b, "  %s: %s\n    %s\n", name, s.Title, s.URL)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ratePrice writes a rate as people read it: "$0.20 per 1M requests", or "tiered, per
// GB-second" with the tiers listed below it.
func ratePrice(r pricing.Rate) string {
	if r.Tiered() {
		return "tiered, per " + singular(r.Unit, 1)
	}
	per := ""
	switch r.Per {
	case 1000:
		per = "1,000 "
	case 1000000:
		per = "1M "
	}
	return fmt.Sprintf("%s per %s%s", unitPrice(r.Price), per, singular(r.Unit, r.Per))
}

// singular turns "GB-seconds" into "GB-second" for "per GB-second".
func singular(unit string, per int64) string {
	if per == 1 {
		return strings.TrimSuffix(unit, "s")
	}
	return unit
}

type catalogDoc struct {
	Catalog  string              `json:"catalog"`
	AsOf     string              `json:"as_of"`
	Currency string              `json:"currency"`
	Overlays []string            `json:"overlays"`
	Sources  map[string]catSrc   `json:"sources"`
	Regions  map[string][]catRow `json:"regions"`
}

type catSrc struct {
	URL   string `json:"url"`
	Title string `json:"title"`
}

type catRow struct {
	Key      string    `json:"key"`
	Price    string    `json:"price,omitempty"`
	Per      int64     `json:"per,omitempty"`
	Tiers    []catTier `json:"tiers,omitempty"`
	Quantity string    `json:"free_quantity,omitempty"`
	Unit     string    `json:"unit"`
	Source   string    `json:"source"`
	AsOf     string    `json:"as_of"`
	Note     string    `json:"note,omitempty"`
	Origin   string    `json:"origin,omitempty"`
}

type catTier struct {
	UpTo  string `json:"up_to,omitempty"`
	Price string `json:"price"`
}

func catalogJSON(w io.Writer, cat *pricing.Catalog, regions []string) error {
	doc := catalogDoc{Catalog: cat.Name, AsOf: cat.AsOf, Currency: cat.Currency, Overlays: nonNil(cat.Overlays),
		Sources: map[string]catSrc{}, Regions: map[string][]catRow{}}
	for name, s := range cat.Sources {
		doc.Sources[name] = catSrc{URL: s.URL, Title: s.Title}
	}
	for _, code := range regions {
		reg := cat.Regions[code]
		rows := []catRow{}
		for _, key := range reg.RateKeys() {
			r := reg.Rates[key]
			row := catRow{Key: key, Unit: r.Unit, Source: r.Source, AsOf: r.AsOf, Note: r.Note, Origin: r.Origin}
			if r.Tiered() {
				for _, t := range r.Tiers {
					ct := catTier{Price: t.Price.String()}
					if !t.UpTo.IsZero() {
						ct.UpTo = t.UpTo.String()
					}
					row.Tiers = append(row.Tiers, ct)
				}
			} else {
				row.Price, row.Per = r.Price.String(), r.Per
			}
			rows = append(rows, row)
		}
		for _, key := range reg.AllowanceKeys() {
			a := reg.Allowances[key]
			rows = append(rows, catRow{Key: key, Quantity: a.Quantity.String(), Unit: a.Unit, Source: a.Source, AsOf: a.AsOf, Origin: a.Origin})
		}
		doc.Regions[code] = rows
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
