package model

import "github.com/shopspring/decimal"

// FargateConfig is how the workload is configured on ECS/EKS on Fargate, the settings package
// model/platforms/fargate decodes from the fargate section and keeps in Workload.Settings
// (SettingsOf[FargateConfig](w, PlatformFargate)); no field of Workload holds it. Its type
// stays here, a documented contract, because package model's own tests (which cannot import
// a platform) build workloads with it; the analyses and the output read and change it only
// through the interfaces the platform implements (FleetOwner, TaskResizer). A zero VCPU,
// MemoryGB or Fleet.RequestsPerSecondPerUnit means the user left it out and the model
// chooses it.
type FargateConfig struct {
	Architecture       Architecture
	VCPU               decimal.Decimal
	MemoryGB           decimal.Decimal
	EphemeralStorageGB int64
	// Fleet sizes the tasks: per-task throughput, minimum tasks, utilisation, scaling.
	Fleet Fleet
}

// FargateSchedule is the Fargate task of one run of a schedule (its task_vcpu and
// task_memory_gb), the settings package model/platforms/fargate decodes from a schedules[]
// item and keeps in Schedule.Settings (ScheduleSettingsOf[FargateSchedule](s,
// PlatformFargate)); its type stays here for the reason FargateConfig does. A zero TaskVCPU
// or TaskMemoryGB is chosen from the schedule's MemoryMB as for the service; storage and
// architecture come from the workload's fargate section.
type FargateSchedule struct {
	TaskVCPU     decimal.Decimal
	TaskMemoryGB decimal.Decimal
}
