package report

import (
	"fmt"
	"io"
	"slices"
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

// catalogJSON writes the catalog's regions (sorted, each once) as encoding/json's Encoder
// would with two spaces and no HTML escaping, from the pricing values themselves: its name,
// date, currency and overlays, every source, and each region's rates then allowances, sorted
// by key. A tiered rate lists its tiers instead of a price; an allowance gives its free
// quantity.
func catalogJSON(w io.Writer, cat *pricing.Catalog, regions []string) error {
	j := &jsonWriter{}
	j.open('{')
	j.string("catalog", cat.Name)
	j.string("as_of", cat.AsOf)
	j.string("currency", cat.Currency)
	j.strings("overlays", cat.Overlays)
	j.object("sources")
	for _, name := range cat.SourceNames() {
		s := cat.Sources[name]
		j.object(name)
		j.string("url", s.URL)
		j.string("title", s.Title)
		j.close('}')
	}
	j.close('}')
	j.object("regions")
	for _, code := range slices.Compact(slices.Sorted(slices.Values(regions))) {
		reg := cat.Regions[code]
		j.array(code)
		for _, key := range reg.RateKeys() {
			j.element()
			rateJSON(j, reg.Rates[key])
		}
		for _, key := range reg.AllowanceKeys() {
			j.element()
			allowanceJSON(j, reg.Allowances[key])
		}
		j.close(']')
	}
	j.close('}')
	j.close('}')
	_, err := w.Write(append(j.buf, '\n'))
	return err
}

// rateJSON writes one rate of a region's list: its price and per, or its tiers.
func rateJSON(j *jsonWriter, r pricing.Rate) {
	j.open('{')
	j.string("key", r.Key)
	if r.Tiered() {
		j.array("tiers")
		for _, t := range r.Tiers {
			j.element()
			j.open('{')
			if !t.UpTo.IsZero() {
				j.exact("up_to", t.UpTo)
			}
			j.exact("price", t.Price)
			j.close('}')
		}
		j.close(']')
	} else {
		j.exact("price", r.Price)
		if r.Per != 0 {
			j.int("per", r.Per)
		}
	}
	j.string("unit", r.Unit)
	j.string("source", r.Source)
	j.string("as_of", r.AsOf)
	if r.Note != "" {
		j.string("note", r.Note)
	}
	if r.Origin != "" {
		j.string("origin", r.Origin)
	}
	j.close('}')
}

// allowanceJSON writes one allowance of a region's list: its free quantity a month.
func allowanceJSON(j *jsonWriter, a pricing.Allowance) {
	j.open('{')
	j.string("key", a.Key)
	j.exact("free_quantity", a.Quantity)
	j.string("unit", a.Unit)
	j.string("source", a.Source)
	j.string("as_of", a.AsOf)
	if a.Origin != "" {
		j.string("origin", a.Origin)
	}
	j.close('}')
}
