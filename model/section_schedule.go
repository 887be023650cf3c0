package model

import (
	"github.com/breakeven/breakeven/internal/yamlspec"
)

// ScheduleKeysOwner is a platform with keys of its own in each item of the workload file's
// schedules list (Fargate's task size, EC2's host): the workload format (package workloads)
// appends them to the item's own keys, in the order of Platforms, and decodes them through
// it into Schedule.Settings, as a SectionOwner does its section into Workload.Settings.
type ScheduleKeysOwner interface {
	// ScheduleFields are its keys of a schedules[] item, in order, with their specs: checked
	// by the decoder and written to the JSON Schema after the item's own keys.
	ScheduleFields() []yamlspec.Field
	// DecodeSchedule reads its keys of the item r reads (r.Value(), which decoded against the
	// item's spec) into s (Schedule.SetSettings), recording through r the defaults it applies,
	// and returns what the spec table could not check, each problem at its key. hasService
	// says the workload serves traffic besides its schedules.
	DecodeSchedule(r *SectionReader, hasService bool, s *Schedule) yamlspec.ErrorList
}

// ScheduleKeysOwners lists the registered platforms that own keys of a schedule, in the
// order of Platforms.
func ScheduleKeysOwners() []ScheduleKeysOwner { return registeredAs[ScheduleKeysOwner]() }

// SetSettings keeps cfg as platform p's decoded settings of the schedule. The map is copied
// before the write, so a copy of the schedule never changes the original's settings.
func (s *Schedule) SetSettings(p Platform, cfg any) { s.Settings = withSetting(s.Settings, p, cfg) }

// ScheduleSettingsOf is platform p's settings of schedule s as its type T, and whether s
// holds them (a schedule built in code may not: the platform then applies its defaults).
func ScheduleSettingsOf[T any](s Schedule, p Platform) (T, bool) {
	cfg, ok := s.Settings[p].(T)
	return cfg, ok
}
