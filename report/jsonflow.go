package report

import "github.com/breakeven/breakeven/model"

// jsonFlow is the fan-out of a workload's requests (absent for a workload of schedules
// alone).
type jsonFlow struct {
	Requests              string      `json:"requests"`
	APIRequests           string      `json:"api_requests"`
	EntryRequests         string      `json:"entry_requests"`
	Invocations           string      `json:"invocations"`
	InvocationsPerRequest string      `json:"invocations_per_request"`
	RetryInvocations      string      `json:"retry_invocations"`
	RetryCost             string      `json:"retry_cost"`
	DeadLettered          string      `json:"dead_lettered"`
	Steps                 []jsonStep  `json:"steps"`
	Merges                []jsonMerge `json:"merges"`
	NotPriced             []string    `json:"not_priced"`
}

type jsonStep struct {
	Name       string `json:"name"`
	Type       string `json:"type"`
	From       string `json:"from,omitempty"`
	PerRequest string `json:"per_request"`
	Month      string `json:"per_month"`
	LambdaCost string `json:"lambda_cost"`
}

type jsonMerge struct {
	Step          string `json:"step"`
	Into          string `json:"into"`
	Saving        string `json:"monthly_saving"`
	RequestsSaved string `json:"invocations_saved"`
	GivesUp       string `json:"gives_up"`
}

func flowJSON(f *model.FlowResult) *jsonFlow {
	if f == nil {
		return nil
	}
	j := &jsonFlow{Requests: decimalText(f.Requests), APIRequests: decimalText(f.APIRequests), EntryRequests: decimalText(f.EntryRequests),
		Invocations: decimalText(f.Invocations), InvocationsPerRequest: decimalText(f.InvocationsPerRequest),
		RetryInvocations: decimalText(f.RetryInvocations), RetryCost: decimalText(f.RetryCost), DeadLettered: decimalText(f.DeadLettered),
		Steps: []jsonStep{}, Merges: []jsonMerge{}, NotPriced: nonNil(f.NotPriced)}
	for _, s := range f.Steps {
		j.Steps = append(j.Steps, jsonStep{Name: s.Name, Type: string(s.Kind), From: s.From, PerRequest: decimalText(s.PerRequest),
			Month: decimalText(s.Invocations), LambdaCost: decimalText(s.LambdaCost)})
	}
	for _, m := range f.Merges {
		j.Merges = append(j.Merges, jsonMerge{Step: m.Step, Into: m.Into, Saving: decimalText(m.Saving),
			RequestsSaved: decimalText(m.RequestsSaved), GivesUp: m.GivesUp})
	}
	return j
}

// jsonSchedule is one scheduled job: its runs and what it costs alone on each platform.
type jsonSchedule struct {
	Name         string             `json:"name"`
	Cron         string             `json:"cron"`
	TimeZone     string             `json:"time_zone"`
	RunsPerMonth string             `json:"runs_per_month"`
	Averaged     bool               `json:"averaged"`
	WindowRuns   int64              `json:"window_runs"`
	WindowHours  int64              `json:"window_hours"`
	Parallel     int64              `json:"parallel"`
	Invocations  string             `json:"invocations"`
	EarlyExits   string             `json:"early_exits"`
	Warnings     []string           `json:"warnings"`
	Alone        []jsonScheduleCost `json:"alone"`
	EventDriven  *jsonEventDriven   `json:"event_driven,omitempty"`
	RunsPerHour  []int64            `json:"runs_per_hour"`
}

type jsonScheduleCost struct {
	Platform    string         `json:"platform"`
	Feasible    bool           `json:"feasible"`
	Reasons     []string       `json:"reasons"`
	Summary     string         `json:"summary"`
	MonthlyCost string         `json:"monthly_cost"`
	LineItems   []jsonLineItem `json:"line_items"`
}

type jsonEventDriven struct {
	WorkItems int64       `json:"work_items_per_month"`
	Lambda    jsonTrigger `json:"lambda"`
	Fargate   jsonTrigger `json:"fargate"`
}

type jsonTrigger struct {
	Feasible    bool     `json:"feasible"`
	Reasons     []string `json:"reasons"`
	Schedule    string   `json:"schedule"`
	EventDriven string   `json:"event_driven"`
	Saving      string   `json:"saving"`
}

func trigger(t model.TriggerComparison) jsonTrigger {
	return jsonTrigger{Feasible: t.Feasible, Reasons: nonNil(t.Reasons), Schedule: decimalText(t.Schedule),
		EventDriven: decimalText(t.EventDriven), Saving: decimalText(t.Saving)}
}

func schedulesJSON(list []model.ScheduleResult) []jsonSchedule {
	var out []jsonSchedule
	for _, s := range list {
		js := jsonSchedule{Name: s.Name, Cron: s.Cron, TimeZone: s.TimeZone, RunsPerMonth: decimalText(s.RunsPerMonth),
			Averaged: s.Averaged, WindowRuns: s.WindowRuns, WindowHours: s.WindowHours, Parallel: s.Parallel,
			Invocations: decimalText(s.Invocations), EarlyExits: decimalText(s.EarlyExits), Warnings: nonNil(s.Warnings),
			RunsPerHour: s.RunsPerHour}
		for _, e := range s.Estimates {
			js.Alone = append(js.Alone, jsonScheduleCost{Platform: string(e.Platform), Feasible: e.Feasible, Reasons: nonNil(e.Reasons),
				Summary: e.Summary, MonthlyCost: decimalText(e.MonthlyCost), LineItems: jsonItems(e.LineItems)})
		}
		if ed := s.EventDriven; ed != nil {
			js.EventDriven = &jsonEventDriven{WorkItems: ed.WorkItems, Lambda: trigger(ed.Lambda), Fargate: trigger(ed.Fargate)}
		}
		out = append(out, js)
	}
	return out
}
