package platformtest

import (
	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Config is FlatRate's settings, the workload file's flatrate section, kept in
// model.Workload.Settings.
type Config struct {
	// BaseUSD is the flat monthly base (flatrate.base_usd).
	BaseUSD decimal.Decimal
}

// ConfigOf is FlatRate's settings in w: the decoded flatrate section, or the defaults for a
// workload built in code.
func ConfigOf(w model.Workload) Config {
	if c, ok := model.SettingsOf[Config](w, ID); ok {
		return c
	}
	return Config{BaseUSD: flatBase}
}

// FlatRate owns its section of the workload file.
var _ model.SectionOwner = FlatRate{}

// SectionKey is "flatrate".
func (FlatRate) SectionKey() string { return "flatrate" }

// SectionSpec is the flatrate section: base_usd, the monthly base.
func (FlatRate) SectionSpec() *yamlspec.Spec { return sectionSpec }

var sectionSpec = &yamlspec.Spec{Kind: yamlspec.Object,
	Doc: "How the workload runs on FlatRate, the test platform.",
	Fields: []yamlspec.Field{
		{Key: "base_usd", Default: flatBase.String(), Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "1000000", MaxPlaces: 2,
			Doc: "The flat monthly base in USD, billed whatever the traffic."}},
	}}

// DecodeSection reads the flatrate section into w.Settings.
func (FlatRate) DecodeSection(r *model.SectionReader, w *model.Workload) yamlspec.ErrorList {
	w.SetSettings(ID, Config{BaseUSD: r.Dec("base_usd")})
	return nil
}

// SchedulesKeys is none: FlatRate runs no schedules.
func (FlatRate) SchedulesKeys() []string { return nil }

// SectionTemplate is the flatrate section as `breakeven init` writes it.
func (FlatRate) SectionTemplate() string {
	return "flatrate:\n  # base_usd: 20                         # the flat monthly base\n"
}

// FlatRate declares the explorer's input of its base.
var _ model.FieldsOwner = FlatRate{}

// EditFields is the base, nudged ten percent.
func (FlatRate) EditFields(model.Workload) []model.EditField {
	return []model.EditField{{Label: "Flat base $", Key: "flatrate.base_usd",
		Value: func(w model.Workload) string { return ConfigOf(w).BaseUSD.String() },
		Nudge: func(w model.Workload, dir int, _ *pricing.Catalog) []model.FieldEdit {
			return model.SetKey("flatrate.base_usd", model.Nudged(ConfigOf(w).BaseUSD, dir, 2).String())
		}}}
}
