package model

import "github.com/breakeven/breakeven/pricing"

// Provenance says which prices and which month an answer was worked out with: the catalog
// and its date, the overlays laid over it (--pricing files, in order), and the month priced.
// Every result carries one, and every format writes it from here.
type Provenance struct {
	Catalog    string
	AsOf       string
	Overlays   []string
	Month      Month
	MonthHours int64
}

// ProvenanceOf is the provenance of an answer priced from cat over month.
func ProvenanceOf(cat *pricing.Catalog, month Month) Provenance {
	return Provenance{Catalog: cat.Name, AsOf: cat.AsOf, Overlays: cat.Overlays, Month: month, MonthHours: month.Hours}
}
