package report

import (
	"fmt"

	"github.com/breakeven/breakeven/model"
)

// throttlingJSON writes Lambda's check of the concurrency limit.
func throttlingJSON(j *jsonWriter, th *model.Throttling) {
	j.open('{')
	j.int("limit", th.Limit)
	j.int("peak_concurrency", th.PeakConcurrency)
	j.int("throttled_hours", th.Hours)
	j.int("throttled_requests_estimate", th.Requests)
	j.int("unbilled_requests_estimate", th.Unbilled)
	j.int("largest_rise", th.LargestRise)
	j.int("ramp_seconds", th.RampSeconds)
	j.close('}')
}

// throttlingText says how close Lambda comes to its concurrency limit.
func throttlingText(th *model.Throttling) string {
	s := concurrencyText(th)
	if th.Hours == 0 {
		s += ": no throttling"
	} else if th.Unbilled > 0 {
		s += fmt.Sprintf(": THROTTLED in %s, about %s (estimate), not invoked and not billed; raise the quota or reserve concurrency (lambda.quota_raised: true bills them)",
			plural(th.Hours, "hour", "hours"), plural(th.Requests, "request", "requests"))
	} else {
		s += fmt.Sprintf(": above it in %s, about %s (estimate), billed as the limit is to be raised (lambda.quota_raised)",
			plural(th.Hours, "hour", "hours"), plural(th.Requests, "request", "requests"))
	}
	if th.RampSeconds > 10 {
		s += fmt.Sprintf("; the largest rise (%s) takes %d s to scale at 1,000 per 10 s", count(th.LargestRise), th.RampSeconds)
	}
	return s
}
