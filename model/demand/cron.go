package demand

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// Cron expressions are read by github.com/robfig/cron/v3, which validates them; the runs are
// then counted here from the bit sets it produces (see Cron.Count), because stepping
// through a year of an every-minute schedule with its Next method takes far too long.

// cronParser reads the standard five fields and the descriptors. @every is a descriptor to
// robfig but not a calendar schedule, so ParseCron turns it away before the parser sees it.
var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// cronFields are the five fields in order, each with a parser that reads it alone (to say
// which field an error is in) and the values it takes.
var cronFields = []struct {
	name   string
	parser cron.Parser
	takes  string
}{
	{"minute", cron.NewParser(cron.Minute), "0-59"},
	{"hour", cron.NewParser(cron.Hour), "0-23"},
	{"day-of-month", cron.NewParser(cron.Dom), "1-31"},
	{"month", cron.NewParser(cron.Month), "1-12 or jan-dec"},
	{"day-of-week", cron.NewParser(cron.Dow), "0-6 with 0 for Sunday, or sun-sat"},
}

// cronDescriptors are the descriptors a schedule may use instead of five fields.
var cronDescriptors = []string{"@hourly", "@daily", "@midnight", "@weekly", "@monthly", "@yearly", "@annually"}

const cronFieldList = "minute hour day-of-month month day-of-week"

// starBit is the bit robfig sets in a field written as * (or ?), which decides how
// day-of-month and day-of-week combine.
const starBit = 1 << 63

// CronError is a schedule's cron expression or time zone that cannot be read. Key says which
// of the two it is ("cron" or "time_zone"), so a caller can point at the right place.
type CronError struct {
	Key string
	Msg string
}

func (e *CronError) Error() string { return e.Msg }

// ParseCron checks a cron expression and the IANA time zone it is read in ("" is UTC). It
// accepts the five standard fields (minute hour day-of-month month day-of-week, as robfig/cron
// reads them: names such as jan or mon, ranges, lists and steps; day-of-week 0-6, Sunday 0) and
// the descriptors @hourly, @daily, @midnight, @weekly, @monthly, @yearly and @annually. It
// rejects @every and a sixth (seconds) field. Each problem is a *CronError whose message a
// person reads, such as
//
//	"0 25 * * *" does not parse: end of range (25) above maximum (23) in the hour field "25" (it takes 0-23)
//
// When both the expression and the zone are wrong, both are returned (errors.Join).
func ParseCron(expr, timeZone string) (Cron, error) {
	spec, exprErr := parseCronExpr(expr)
	loc, zoneErr := cronLocation(timeZone)
	if exprErr != nil || zoneErr != nil {
		return Cron{}, errors.Join(exprErr, zoneErr)
	}
	spec.loc = loc
	return spec, nil
}

// Cron is a parsed schedule: bit i of a field is set when value i matches (the star bit
// cleared), read in loc.
type Cron struct {
	minute, hour, dom, month, dow uint64
	// dayAnd says both day fields must match: robfig (like Vixie cron) requires both when
	// either is written as *, and either one when both are restricted ("0 0 1,15 * mon" runs
	// on the 1st, the 15th and every Monday).
	dayAnd bool
	loc    *time.Location
}

func parseCronExpr(expr string) (Cron, error) {
	bad := func(format string, a ...any) (Cron, error) {
		return Cron{}, &CronError{Key: "cron", Msg: fmt.Sprintf(format, a...)}
	}
	e := strings.TrimSpace(expr)
	fields := strings.Fields(e)
	switch {
	case e == "":
		return bad("the cron expression is empty: give five fields (%s) or a descriptor such as @daily", cronFieldList)
	case strings.HasPrefix(e, "TZ=") || strings.HasPrefix(e, "CRON_TZ="):
		// robfig reads a zone prefix itself (and panics on one with nothing after it).
		return bad("%q: give the time zone in time_zone, not in the expression", expr)
	case strings.HasPrefix(e, "@every"):
		return bad("%q is not a calendar schedule: @every counts from whenever the scheduler started, so its runs in a month cannot be known; write it as five fields, such as \"*/5 * * * *\"", expr)
	case strings.HasPrefix(e, "@"):
		if len(fields) != 1 || !isDescriptor(e) {
			return bad("%q is not a descriptor breakeven reads: use %s, or five fields (%s)", expr, strings.Join(cronDescriptors, ", "), cronFieldList)
		}
	case len(fields) == 6:
		return bad("%q has 6 fields: a cron expression has five (%s); a seconds field is not supported", expr, cronFieldList)
	case len(fields) != 5:
		return bad("%q has %d fields: a cron expression has five (%s)", expr, len(fields), cronFieldList)
	}
	s, err := cronParser.Parse(e)
	if err != nil {
		for i, f := range cronFields {
			if _, ferr := f.parser.Parse(fields[i]); ferr != nil {
				return bad("%q does not parse: %s in the %s field %q (it takes %s)", expr, cronDetail(ferr.Error()), f.name, fields[i], f.takes)
			}
		}
		return bad("%q does not parse: %v", expr, err)
	}
	spec, ok := s.(*cron.SpecSchedule)
	if !ok {
		return bad("%q is not a calendar schedule", expr)
	}
	return Cron{
		minute: spec.Minute &^ starBit,
		hour:   spec.Hour &^ starBit,
		dom:    spec.Dom &^ starBit,
		month:  spec.Month &^ starBit,
		dow:    spec.Dow &^ starBit,
		dayAnd: spec.Dom&starBit != 0 || spec.Dow&starBit != 0,
	}, nil
}

func isDescriptor(e string) bool {
	for _, d := range cronDescriptors {
		if e == d {
			return true
		}
	}
	return false
}

// cronDetail rephrases one of robfig's field errors for people: "end of range (25) above
// maximum (23): 25" loses the repeated field text (the caller names the field), and
// "failed to parse int from x: strconv.Atoi: ..." becomes `"x" is not a number or a name`.
func cronDetail(msg string) string {
	const notInt = "failed to parse int from "
	if rest, ok := strings.CutPrefix(msg, notInt); ok {
		token, _, _ := strings.Cut(rest, ": strconv")
		return fmt.Sprintf("%q is not a number or a name", token)
	}
	if i := strings.LastIndex(msg, ": "); i > 0 {
		return msg[:i]
	}
	return msg
}

// cronLocation loads the IANA zone a schedule is read in; "" is UTC.
func cronLocation(name string) (*time.Location, error) {
	if name == "Local" {
		return nil, &CronError{Key: "time_zone", Msg: `time zone "Local" depends on the machine: name an IANA zone such as Europe/Berlin, or UTC`}
	}
	loc, err := Location(name)
	if err != nil {
		return nil, &CronError{Key: "time_zone", Msg: fmt.Sprintf("time zone %q is not an IANA zone name such as Europe/Berlin or America/New_York", name)}
	}
	return loc, nil
}

// day says whether the schedule runs on a day of the month and week.
func (c Cron) day(dom int, wd time.Weekday) bool {
	d, w := c.dom&(1<<uint(dom)) != 0, c.dow&(1<<uint(wd)) != 0
	if c.dayAnd {
		return d && w
	}
	return d || w
}

const (
	secondsPerHour = 3600
	secondsPerDay  = 24 * secondsPerHour
)

// count returns how many runs of c start in [from, to) and adds each to perHour[i], i being
// the whole hours from from to the run (runs past the end of perHour are counted only).
//
// A run is a wall-clock minute in c.loc that matches the fields, run once at the first
// instant it happens. This is the rule AWS documents for cron-based schedules in a time zone
// (EventBridge Scheduler, "Schedule types", section "Daylight savings time on EventBridge
// Scheduler", https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html, and
// the knowledge-center answer
// https://repost.aws/knowledge-center/eventbridge-scheduler-adjust-dst): "When the time
// shifts forward in Spring, your schedule invocation gets skipped if the cron expression
// falls on a non-existent date and time. When the time shifts back in the Fall, your
// schedule runs only once and doesn't repeat its invocation." So in Europe/Berlin "30 2 * * *"
// does not run on the last Sunday of March (02:00 CET jumps to 03:00 CEST), and runs once,
// at 02:30 CEST, on the last Sunday of October (03:00 CEST goes back to 02:00 CET), and
// "0 * * * *" runs 24 times on that 25-hour day. AWS does not say which of the two instants
// runs; the first is taken (it "doesn't repeat"). robfig's Next differs there: it yields a
// repeated time twice (cron_test.go checks that the two agree on every other run). It also
// skips the midnight after each change in a zone that shifts by half an hour
// (Australia/Lord_Howe), a bug of its day step; the wall clock is followed there.
//
// The window is cut where the zone's offset changes; within a stretch of one offset, local
// time is UTC plus the offset, so the days, hours and minutes that match are read from the bit
// sets without converting each minute. The wall clock lived so far is carried from stretch to
// stretch (from the day before from, so that a time first lived before the window does not run
// again in it): after a fall-back, the stretch starts where the clock had already been. A
// local hour that lies wholly in the stretch is counted at once (the popcount of its minutes,
// split in two when it straddles two hours of the window); minutes are placed one by one only
// in the hours cut by a change of offset.
func (c Cron) Count(from, to time.Time, perHour []int64) int64 {
	origin, end := from.Unix(), to.Unix()
	lived := int64(math.MinInt64) // the latest wall-clock second lived so far, plus one
	for a := origin - secondsPerDay; a < origin; {
		off, b := c.stretch(a, origin)
		lived = max(lived, b+off)
		a = b
	}
	var n int64
	for a := origin; a < end; {
		off, b := c.stretch(a, end)
		if la, lb := max(a+off, lived), b+off; la < lb {
			n += c.countStretch(la, lb, off, origin, perHour)
		}
		lived = max(lived, b+off)
		a = b
	}
	return n
}

// stretch is c.loc's offset east of UTC at a (Unix seconds) and where that offset ends: the
// next change, or end if that comes first.
func (c Cron) stretch(a, end int64) (off, b int64) {
	t := time.Unix(a, 0).In(c.loc)
	_, o := t.Zone()
	b = end
	if _, zoneEnd := t.ZoneBounds(); !zoneEnd.IsZero() && zoneEnd.Unix() < b {
		b = zoneEnd.Unix()
	}
	return int64(o), b
}

// countStretch counts the runs at wall-clock seconds [la, lb), where c.loc is off seconds
// east of UTC throughout.
func (c Cron) countStretch(la, lb, off, origin int64, perHour []int64) int64 {
	var n int64
	add := func(local int64, minutes uint64) {
		k := int64(bits.OnesCount64(minutes))
		n += k
		if i := (local - off - origin) / secondsPerHour; i < int64(len(perHour)) {
			perHour[i] += k
		}
	}
	for day := floorDiv(la, secondsPerDay); day*secondsPerDay < lb; day++ {
		d0 := day * secondsPerDay
		date := time.Unix(d0, 0).UTC()
		_, month, dom := date.Date()
		if c.month&(1<<uint(month)) == 0 || !c.day(dom, date.Weekday()) {
			continue
		}
		for hs := c.hour; hs != 0; hs &= hs - 1 {
			h0 := d0 + int64(bits.TrailingZeros64(hs))*secondsPerHour
			if h0+secondsPerHour <= la || h0 >= lb {
				continue
			}
			if rem := (h0 - off - origin) % secondsPerHour; h0 >= la && h0+secondsPerHour <= lb && rem%60 == 0 {
				// The whole local hour is in the stretch: it covers one hour of the window, or
				// with a zone such as UTC+5:45 the end of one (its first cut minutes) and the
				// start of the next.
				cut := (secondsPerHour - rem) / 60
				first := c.minute & (1<<uint(cut) - 1)
				add(h0, first)
				if rest := c.minute &^ first; rest != 0 {
					add(h0+cut*60, rest)
				}
				continue
			}
			for ms := c.minute; ms != 0; ms &= ms - 1 {
				if l := h0 + int64(bits.TrailingZeros64(ms))*60; l >= la && l < lb {
					add(l, 1<<0)
				}
			}
		}
	}
	return n
}

// floorDiv is a / b rounded towards minus infinity (b > 0).
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}
