package analysis

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// rightSizeFargate prices, for each vCPU Fargate offers, the smallest memory that holds the
// function (a larger memory at the same vCPU costs more and serves no more requests), on the
// workload's Fargate architecture, and ranks them.
func rightSizeFargate(w model.Workload, base model.WorkloadResult, cat *pricing.Catalog, month model.Month) PlatformSizing {
	p := PlatformSizing{Platform: model.PlatformFargate}
	fleets, okFleet := model.PlatformAs[model.FleetOwner](model.PlatformFargate)
	sizer, okSize := model.PlatformAs[model.TaskResizer](model.PlatformFargate)
	if !okFleet || !okSize {
		return p
	}
	f := sizer.SizeOf(base.Workload)
	p.Current = option(SizeOption{Name: fargateName(f.VCPU, f.MemoryGB), VCPU: f.VCPU, MemoryGB: f.MemoryGB,
		Architecture: f.Architecture, RequestsPerSecondPerUnit: fleets.FleetOf(base.Workload).RequestsPerSecondPerUnit}, base.Estimate(model.PlatformFargate))
	fleet := fleets.FleetOf(w)
	given := fleet.RequestsPerSecondPerUnit
	p.Throughput = throughputFrom(given, "task", p.Current.Name)
	needGB := decimal.NewFromInt(w.Function.MemoryMB).Mul(mbPerGB)
	share := model.CPUShare(w.Function.MemoryMB)
	if f.MemoryGB.IsZero() { // no task size holds the function: nothing is running to compare
		p.Current.Name = base.Estimate(model.PlatformFargate).Summary
	} else {
		p.Current.Notes = memoryNote(p.Current, needGB, w.Function.MemoryMB)
	}
	sizes, excluded := fargateCandidates(needGB, w.Function.MemoryMB)
	p.Excluded = excluded
	var options []SizeOption
	for _, s := range sizes {
		rps := model.DefaultThroughput(w.Function, s.VCPU)
		if given.IsPositive() {
			rps = scaledThroughput(given, f.VCPU, s.VCPU)
		}
		sized := fleet
		sized.RequestsPerSecondPerUnit = rps
		v := fleets.WithFleet(sizer.Resized(w, s.VCPU, s.MemoryGB), sized)
		o := SizeOption{Name: fargateName(s.VCPU, s.MemoryGB), VCPU: s.VCPU, MemoryGB: s.MemoryGB,
			Architecture: sizer.SizeOf(w).Architecture, RequestsPerSecondPerUnit: rps}
		if s.VCPU.LessThan(share) {
			o.Notes = append(o.Notes, fmt.Sprintf("less CPU than Lambda's %s vCPU: each request takes longer", share.Round(3)))
		}
		options = append(options, option(o, billOn(v, cat, month, model.PlatformFargate)))
	}
	p.rank(options)
	return p
}

// fargateCandidates are, for each vCPU Fargate offers, its smallest memory of at least
// needGB, and the vCPUs whose memory is all smaller.
func fargateCandidates(needGB decimal.Decimal, memoryMB int64) ([]pricing.FargateSize, []Exclusion) {
	var sizes []pricing.FargateSize
	var excluded []Exclusion
	all := pricing.FargateSizes() // by vCPU, then memory
	for i, s := range all {
		if len(sizes) > 0 && sizes[len(sizes)-1].VCPU.Equal(s.VCPU) {
			continue // this vCPU already has its size
		}
		switch {
		case !s.MemoryGB.LessThan(needGB):
			sizes = append(sizes, s)
		case i == len(all)-1 || !all[i+1].VCPU.Equal(s.VCPU): // the vCPU's largest memory
			excluded = append(excluded, Exclusion{Name: s.VCPU.String() + " vCPU",
				Reason: fmt.Sprintf("at most %s GB, less than function.memory_mb %s", s.MemoryGB, humanize.Count(memoryMB))})
		}
	}
	return sizes, excluded
}

// fargateName names a task size: "0.5 vCPU / 1 GB".
func fargateName(vcpu, memoryGB decimal.Decimal) string {
	return fmt.Sprintf("%s vCPU / %s GB", vcpu, memoryGB)
}

// rightSizeEC2 prices every non-burstable instance type of the catalog with an on-demand
// rate in the region and enough memory for the function, on demand, and ranks them.
func rightSizeEC2(w model.Workload, base model.WorkloadResult, cat *pricing.Catalog, month model.Month) PlatformSizing {
	p := PlatformSizing{Platform: model.PlatformEC2}
	fleets, okFleet := model.PlatformAs[model.FleetOwner](model.PlatformEC2)
	if !okFleet {
		return p
	}
	c := ec2Instance(base.Workload)
	cur, known := cat.InstanceTypes[c.Type]
	p.Current = option(SizeOption{Name: c.Type, VCPU: decimal.NewFromInt(cur.VCPU), MemoryGB: cur.MemoryGiB,
		Architecture: model.Architecture(cur.Architecture), RequestsPerSecondPerUnit: fleets.SizingThroughput(base.Workload, cat),
		SizedByBaseline:          c.SizedByBaseline,
		FullCPURequestsPerSecond: fleets.FleetOf(base.Workload).RequestsPerSecondPerUnit, Purchase: c.Purchase}, base.Estimate(model.PlatformEC2))
	if c.Type == "" { // no type holds the function: say so rather than name none
		p.Current.Name = base.Estimate(model.PlatformEC2).Summary
	}
	given := fleets.FleetOf(w).RequestsPerSecondPerUnit
	build := model.FunctionSettingsOf(w).Architecture
	if known {
		build = model.Architecture(cur.Architecture)
	} else {
		given = decimal.Zero // no vCPU count of its own to scale the file's figure from
	}
	p.Throughput = throughputFrom(given, "instance", fmt.Sprintf("%s (%s vCPU)", c.Type, p.Current.VCPU))
	needGB := decimal.NewFromInt(w.Function.MemoryMB).Mul(mbPerGB)
	if known {
		p.Current.Notes = memoryNote(p.Current, needGB, w.Function.MemoryMB)
	}
	var options []SizeOption
	for _, name := range cat.InstanceTypeNames() {
		it := cat.InstanceTypes[name]
		if why := ec2Exclusion(w, it, needGB, cat); why != "" {
			p.Excluded = append(p.Excluded, Exclusion{Name: name, Reason: why})
			continue
		}
		vcpus := decimal.NewFromInt(it.VCPU)
		rps := model.DefaultThroughput(w.Function, vcpus)
		if given.IsPositive() {
			rps = scaledThroughput(given, p.Current.VCPU, vcpus)
		}
		o := SizeOption{Name: name, VCPU: vcpus, MemoryGB: it.MemoryGiB, Architecture: model.Architecture(it.Architecture),
			RequestsPerSecondPerUnit: rps, FullCPURequestsPerSecond: rps, Purchase: model.OnDemand}
		if it.Burstable {
			o.SizedByBaseline, o.RequestsPerSecondPerUnit = true, model.BaselineThroughput(rps, it)
			o.Notes = append(o.Notes, fmt.Sprintf("sized by its %s%% baseline: %s of the %s rps it serves at full CPU", it.Credits.BaselinePercent, humanize.Quantity(o.RequestsPerSecondPerUnit), humanize.Quantity(rps)))
		}
		if o.Architecture != build {
			o.Notes = append(o.Notes, fmt.Sprintf("needs an %s build (%s runs %s)", o.Architecture, buildOf(c.Type, known), build))
		}
		options = append(options, option(o, billOn(o.onEC2(w), cat, month, model.PlatformEC2)))
	}
	p.rank(options)
	return p
}

// onEC2 is the workload w (as loaded) run on the option's instance type, bought as
// o.Purchase, with its throughput and sizing.
func (o SizeOption) onEC2(w model.Workload) model.Workload {
	instances, okInstance := model.PlatformAs[model.InstanceOwner](model.PlatformEC2)
	fleets, okFleet := model.PlatformAs[model.FleetOwner](model.PlatformEC2)
	if !okInstance || !okFleet {
		return w
	}
	i := instances.InstanceOf(w)
	i.Type, i.Purchase, i.SizedByBaseline = o.Name, o.Purchase, o.SizedByBaseline
	fleet := fleets.FleetOf(w)
	fleet.RequestsPerSecondPerUnit = o.FullCPURequestsPerSecond
	return fleets.WithFleet(instances.WithInstance(w, i), fleet)
}

// buildOf names what the current build runs on, for an architecture note.
func buildOf(instanceType string, known bool) string {
	if known {
		return instanceType
	}
	return "the Lambda function"
}

// ec2Exclusion says why an instance type is left out before pricing ("" if it is not).
func ec2Exclusion(w model.Workload, it pricing.InstanceType, needGB decimal.Decimal, cat *pricing.Catalog) string {
	if it.MemoryGiB.LessThan(needGB) {
		return fmt.Sprintf("%s GiB, less than function.memory_mb %s", humanize.Quantity(it.MemoryGiB), humanize.Count(w.Function.MemoryMB))
	}
	if _, err := cat.Rate(w.Region, fmt.Sprintf("ec2.%s.%s", it.Name, model.OnDemand)); err != nil {
		return "no on-demand rate in " + w.Region
	}
	return ""
}

// memoryNote says when the current configuration has less memory than the function, which
// no option ranked is allowed (nil otherwise).
func memoryNote(o SizeOption, needGB decimal.Decimal, memoryMB int64) []string {
	if o.MemoryGB.LessThan(needGB) {
		return []string{fmt.Sprintf("%s GB is less than function.memory_mb %s: the options ranked all hold it", humanize.Quantity(o.MemoryGB), humanize.Count(memoryMB))}
	}
	return nil
}
