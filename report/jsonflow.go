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
	j := &jsonFlow{Requests: f.Requests.String(), APIRequests: f.APIRequests.String(), EntryRequests: f.EntryRequests.String(),
		Invocations: f.Invocations.String(), InvocationsPerRequest: f.InvocationsPerRequest.String(),
		RetryInvocations: f.RetryInvocations.String(), RetryCost: f.RetryCost.String(), DeadLettered: f.DeadLettered.String(),
		Steps: []jsonStep{}, Merges: []jsonMerge{}, NotPriced: nonNil(f.NotPriced)}
	for _, s := range f.Steps {
		j.Steps = append(j.Steps, jsonStep{Name: s.Name, Type: string(s.Kind), From: s.From, PerRequest: s.PerRequest.String(),
			Month: s.Invocations.String(), LambdaCost: s.LambdaCost.String()})
	}
	for _, m := range f.Merges {
		j.Merges = append(j.Merges, jsonMerge{Step: m.Step, Into: m.Into, Saving: m.Saving.String(),
			RequestsSaved: m.RequestsSaved.String(), GivesUp: m.GivesUp})
	}
	return j
}
