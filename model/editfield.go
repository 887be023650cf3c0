package model

import (
	"slices"

	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// FieldEdit changes one key of a workload file: Key dotted as in the YAML ("fargate.vcpu"),
// Value the new value as YAML scalar text, or Delete to remove the key (package workloads
// applies it: its Edit is this type).
type FieldEdit struct {
	Key    string
	Value  string
	Delete bool
}

// EditField is one input of a platform's settings the explorer edits in place, declared by
// the platform (FieldsOwner): what it shows, the key it writes and how a nudge moves it.
// Every edit still goes through the workload format's checks.
type EditField struct {
	// Label names the input in the inputs pane ("Task rps").
	Label string
	// Key is the dotted key the input writes when a value is typed ("fargate.vcpu").
	Key string
	// Value is the current value as the file would say it, from the resolved workload.
	Value func(w Workload) string
	// Nudge is the edits that move the value one step (dir -1 or +1).
	Nudge func(w Workload, dir int, cat *pricing.Catalog) []FieldEdit
	// Typed turns what the user typed into edits (nil: Key set to the text).
	Typed func(text string) ([]FieldEdit, error)
	// Serving says the input is of the requests the workload serves (a throughput): a
	// workload of schedules alone has none.
	Serving bool
}

// FieldsOwner is a platform whose settings the explorer edits: the inputs it declares.
type FieldsOwner interface {
	// EditFields are the platform's inputs for the workload as the file says it, in the
	// order the inputs pane lists them (some show only when others are set: Lambda's
	// provisioned schedule once there is provisioned concurrency).
	EditFields(w Workload) []EditField
}

// PlatformEditFields are the inputs of every registered FieldsOwner w is priced on (those it
// chose, or every one: PricedOn), in the order of Platforms.
func PlatformEditFields(w Workload) []EditField {
	var out []EditField
	for _, p := range pricers {
		if f, ok := p.(FieldsOwner); ok && w.PricedOn(p.ID()) {
			out = append(out, f.EditFields(w)...)
		}
	}
	return out
}

// nudge steps: ten percent up or down.
var (
	stepUp   = decimal.RequireFromString("1.1")
	stepDown = decimal.RequireFromString("0.9")
)

// Nudged is d moved ten percent up (dir > 0) or down, kept to places decimals and above zero:
// an explorer nudge of a quantity.
func Nudged(d decimal.Decimal, dir, places int) decimal.Decimal {
	f := stepUp
	if dir < 0 {
		f = stepDown
	}
	out := d.Mul(f).Round(int32(places))
	if !out.IsPositive() {
		return d
	}
	return out
}

// Cycle is the value dir steps from current among options (wrapping; the first when current
// is not one of them): an explorer nudge of a choice.
func Cycle(options []string, current string, dir int) string {
	i := slices.Index(options, current)
	if i < 0 {
		return options[0]
	}
	return options[(i+dir+len(options))%len(options)]
}

// SetKey is the one edit setting key to value.
func SetKey(key, value string) []FieldEdit { return []FieldEdit{{Key: key, Value: value}} }
