package workloads

import (
	"fmt"
	"slices"
	"strings"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// Known is what the price catalog knows, handed to the reader as plain data (this package
// knows nothing of prices): a value the file states that is not in it cannot exist, and is
// an input error at its line and column, with the closest known value suggested. An empty
// list checks nothing: Parse, which is given no catalog, leaves those keys to the engine.
type Known struct {
	// Regions are the region codes the catalog (with its overlays) has prices for.
	Regions []string
	// InstanceTypes are the EC2 instance types the catalog describes.
	InstanceTypes []string
	// FargateSizes are the task sizes Fargate offers, by vCPU then memory.
	FargateSizes []FargateSize
}

// FargateSize is one task size Fargate offers: vCPU and memory in GB.
type FargateSize struct {
	VCPU, MemoryGB decimal.Decimal
}

// ParseKnown is Parse, also refusing what the catalog does not know: a region without prices,
// an instance type it does not describe, a Fargate task size AWS does not offer.
func ParseKnown(file string, data []byte, known Known) (model.Workload, error) {
	w, _, errs := parse(file, data, known)
	return w, errs.Err()
}

// check reports each value of the file that known says cannot exist.
func (k Known) check(root *yamlspec.Value) yamlspec.ErrorList {
	var errs yamlspec.ErrorList
	if r := root.Get("region"); r.Valid() && len(k.Regions) > 0 && !slices.Contains(k.Regions, r.Str()) {
		errs = append(errs, r.Errorf("the catalog has no prices for region %q%s: it has %s; add a region with --pricing",
			r.Str(), didYouMean(r.Str(), k.Regions), strings.Join(k.Regions, ", ")))
	}
	if t := root.Get("ec2").Get("instance_type"); t.Valid() && len(k.InstanceTypes) > 0 && !slices.Contains(k.InstanceTypes, t.Str()) {
		errs = append(errs, t.Errorf("%s", k.unknownInstance(t.Str())))
	}
	if len(k.FargateSizes) > 0 {
		f := root.Get("fargate")
		errs = append(errs, k.checkTask(f.Get("vcpu"), f.Get("memory_gb"))...)
		for _, s := range root.Get("schedules").Items() {
			errs = append(errs, k.checkTask(s.Get("task_vcpu"), s.Get("task_memory_gb"))...)
		}
	}
	return errs
}

// unknownInstance says the catalog has no instance type name, suggesting the closest one or
// else listing the types of its family.
func (k Known) unknownInstance(name string) string {
	msg := fmt.Sprintf("the catalog has no instance type %q", name)
	if hint := didYouMean(name, k.InstanceTypes); hint != "" {
		msg += hint
	} else {
		family, _, _ := strings.Cut(name, ".")
		var same []string
		for _, n := range k.InstanceTypes {
			if strings.HasPrefix(n, family+".") {
				same = append(same, n)
			}
		}
		if len(same) > 0 {
			msg += " (it has " + strings.Join(same, ", ") + ")"
		}
	}
	return msg + "; `breakeven pricing` lists every type, and --pricing adds one"
}

// checkTask checks a task size as given: a vCPU Fargate offers, and a memory that vCPU allows
// (or, with the vCPU left out, a memory some vCPU allows). Either may be absent or already
// refused by the spec (then there is nothing to check).
func (k Known) checkTask(vcpu, memory *yamlspec.Value) yamlspec.ErrorList {
	switch {
	case vcpu.Valid():
		mems := k.memoriesOf(vcpu.Decimal())
		if len(mems) == 0 {
			return yamlspec.ErrorList{vcpu.Errorf("no Fargate task has %s vCPU%s: choose %s",
				vcpu.Str(), nearestHint(vcpu.Decimal(), k.vcpus()), orList(k.vcpus()))}
		}
		if memory.Valid() && !slices.ContainsFunc(mems, memory.Decimal().Equal) {
			return yamlspec.ErrorList{memory.Errorf("no Fargate task has %s vCPU and %s GB%s: %s vCPU allows %s",
				vcpu.Str(), memory.Str(), nearestHint(memory.Decimal(), mems), vcpu.Str(), describeMemories(mems))}
		}
	case memory.Valid():
		var all []decimal.Decimal
		for _, s := range k.FargateSizes {
			if !slices.ContainsFunc(all, s.MemoryGB.Equal) {
				all = append(all, s.MemoryGB)
			}
		}
		slices.SortFunc(all, decimal.Decimal.Cmp)
		if !slices.ContainsFunc(all, memory.Decimal().Equal) {
			return yamlspec.ErrorList{memory.Errorf("no Fargate task has %s GB%s: each vCPU allows its own sizes (%s)",
				memory.Str(), nearestHint(memory.Decimal(), all), k.sizeList())}
		}
	}
	return nil
}

// vcpus lists the vCPU counts Fargate offers, smallest first.
func (k Known) vcpus() []decimal.Decimal {
	var out []decimal.Decimal
	for _, s := range k.FargateSizes {
		if len(out) == 0 || !out[len(out)-1].Equal(s.VCPU) {
			out = append(out, s.VCPU)
		}
	}
	return out
}

// memoriesOf lists the memory sizes Fargate allows with vcpu, smallest first (none: Fargate
// has no such vCPU).
func (k Known) memoriesOf(vcpu decimal.Decimal) []decimal.Decimal {
	var out []decimal.Decimal
	for _, s := range k.FargateSizes {
		if s.VCPU.Equal(vcpu) {
			out = append(out, s.MemoryGB)
		}
	}
	return out
}

// sizeList says which memory each vCPU allows: "0.25 vCPU: 0.5, 1, 2 GB; 0.5 vCPU: 1 to 4 GB; ...".
func (k Known) sizeList() string {
	var parts []string
	for _, v := range k.vcpus() {
		parts = append(parts, v.String()+" vCPU: "+describeMemories(k.memoriesOf(v)))
	}
	return strings.Join(parts, "; ")
}

// describeMemories says which memory sizes a vCPU allows: a run of four or more in equal
// steps as "8 to 30 GB" (with " in 4 GB steps" when the step is not 1 GB), else the list.
func describeMemories(mems []decimal.Decimal) string {
	if len(mems) >= 4 {
		step := mems[1].Sub(mems[0])
		even := true
		for i := 2; i < len(mems); i++ {
			even = even && mems[i].Sub(mems[i-1]).Equal(step)
		}
		if even {
			out := fmt.Sprintf("%s to %s GB", mems[0], mems[len(mems)-1])
			if !step.Equal(decimal.NewFromInt(1)) {
				out += fmt.Sprintf(" in %s GB steps", step)
			}
			return out
		}
	}
	var words []string
	for _, m := range mems {
		words = append(words, m.String())
	}
	return strings.Join(words, ", ") + " GB"
}

// nearestHint suggests the value of options (sorted, smallest first) a writer of x most
// likely meant: the smallest at least x (a task needs at least what was asked), else the
// largest.
func nearestHint(x decimal.Decimal, options []decimal.Decimal) string {
	if len(options) == 0 {
		return ""
	}
	near := options[len(options)-1]
	for _, o := range options {
		if !o.LessThan(x) {
			near = o
			break
		}
	}
	return fmt.Sprintf(" (did you mean %s?)", near)
}

// didYouMean is ` (did you mean "X"?)` for the candidate closest to word, or "".
func didYouMean(word string, candidates []string) string {
	if near, ok := yamlspec.Suggest(word, candidates); ok {
		return fmt.Sprintf(" (did you mean %q?)", near)
	}
	return ""
}

// orList writes decimals as "a, b or c".
func orList(ds []decimal.Decimal) string {
	words := make([]string, len(ds))
	for i, d := range ds {
		words[i] = d.String()
	}
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}
