package workloads

import (
	"slices"
	"strconv"
	"strings"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// Parse reads one workload from data, the contents of file (used in messages and kept in
// Workload.File). Every default it applies is listed in Workload.Defaulted. The error, when
// not nil, is a yamlspec.ErrorList holding the problems of the file, sorted by position (the
// first yamlspec.MaxProblemsPerFile, then how many more).
//
// Parse knows no catalog: a region, an instance type or a Fargate task size is checked
// against one only by ParseKnown.
func Parse(file string, data []byte) (model.Workload, error) {
	w, _, errs := parse(file, data, Known{})
	return w, errs.Err()
}

// parse is ParseKnown, also returning the decoded document (nil if unreadable) so that
// callers can position problems that span files.
func parse(file string, data []byte, known Known) (model.Workload, *yamlspec.Value, yamlspec.ErrorList) {
	root, errs := yamlspec.Decode(file, data, formatSpec())
	if root == nil {
		return model.Workload{}, root, errs
	}
	b := builder{root: root}
	w := model.Workload{
		Name:        root.Get("name").Str(),
		Description: root.Get("description").Str(),
		File:        file,
		Region:      b.text("region"),
	}
	t := root.Get("traffic")
	if rps := t.Get("requests_per_second"); rps != nil {
		w.Traffic = model.Traffic{RequestsPerSecond: rps.Decimal(), PerSecond: true}
	} else {
		w.Traffic = model.Traffic{RequestsPerMonth: t.Get("requests_per_month").Int()}
	}
	if t != nil {
		w.Traffic.PeakPercentile = b.dec("traffic.peak_percentile")
		w.Traffic.GrowthPercentPerMonth = t.Get("growth_percent_per_month").Decimal()
		shape, problems := buildShape(t, &b)
		w.Traffic.Shape = shape
		errs = append(errs, problems...)
	}
	w.Function = model.Function{
		DurationMs: root.Get("function").Get("duration_ms").Decimal(),
		MemoryMB:   root.Get("function").Get("memory_mb").Int(),
	}
	for _, sec := range model.Sections() {
		r := model.NewSectionReader(sec.SectionKey(), sec.SectionSpec(), root.Get(sec.SectionKey()))
		errs = append(errs, sec.DecodeSection(r, &w)...)
		b.defaults = append(b.defaults, r.Defaults()...)
	}
	db, problems := buildDatabase(root.Get("database"), &b)
	w.Database = db
	errs = append(errs, problems...)
	errs = append(errs, buildRest(root, &b, &w)...)
	plan, problems := buildPurchase(root.Get("purchase"))
	w.Purchase = plan
	errs = append(errs, problems...)
	errs = append(errs, known.check(root)...)
	if len(errs) == 0 {
		errs = checkBounds(root, w)
	}
	if w.SchedulesOnly {
		w.Defaulted = schedulesOnlyDefaults(b.defaults)
	} else {
		w.Defaulted = slices.Clone(b.defaults) // no room to grow: a batch holds every workload read
	}
	if len(errs) > 0 {
		errs.Sort()
		return model.Workload{}, root, errs.Capped()
	}
	return w, root, nil
}

// buildRest reads the flow, the services around the function and the schedules, and checks
// that the file describes a service, schedules, or both.
func buildRest(root *yamlspec.Value, b *builder, w *model.Workload) yamlspec.ErrorList {
	var errs yamlspec.ErrorList
	traffic, function, schedules := root.Get("traffic"), root.Get("function"), root.Get("schedules")
	switch {
	case !root.Valid():
	case traffic == nil && function == nil && schedules == nil:
		errs = append(errs, root.Errorf("describe a service (traffic and function), schedules, or both"))
	case traffic != nil && function == nil:
		errs = append(errs, traffic.Errorf("traffic needs a function section: how one request behaves"))
	case function != nil && traffic == nil:
		errs = append(errs, function.Errorf("function needs a traffic section: how many requests arrive"))
	}
	w.SchedulesOnly = traffic == nil && function == nil && schedules != nil
	if w.SchedulesOnly {
		for _, key := range []string{"flow", "front_door", "database"} {
			if v := root.Get(key); v != nil {
				errs = append(errs, v.Errorf("goes with a service: the file has no traffic and function"))
			}
		}
	}
	if f := root.Get("flow"); f != nil {
		steps, problems := buildFlow(f, b)
		w.Flow = steps
		errs = append(errs, problems...)
	}
	errs = append(errs, buildServices(root, b, w)...)
	if schedules != nil {
		list, problems := buildSchedules(schedules, b, !w.SchedulesOnly)
		w.Schedules = list
		errs = append(errs, problems...)
	}
	errs = append(errs, buildTuning(root, b, w)...)
	errs = append(errs, buildScenarios(root, w)...)
	errs = append(errs, buildPlatforms(root, w)...)
	return errs
}

// schedulesOnlyDefaults keeps the defaults that matter to a workload of schedules alone:
// the service's sizing and scaling keys do not apply (a platform's section names its keys
// that do: SchedulesKeys).
func schedulesOnlyDefaults(all []model.Default) []model.Default {
	keeps := []string{"schedules["}
	for _, sec := range model.Sections() {
		for _, k := range sec.SchedulesKeys() {
			keeps = append(keeps, sec.SectionKey()+"."+k)
		}
	}
	var out []model.Default
	for _, d := range all {
		for _, keep := range keeps {
			if strings.HasPrefix(d.Key, keep) {
				out = append(out, d)
				break
			}
		}
	}
	return out
}

// builder reads values of a decoded workload, applying the spec table's defaults to the keys
// left out and recording each one.
type builder struct {
	root     *yamlspec.Value
	defaults []model.Default
}

// text returns the value at a dotted path as written, or its default (recorded), or "" when
// it has none: such keys are left for the engine to choose.
func (b *builder) text(path string) string {
	if v := b.at(path); v != nil {
		return v.Str()
	}
	if f := field(path); f != nil && f.Default != "" {
		b.record(path, f.Default, "default")
		return f.Default
	}
	return ""
}

// at is the value at a dotted path, nil when the file leaves it out.
func (b *builder) at(path string) *yamlspec.Value {
	v := b.root
	for rest, more := path, true; more; {
		var k string
		k, rest, more = strings.Cut(rest, ".")
		v = v.Get(k)
	}
	return v
}

func (b *builder) record(key, value, why string) {
	b.defaults = append(b.defaults, model.Default{Key: key, Value: value, Why: why})
}

// int returns a whole number at a dotted path (or its default). Values and defaults have
// both been checked against the spec, so they parse.
func (b *builder) int(path string) int64 {
	if v := b.at(path); v != nil && v.Spec().Kind == yamlspec.Int {
		return v.Int() // as written, parsed once by the decoder
	}
	text := b.text(path)
	if text == "" { // absent, no default
		return 0
	}
	i, _ := strconv.ParseInt(text, 10, 64)
	return i
}

// dec returns a decimal at a dotted path (or its default), zero when absent.
func (b *builder) dec(path string) decimal.Decimal {
	if v := b.at(path); v != nil && (v.Spec().Kind == yamlspec.Decimal || v.Spec().Kind == yamlspec.Int) {
		return v.Decimal() // as written, parsed once by the decoder
	}
	text := b.text(path)
	if text == "" {
		return decimal.Decimal{}
	}
	d, err := decimal.NewFromString(text)
	if err != nil {
		return decimal.Decimal{}
	}
	return d
}

// field returns the spec table's field at a dotted path.
func field(path string) *yamlspec.Field {
	s := formatSpec()
	var f *yamlspec.Field
	for rest, more := path, true; more; {
		var k string
		k, rest, more = strings.Cut(rest, ".")
		if f = s.Field(k); f == nil {
			return nil
		}
		s = f.Spec
	}
	return f
}
