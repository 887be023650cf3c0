package fargate

import (
	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
)

var _ model.ScheduleKeysOwner = Platform{}

// scheduleFields are Fargate's keys of a schedule: the size of its task.
var scheduleFields = []yamlspec.Field{
	{Key: "task_vcpu", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "32",
		Doc: "vCPUs of the Fargate task; left out, chosen from memory_mb as for the service."}},
	{Key: "task_memory_gb", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "244",
		Doc: "Memory of the Fargate task in GB; left out, chosen with task_vcpu."}},
}

// ScheduleFields are a schedule's task_vcpu and task_memory_gb.
func (Platform) ScheduleFields() []yamlspec.Field { return scheduleFields }

// DecodeSchedule reads the schedule's task size; what it leaves out is chosen when priced.
func (Platform) DecodeSchedule(r *model.SectionReader, _ bool, s *model.Schedule) yamlspec.ErrorList {
	v := r.Value()
	s.SetSettings(model.PlatformFargate, model.FargateSchedule{
		TaskVCPU: v.Get("task_vcpu").Decimal(), TaskMemoryGB: v.Get("task_memory_gb").Decimal()})
	return nil
}

// scheduleOf is Fargate's settings of s: the zero FargateSchedule, the size left to the
// engine, for a schedule built in code without them.
func scheduleOf(s model.Schedule) model.FargateSchedule {
	c, _ := model.ScheduleSettingsOf[model.FargateSchedule](s, model.PlatformFargate)
	return c
}
