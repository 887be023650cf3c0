package demand

import (
	"fmt"
	"time"
)

// Month is the stretch of time a bill covers: Hours hours from Start (UTC).
type Month struct {
	// Name is how the output names it: "730-hour month" or "2026-11".
	Name  string
	Start time.Time
	Hours int64
}

// DefaultMonthHours is the month breakeven prices unless told otherwise: 730 hours, AWS's own
// convention (365 days x 24 hours / 12 months).
const DefaultMonthHours = 730

// StandardMonthName names the 730-hour month in the output.
const StandardMonthName = "730-hour month"

// standardStart is the first hour of the standard month: a Monday at midnight UTC, so that
// weekly traffic shapes line up with the start of a week.
var standardStart = time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC)

// StandardMonth is AWS's pricing convention: 730 hours (365 x 24 / 12). Weekly shapes repeat
// from a Monday at midnight.
func StandardMonth() Month {
	return Month{Name: StandardMonthName, Start: standardStart, Hours: DefaultMonthHours}
}

// CalendarMonth is a real month: its hours from the first midnight (UTC) to the next
// month's, 672 to 744 of them.
func CalendarMonth(year int, month time.Month) Month {
	start := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	end := start.AddDate(0, 1, 0)
	return Month{Name: start.Format("2006-01"), Start: start, Hours: int64(end.Sub(start) / time.Hour)}
}

// ParseMonth reads "YYYY-MM" as a calendar month.
func ParseMonth(s string) (Month, error) {
	t, err := time.Parse("2006-01", s)
	if err != nil || t.Year() < 2000 || t.Year() > 2100 {
		return Month{}, fmt.Errorf("%q is not a month; expected YYYY-MM, such as 2026-11", s)
	}
	return CalendarMonth(t.Year(), t.Month()), nil
}
