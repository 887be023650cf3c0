package model

import "github.com/shopspring/decimal"

// EC2Config is how the workload is configured on EC2 instances, the settings package
// model/platforms/ec2 decodes from the ec2 section and keeps in Workload.Settings
// (SettingsOf[EC2Config](w, PlatformEC2)); no field of Workload holds it. Its type stays here,
// a documented contract, for the reason FargateConfig does (package model's own tests build
// workloads with it); the analyses and the output read and change it only through the
// interfaces the platform implements (FleetOwner, InstanceOwner, NotPricer). An empty
// InstanceType or a zero Fleet.RequestsPerSecondPerUnit means the user left it out and the
// model chooses it.
type EC2Config struct {
	InstanceType string
	// InstanceTypeChosen says the model chose InstanceType (the file left it out): a
	// schedule's dedicated instance is then chosen for the schedule, not the service's type.
	InstanceTypeChosen bool
	// Fleet sizes the instances: per-instance throughput (what one instance sustains at full
	// CPU), minimum, utilisation, scaling.
	Fleet Fleet
	// CPUCredits is how a burstable type (t3, t3a, t4g) runs above its baseline: unlimited
	// (AWS's default; surplus credits are billed) or standard (held at its baseline). Empty:
	// not given, unlimited for a burstable type.
	CPUCredits CPUCredits
	// SizedByBaseline sizes a burstable type's fleet by what its baseline sustains rather
	// than by Fleet.RequestsPerSecondPerUnit at full CPU. The model sets it when it works the
	// throughput out itself; standard mode is always sized so.
	SizedByBaseline bool
	Purchase        Purchase
	// SpotDiscountPercent is the discount off on-demand the user expects from spot (0..100);
	// used only when Purchase is Spot.
	SpotDiscountPercent decimal.Decimal
	// EBSGB is the gp3 volume of each instance.
	EBSGB int64
}

// CPUCredits is a burstable instance's credit specification, as AWS names it.
type CPUCredits string

// The credit specifications of burstable instances.
const (
	// CreditsUnlimited lets an instance burst above its baseline for as long as it needs;
	// surplus credits its earnings do not pay down are billed.
	CreditsUnlimited CPUCredits = "unlimited"
	// CreditsStandard holds an instance at its baseline once its credit balance is spent.
	CreditsStandard CPUCredits = "standard"
)

// EC2Schedule is where a schedule runs on EC2 (its ec2 key), the settings package
// model/platforms/ec2 decodes from a schedules[] item and keeps in Schedule.Settings
// (ScheduleSettingsOf[EC2Schedule](s, PlatformEC2)); its type stays here for the reason
// EC2Config does. An empty Host is the service's instances when the workload serves traffic,
// else a dedicated instance.
type EC2Schedule struct {
	Host ScheduleHost
}
