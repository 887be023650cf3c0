package ec2

import (
	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
)

var _ model.ScheduleKeysOwner = Platform{}

// scheduleFields are EC2's keys of a schedule: where it runs.
var scheduleFields = []yamlspec.Field{
	{Key: "ec2", Spec: &yamlspec.Spec{Kind: yamlspec.String, Enum: []string{string(model.DedicatedInstance), string(model.ServiceInstances)},
		Doc: "On EC2: a dedicated instance kept all month, or the service's instances; default service when the workload serves traffic, else dedicated."}},
}

// ScheduleFields are a schedule's ec2 key.
func (Platform) ScheduleFields() []yamlspec.Field { return scheduleFields }

// DecodeSchedule reads where the schedule runs, by default (recorded) on the service's
// instances when there is a service, else on a dedicated instance.
func (Platform) DecodeSchedule(r *model.SectionReader, hasService bool, s *model.Schedule) yamlspec.ErrorList {
	host := model.DedicatedInstance
	if hasService {
		host = model.ServiceInstances
	}
	hv := r.Value().Get("ec2")
	if hv != nil {
		host = model.ScheduleHost(hv.Str())
	} else {
		r.Record("ec2", string(host), "default")
	}
	s.SetSettings(model.PlatformEC2, model.EC2Schedule{Host: host})
	if host == model.ServiceInstances && !hasService {
		return yamlspec.ErrorList{hv.Errorf("there is no service to share instances with: the file has no traffic")}
	}
	return nil
}

// hostOf is where the job runs on EC2; unset, the service's instances when there is a
// service.
func hostOf(j *model.ScheduledJob) model.ScheduleHost {
	if c, _ := model.ScheduleSettingsOf[model.EC2Schedule](j.Schedule, model.PlatformEC2); c.Host != "" {
		return c.Host
	}
	if j.Workload.SchedulesOnly {
		return model.DedicatedInstance
	}
	return model.ServiceInstances
}
