package report

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// fineMoney writes a small amount, such as a cost per thousand requests, to a hundredth of a
// cent: $0.0123.
func fineMoney(d decimal.Decimal) string {
	return "$" + group(d.Round(4).StringFixed(4))
}

// FineMoney writes a small amount as the table and markdown show a cost per 1,000 requests:
// to a hundredth of a cent, $0.0123. For the explorer.
func FineMoney(d decimal.Decimal) string { return fineMoney(d) }

// perThousandRow is the cost per 1,000 requests of each feasible platform shown.
func perThousandRow(r *shownResult) []string {
	row := []string{"  Per 1k"}
	for _, e := range r.ShownEstimates() {
		cell := ""
		if e.Feasible && r.Flow != nil && r.Flow.Requests.IsPositive() {
			cell = fineMoney(e.CostPerThousandRequests)
		}
		row = append(row, cell)
	}
	return row
}

// stepKind is a step's type as the flow table shows it.
func stepKind(s model.StepResult, steps []model.Step) string {
	for _, st := range steps {
		if st.Name != s.Name {
			continue
		}
		switch {
		case st.Kind == model.StepFunction && st.Invoke != "":
			return "function " + string(st.Invoke)
		case st.Kind == model.StepFunction && st.BatchSize > 1:
			return fmt.Sprintf("function x%d", st.BatchSize)
		case st.Kind == model.StepSQS && st.FIFO:
			return "sqs fifo"
		case st.Kind == model.StepStateMachine:
			return "sfn " + string(st.Workflow)
		}
	}
	return string(s.Kind)
}

// stepUnits names what a step's month count counts.
func stepUnits(k model.StepKind) string {
	switch k {
	case model.StepFunction:
		return "invocations"
	case model.StepSQS:
		return "requests"
	case model.StepSNS:
		return "publishes"
	case model.StepEventBridge:
		return "events"
	}
	return "executions"
}

// tableFlow writes the flow of a workload with steps: the fan-out, each step's month and its
// share of the Lambda bill, retries and the steps worth merging.
func tableFlow(b *strings.Builder, r *shownResult) {
	f := r.Flow
	if f == nil {
		return
	}
	if len(f.Steps) > 1 {
		writeWrap(b, fmt.Sprintf("  Flow: %s function invocations per request (%s a month)",
			quantity(f.InvocationsPerRequest.Round(4)), quantity(f.Invocations)), "    ", itemsWidth)
		rows := [][]string{{"Step", "Type", "From", "Per req", "A month", "On Lambda"}}
		for _, s := range f.Steps {
			rows = append(rows, []string{s.Name, stepKind(s, r.Workload.Flow), s.From,
				quantity(s.PerRequest.Round(4)), quantity(s.Invocations), money(s.LambdaCost)})
		}
		widths := []int{12, 15, 10, 7, 13, 10}
		for _, row := range rows {
			for i, c := range row {
				widths[i] = max(widths[i], utf8.RuneCountInString(c))
			}
		}
		for _, row := range rows {
			fmt.Fprintf(b, "    %-*s %-*s %-*s %*s %*s %*s\n", widths[0], row[0], widths[1], row[1], widths[2], row[2],
				widths[3], row[3], widths[4], row[4], widths[5], row[5])
		}
	}
	for _, line := range flowNotes(f) {
		writeWrap(b, "  "+line, "    ", itemsWidth)
	}
}

// flowNotes are the sentences about retries, merges and what the file leaves unpriced.
func flowNotes(f *model.FlowResult) []string {
	var out []string
	if f.RetryInvocations.IsPositive() || f.RetryCost.IsPositive() {
		line := fmt.Sprintf("Retries: %s more invocations, %s a month on Lambda.", quantity(f.RetryInvocations), money(f.RetryCost))
		if f.DeadLettered.IsPositive() {
			line += fmt.Sprintf(" %s events a month fail every attempt and go to the dead-letter queue.", quantity(f.DeadLettered))
		}
		out = append(out, line)
	}
	for _, m := range f.Merges {
		out = append(out, fmt.Sprintf("Merge %s into %s (they always run together): saves %s a month on Lambda, %s fewer invocations and one fewer function to cold-start. Gives up %s.",
			m.Step, m.Into, money(m.Saving), quantity(m.RequestsSaved), m.GivesUp))
	}
	if len(f.NotPriced) > 0 {
		out = append(out, "Not priced (the file does not describe them): "+strings.Join(f.NotPriced, "; ")+".")
	}
	return out
}

// markdownFlow writes the flow section of a workload in markdown.
func markdownFlow(b *strings.Builder, r *shownResult) {
	f := r.Flow
	if f == nil {
		return
	}
	if len(f.Steps) > 1 {
		fmt.Fprintf(b, "\n**Flow:** %s function invocations per request (%s a month).\n\n", quantity(f.InvocationsPerRequest.Round(4)), quantity(f.Invocations))
		b.WriteString("| Step | Type | From | Per request | A month | On Lambda |\n|---|---|---|---:|---:|---:|\n")
		for _, s := range f.Steps {
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s %s | %s |\n", s.Name, stepKind(s, r.Workload.Flow), s.From,
				quantity(s.PerRequest.Round(4)), quantity(s.Invocations), stepUnits(s.Kind), money(s.LambdaCost))
		}
	}
	notes := flowNotes(f)
	if len(notes) > 0 {
		b.WriteString("\n")
	}
	for _, n := range notes {
		fmt.Fprintf(b, "- %s\n", cell(n))
	}
}

// flowJSON writes the fan-out of a workload's requests: each step's month and its share of
// the Lambda bill, retries and the steps worth merging.
func flowJSON(j *jsonWriter, f *model.FlowResult) {
	j.open('{')
	j.decimal("requests", f.Requests)
	j.decimal("api_requests", f.APIRequests)
	j.decimal("entry_requests", f.EntryRequests)
	j.decimal("invocations", f.Invocations)
	j.decimal("invocations_per_request", f.InvocationsPerRequest)
	j.decimal("retry_invocations", f.RetryInvocations)
	j.decimal("retry_cost", f.RetryCost)
	j.decimal("dead_lettered", f.DeadLettered)
	j.array("steps")
	for _, s := range f.Steps {
		j.element()
		j.open('{')
		j.string("name", s.Name)
		j.string("type", string(s.Kind))
		if s.From != "" {
			j.string("from", s.From)
		}
		j.decimal("per_request", s.PerRequest)
		j.decimal("per_month", s.Invocations)
		j.decimal("lambda_cost", s.LambdaCost)
		j.close('}')
	}
	j.close(']')
	j.array("merges")
	for _, m := range f.Merges {
		j.element()
		j.open('{')
		j.string("step", m.Step)
		j.string("into", m.Into)
		j.decimal("monthly_saving", m.Saving)
		j.decimal("invocations_saved", m.RequestsSaved)
		j.string("gives_up", m.GivesUp)
		j.close('}')
	}
	j.close(']')
	j.strings("not_priced", f.NotPriced)
	j.close('}')
}
