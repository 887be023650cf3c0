package analysis

import "github.com/breakeven/breakeven/model"

// ec2Instance is EC2's instance in w, read through the platform's model.InstanceOwner (the
// zero Instance when EC2 is not registered).
func ec2Instance(w model.Workload) model.Instance {
	if o, ok := model.PlatformAs[model.InstanceOwner](model.PlatformEC2); ok {
		return o.InstanceOf(w)
	}
	return model.Instance{}
}

// sizedAsResolved is w with each instance platform's sizing as in resolved: a burstable type
// whose throughput the engine chose stays sized by its baseline when a variant moves the
// throughput.
func sizedAsResolved(w, resolved model.Workload) model.Workload {
	for _, p := range model.Platforms {
		if o, ok := model.PlatformAs[model.InstanceOwner](p); ok {
			i := o.InstanceOf(w)
			i.SizedByBaseline = o.InstanceOf(resolved).SizedByBaseline
			w = o.WithInstance(w, i)
		}
	}
	return w
}
