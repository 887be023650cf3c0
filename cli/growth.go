package cli

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model"
)

// growthWithinBounds refuses a growth flag (flag, given as value) under which a workload's
// traffic, grown over months months from the month priced (calendar months in turn when
// calendar is set and --month names one), passes the model's maxima: a usage error naming
// the flag, each such workload, the first month past them and the largest value of the flag
// that stays within them (that month plus offset).
func growthWithinBounds(in pricingInput, flag string, value, months int64, calendar bool, offset int64) error {
	var lines []string
	for _, w := range in.set {
		k, why := w.GrowthPastBounds(in.month, months, calendar)
		if k < 0 {
			continue
		}
		lines = append(lines, fmt.Sprintf("%s %d: %d %s ahead, %s (%s growing %s%% a month) has %s; at most %s %d prices it",
			flag, value, k, plural(int(k), "month", "months"), w.Name, trafficText(w.Traffic), w.Traffic.GrowthPercentPerMonth, why, flag, k+offset))
	}
	if len(lines) == 0 {
		return nil
	}
	return usagef("%s", strings.Join(lines, "\n"))
}

// trafficText is the traffic as the file gives it: "10,000,000 requests a month" or "40
// requests a second".
func trafficText(t model.Traffic) string {
	if t.PerSecond {
		return t.RequestsPerSecond.String() + " requests a second"
	}
	return groupThousands(t.RequestsPerMonth) + " requests a month"
}

// groupThousands writes n with thousands separators: 10,000,000.
func groupThousands(n int64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
