package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// scheduleText is one schedule's runs: "nightly (0 2 * * * UTC): 30.4167 runs a month
// (365 in a year, averaged), 1 task each".
func scheduleText(s model.ScheduleResult) string {
	tz := s.TimeZone
	if tz == "" {
		tz = "UTC"
	}
	runs := fmt.Sprintf("%s runs a month", quantity(s.RunsPerMonth.Round(4)))
	if s.Averaged {
		runs += fmt.Sprintf(" (%s in %s hours, averaged)", quantity(decimalOf(s.WindowRuns)), count(s.WindowHours))
	}
	text := fmt.Sprintf("%s (%s, %s): %s, %s per run", s.Name, s.Cron, tz, runs, count(s.Parallel))
	if s.EarlyExits.IsPositive() {
		text += fmt.Sprintf("; %s runs find no work", quantity(s.EarlyExits.Round(4)))
	}
	return text
}

// scheduleCosts is what the schedule alone costs on each platform shown.
func scheduleCosts(shown []model.Platform, s model.ScheduleResult) string {
	var parts []string
	for _, e := range s.Estimates {
		if !slices.Contains(shown, e.Platform) {
			continue
		}
		cost := "cannot run"
		if e.Feasible {
			cost = money(e.MonthlyCost)
		}
		parts = append(parts, platformName(e.Platform)+" "+cost)
	}
	return "alone: " + strings.Join(parts, ", ")
}

// eventDrivenText compares the schedule with an event-driven trigger.
func eventDrivenText(ed *model.EventDriven) string {
	var parts []string
	for _, t := range ed.Triggers {
		if !t.Feasible {
			continue
		}
		verdict := fmt.Sprintf("saves %s", money(t.Saving))
		if t.Saving.IsNegative() {
			verdict = fmt.Sprintf("costs %s more", money(t.Saving.Neg()))
		}
		parts = append(parts, fmt.Sprintf("on %s %s instead of %s (%s)", t.Platform.Name(), money(t.EventDriven), money(t.Schedule), verdict))
	}
	return fmt.Sprintf("Event-driven, one run per work item (%s a month): ", quantity(decimalOf(ed.WorkItems))) + strings.Join(parts, "; ")
}

// tableSchedules writes the workload's schedules.
func tableSchedules(b *strings.Builder, r *shownResult) {
	if len(r.Schedules) == 0 {
		return
	}
	b.WriteString("  Schedules (in the totals above; each also priced alone):\n")
	for _, s := range r.Schedules {
		writeWrap(b, "    "+scheduleText(s)+"; "+scheduleCosts(r.Shown(), s), "      ", itemsWidth)
		if s.EventDriven != nil {
			writeWrap(b, "      "+eventDrivenText(s.EventDriven), "        ", itemsWidth)
		}
	}
}

// markdownSchedules writes the workload's schedules in markdown.
func markdownSchedules(b *strings.Builder, r *shownResult) {
	if len(r.Schedules) == 0 {
		return
	}
	b.WriteString("\n**Schedules** (in the totals above; each also priced alone):\n\n")
	for _, s := range r.Schedules {
		fmt.Fprintf(b, "- %s; %s.\n", cell(scheduleText(s)), scheduleCosts(r.Shown(), s))
		if s.EventDriven != nil {
			fmt.Fprintf(b, "  %s.\n", cell(eventDrivenText(s.EventDriven)))
		}
	}
}

func decimalOf(n int64) decimal.Decimal { return decimal.NewFromInt(n) }

// schedulesJSON writes "schedules": each scheduled job, its runs and what it costs alone on
// each platform.
func schedulesJSON(j *jsonWriter, priced []model.Platform, list []model.ScheduleResult) {
	j.array("schedules")
	for _, s := range list {
		j.element()
		j.open('{')
		j.string("name", s.Name)
		j.string("cron", s.Cron)
		j.string("time_zone", s.TimeZone)
		j.decimal("runs_per_month", s.RunsPerMonth)
		j.bool("averaged", s.Averaged)
		j.int("window_runs", s.WindowRuns)
		j.int("window_hours", s.WindowHours)
		j.int("parallel", s.Parallel)
		j.decimal("invocations", s.Invocations)
		j.decimal("early_exits", s.EarlyExits)
		j.strings("warnings", s.Warnings)
		if len(s.Estimates) == 0 {
			j.null("alone")
		} else {
			j.array("alone")
			for _, e := range s.Estimates {
				if !slices.Contains(priced, e.Platform) {
					continue
				}
				j.element()
				j.open('{')
				j.string("platform", string(e.Platform))
				j.bool("feasible", e.Feasible)
				j.strings("reasons", e.Reasons)
				j.string("summary", e.Summary)
				j.decimal("monthly_cost", e.MonthlyCost)
				lineItemsJSON(j, e.LineItems)
				j.close('}')
			}
			j.close(']')
		}
		if ed := s.EventDriven; ed != nil {
			j.object("event_driven")
			j.int("work_items_per_month", ed.WorkItems)
			for _, t := range ed.Triggers {
				triggerJSON(j, string(t.Platform), t.TriggerComparison)
			}
			j.close('}')
		}
		j.ints("runs_per_hour", s.RunsPerHour)
		j.close('}')
	}
	j.close(']')
}

// triggerJSON writes the member k (the platform's id): a job on a schedule set against the same work triggered
// by events.
func triggerJSON(j *jsonWriter, k string, t model.TriggerComparison) {
	j.object(k)
	j.bool("feasible", t.Feasible)
	j.strings("reasons", t.Reasons)
	j.decimal("schedule", t.Schedule)
	j.decimal("event_driven", t.EventDriven)
	j.decimal("saving", t.Saving)
	j.close('}')
}
