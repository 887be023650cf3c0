package model

import (
	"fmt"
	"maps"
	"strconv"
	"strings"
	"sync"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/shopspring/decimal"
)

// SectionOwner is a platform with settings of its own: a top-level section of the workload
// file, under its key, that the workload format (package workloads) lists in its spec table
// and JSON Schema, in the order of Platforms, and decodes through it. A new platform's
// settings need no edit to Workload or to package workloads: the platform declares the
// section, decodes it into its own configuration type and keeps it in Workload.Settings
// (SetSettings), read back with SettingsOf.
type SectionOwner interface {
	// SectionKey is the section's top-level key in the workload file ("fargate").
	SectionKey() string
	// SectionSpec is the section's spec (an Object): its keys, types, ranges, defaults and
	// documentation, checked by the decoder and written to the JSON Schema.
	SectionSpec() *yamlspec.Spec
	// DecodeSection reads the section of a file that decoded against SectionSpec (r.Value()
	// is nil when the file leaves it out) into w, applying and recording its defaults
	// through r, and returns what the spec table could not check, each problem at its key.
	// Sections are decoded in the order of Platforms, after the workload's own traffic and
	// function: w holds those already (and the sections of the platforms before it).
	DecodeSection(r *SectionReader, w *Workload) yamlspec.ErrorList
	// SchedulesKeys are the section's keys (relative to it, "architecture") whose defaults
	// still apply to a workload of schedules alone; the defaults of the others, which size
	// the service, are then dropped from Workload.Defaulted.
	SchedulesKeys() []string
	// SectionTemplate is the section as `breakeven init` writes it: the key, then each of
	// its keys commented out ("  # key: default   # what it is"), its default shown as the
	// spec gives it, ending in a newline.
	SectionTemplate() string
}

// Sections lists the registered platforms that own a section of the workload file, in the
// order of Platforms.
func Sections() []SectionOwner { return registeredAs[SectionOwner]() }

// registeredAs lists the registered platforms that implement the optional interface T, in
// the order of Platforms.
func registeredAs[T any]() []T {
	var out []T
	for _, p := range pricers {
		if t, ok := p.(T); ok {
			out = append(out, t)
		}
	}
	return out
}

// SetSettings keeps cfg as platform p's decoded settings. The workload's map is copied
// before the write, so a copy of the workload (an analysis's variant) never changes the
// original's settings.
func (w *Workload) SetSettings(p Platform, cfg any) { w.Settings = withSetting(w.Settings, p, cfg) }

// withSetting is a copy of settings with platform p's set to cfg (the original is not
// written: a copy of a workload or a schedule shares the map until one of them sets it).
func withSetting(settings map[Platform]any, p Platform, cfg any) map[Platform]any {
	m := maps.Clone(settings)
	if m == nil {
		m = map[Platform]any{}
	}
	m[p] = cfg
	return m
}

// SettingsOf is platform p's settings in w as its package's type T, and whether w holds
// them (a workload built in code may not: the platform then applies its defaults).
func SettingsOf[T any](w Workload, p Platform) (T, bool) {
	cfg, ok := w.Settings[p].(T)
	return cfg, ok
}

// FunctionArchitecture is the architecture of the workload's function (lambda.architecture,
// decoded before the container platforms' sections as Lambda registers first; x86_64, AWS's
// default, when none was decoded): the documented default of a container platform's
// architecture (fargate.architecture), read here rather than from another platform's
// settings.
func (w *Workload) FunctionArchitecture() Architecture {
	if a := FunctionSettingsOf(*w).Architecture; a != "" {
		return a
	}
	return X86_64
}

// SectionReader reads one platform's section of a decoded workload file, applying the spec's
// defaults to the keys left out and recording each one (as "section.key") in the order read.
type SectionReader struct {
	key      string
	value    *yamlspec.Value
	spec     *yamlspec.Spec
	defaults []Default
}

// NewSectionReader reads the section key of spec decoded as value (nil: the file left it out).
func NewSectionReader(key string, spec *yamlspec.Spec, value *yamlspec.Value) *SectionReader {
	r := &SectionReader{key: key, value: value, spec: spec}
	if spec != nil {
		r.defaults = make([]Default, 0, len(spec.Fields)) // a section left out defaults most of its keys
	}
	return r
}

// Value is the decoded section, nil when the file leaves it out.
func (r *SectionReader) Value() *yamlspec.Value { return r.value }

// Defaults are the defaults applied so far, in the order they were applied.
func (r *SectionReader) Defaults() []Default { return r.defaults }

// Record records that the section's key (dotted below the section: "architecture") was left
// out and took value, chosen as why says.
func (r *SectionReader) Record(key, value, why string) {
	r.defaults = append(r.defaults, Default{Key: sectionKey(r.key, key), Value: value, Why: why})
}

var sectionKeys sync.Map // [2]string{section, key} -> "section.key"

// sectionKey is "section.key", made once for every workload that defaults it.
func sectionKey(section, key string) string {
	if k, ok := sectionKeys.Load([2]string{section, key}); ok {
		return k.(string)
	}
	k := section + "." + key
	sectionKeys.Store([2]string{section, key}, k)
	return k
}

// Text is the value at the dotted key below the section as written, or its default
// (recorded), or "" when it has none: such keys are left for the engine to choose.
func (r *SectionReader) Text(key string) string {
	v, f := r.lookup(key)
	if v != nil {
		return v.Str()
	}
	if f != nil && f.Default != "" {
		r.Record(key, f.Default, "default")
		return f.Default
	}
	return ""
}

// lookup is the value at the dotted key below the section (nil: left out) and its field in
// the spec (nil: none).
func (r *SectionReader) lookup(key string) (*yamlspec.Value, *yamlspec.Field) {
	v, s := r.value, r.spec
	var f *yamlspec.Field
	for rest, more := key, true; more; {
		var k string
		k, rest, more = strings.Cut(rest, ".")
		v = v.Get(k)
		if f = s.Field(k); f != nil {
			s = f.Spec
		} else {
			s = nil
		}
	}
	return v, f
}

// Int is a whole number at the dotted key (or its default); values and defaults have both
// been checked against the spec, so they parse.
func (r *SectionReader) Int(key string) int64 {
	if v, _ := r.lookup(key); v != nil && v.Spec().Kind == yamlspec.Int {
		return v.Int() // as written, parsed once by the decoder
	}
	text := r.Text(key)
	if text == "" { // absent, no default
		return 0
	}
	i, _ := strconv.ParseInt(text, 10, 64)
	return i
}

// Dec is a decimal at the dotted key (or its default), zero when absent.
func (r *SectionReader) Dec(key string) decimal.Decimal {
	if v, _ := r.lookup(key); v != nil && (v.Spec().Kind == yamlspec.Decimal || v.Spec().Kind == yamlspec.Int) {
		return v.Decimal() // as written, parsed once by the decoder
	}
	text := r.Text(key)
	if text == "" {
		return decimal.Decimal{}
	}
	d, err := decimal.NewFromString(text)
	if err != nil {
		return decimal.Decimal{}
	}
	return d
}

// Fleet reads a fleet's keys: rateKey, the requests a second one unit serves, minKey, the
// units kept running, and ScalingFields' keys.
func (r *SectionReader) Fleet(rateKey, minKey string) Fleet {
	return Fleet{
		RequestsPerSecondPerUnit: r.Dec(rateKey),
		Min:                      r.Int(minKey),
		TargetUtilizationPercent: r.Int("target_utilization_percent"),
		Scaling:                  Scaling(r.Text("scaling")),
		ScaleOutLagMinutes:       r.Int("scale_out_lag_minutes"),
	}
}

// ScalingFields are the keys that say how a fleet of units ("tasks", "instances") follows
// traffic, which SectionReader.Fleet reads; Fargate's and EC2's sections share them.
func ScalingFields(units string) []yamlspec.Field {
	return []yamlspec.Field{
		{Key: "target_utilization_percent", Default: fmt.Sprint(DefaultTargetUtilizationPercent), Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "100",
			Doc: "The load the " + units + " are sized to run at, in percent of what one sustains: headroom for the unexpected."}},
		{Key: "scaling", Default: string(Autoscaled), Spec: &yamlspec.Spec{Kind: yamlspec.String, Enum: []string{string(Autoscaled), string(Fixed)},
			Doc: "autoscaled: resized every hour to its peak; fixed: the month's peak all the time."}},
		{Key: "scale_out_lag_minutes", Default: fmt.Sprint(DefaultScaleOutLagMinutes), Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "0", Max: "59",
			Doc: "Minutes new " + units + " take to serve after traffic rises (alarm, start-up); until then the ones running serve."}},
	}
}

// ArchitectureSpec is the spec of a key naming a CPU architecture (x86_64 or arm64), doc
// saying what it is.
func ArchitectureSpec(doc string) *yamlspec.Spec {
	return &yamlspec.Spec{Kind: yamlspec.String, Doc: doc,
		Enum: []string{string(X86_64), string(ARM64)}}
}
