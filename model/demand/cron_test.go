package demand

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/robfig/cron/v3"
)

func TestParseCronAccepts(t *testing.T) {
	for _, expr := range []string{
		"0 0 * * *", "*/15 * * * *", "0 9 * * 1-5", "30 2 * * *", "0 0 1,15 * mon", "5 4 * jan-mar sun",
		"@hourly", "@daily", "@midnight", "@weekly", "@monthly", "@yearly", "@annually", " @daily ", "0 0 ? * *",
	} {
		if _, err := ParseCron(expr, ""); err != nil {
			t.Errorf("%q: %v", expr, err)
		}
	}
	for _, tz := range []string{"", "UTC", "Europe/Berlin", "Asia/Kathmandu"} {
		if _, err := ParseCron("@daily", tz); err != nil {
			t.Errorf("zone %q: %v", tz, err)
		}
	}
}

func TestParseCronMessages(t *testing.T) {
	for _, c := range []struct{ expr, tz, key, want string }{
		{"0 25 * * *", "", "cron", `"0 25 * * *" does not parse: end of range (25) above maximum (23) in the hour field "25" (it takes 0-23)`},
		{"0 0 * foo *", "", "cron", `"0 0 * foo *" does not parse: "foo" is not a number or a name in the month field "foo" (it takes 1-12 or jan-dec)`},
		{"0 0 * * 7", "", "cron", `"0 0 * * 7" does not parse: end of range (7) above maximum (6) in the day-of-week field "7" (it takes 0-6 with 0 for Sunday, or sun-sat)`},
		{"0 0 0 * *", "", "cron", `"0 0 0 * *" does not parse: beginning of range (0) below minimum (1) in the day-of-month field "0" (it takes 1-31)`},
		{"*/0 * * * *", "", "cron", `"*/0 * * * *" does not parse: step of range should be a positive number in the minute field "*/0" (it takes 0-59)`},
		{"@every 5m", "", "cron", `"@every 5m" is not a calendar schedule: @every counts from whenever the scheduler started, so its runs in a month cannot be known; write it as five fields, such as "*/5 * * * *"`},
		{"0 0 0 * * *", "", "cron", `"0 0 0 * * *" has 6 fields: a cron expression has five (minute hour day-of-month month day-of-week); a seconds field is not supported`},
		{"0 0 *", "", "cron", `"0 0 *" has 3 fields: a cron expression has five (minute hour day-of-month month day-of-week)`},
		{"@reboot", "", "cron", `"@reboot" is not a descriptor breakeven reads: use @hourly, @daily, @midnight, @weekly, @monthly, @yearly, @annually, or five fields (minute hour day-of-month month day-of-week)`},
		{"", "", "cron", `the cron expression is empty: give five fields (minute hour day-of-month month day-of-week) or a descriptor such as @daily`},
		{"TZ=UTC", "", "cron", `"TZ=UTC": give the time zone in time_zone, not in the expression`},
		{"@daily", "Europe/Berln", "time_zone", `time zone "Europe/Berln" is not an IANA zone name such as Europe/Berlin or America/New_York`},
		{"@daily", "Local", "time_zone", `time zone "Local" depends on the machine: name an IANA zone such as Europe/Berlin, or UTC`},
	} {
		_, err := ParseCron(c.expr, c.tz)
		var ce *CronError
		if !errors.As(err, &ce) {
			t.Errorf("%q in %q: got %v, want a *CronError", c.expr, c.tz, err)
			continue
		}
		if ce.Key != c.key || err.Error() != c.want {
			t.Errorf("%q in %q:\n got %s: %s\nwant %s: %s", c.expr, c.tz, ce.Key, err, c.key, c.want)
		}
	}
	// Both wrong: both said.
	_, err := ParseCron("0 25 * * *", "Mars/Olympus")
	if err == nil || !strings.Contains(err.Error(), "hour field") || !strings.Contains(err.Error(), "Mars/Olympus") {
		t.Errorf("both wrong: %v", err)
	}
}

// runsIn counts expr's runs in m (exact, whatever m is) with runs per hour.
func runsIn(t testing.TB, expr, tz string, m Month) (int64, []int64) {
	t.Helper()
	c, err := ParseCron(expr, tz)
	if err != nil {
		t.Fatal(err)
	}
	per := make([]int64, m.Hours)
	return c.Count(m.Start, m.Start.Add(time.Duration(m.Hours)*time.Hour), per), per
}

func TestCronCountsByHand(t *testing.T) {
	nov, feb, mar, oct := CalendarMonth(2026, time.November), CalendarMonth(2026, time.February), CalendarMonth(2026, time.March), CalendarMonth(2026, time.October)
	for _, c := range []struct {
		expr, tz string
		m        Month
		want     int64
		why      string
	}{
		{"@daily", "", nov, 30, "one a day, 30 days"},
		{"0 0 * * *", "Europe/Berlin", nov, 30, "local midnights: Nov 2 00:00 CET is Nov 1 23:00 UTC, Dec 1 00:00 CET is Nov 30 23:00 UTC: still 30"},
		// 1 November 2026 is a Sunday (1 January 2026 is a Thursday; 304 days later is
		// Thursday + 3). Weekdays: Mon 2-Fri 6, 9-13, 16-20, 23-27 and Mon 30: 4 x 5 + 1.
		{"0 9 * * 1-5", "", nov, 21, "21 weekdays"},
		{"0 9 * * mon-fri", "America/New_York", nov, 21, "the same in New York (14:00 UTC)"},
		{"*/15 * * * *", "", feb, 28 * 96, "28 days x 96 quarter hours = 2,688"},
		{"*/5 * * * *", "", nov, 8640, "30 x 24 x 12"},
		{"@hourly", "", nov, 720, "30 x 24"},
		{"@weekly", "", nov, 5, "Sundays 1, 8, 15, 22, 29"},
		{"@monthly", "", nov, 1, "the 1st"},
		{"@yearly", "", nov, 0, "1 January only"},
		{"0 0 1,15 * mon", "", nov, 7, "the 1st, the 15th and the Mondays 2, 9, 16, 23, 30 (robfig ORs restricted day fields)"},
		{"0 0 13 * fri", "", nov, 4, "the 13th or a Friday: Fridays 6, 13, 20, 27, the 13th being one of them"},
		{"0 0 30 2 *", "", feb, 0, "30 February never comes"},
		// Europe/Berlin springs forward on Sunday 29 March 2026 at 02:00 CET to 03:00 CEST
		// (1 March 2026 is a Sunday, so the last Sunday is the 29th): 02:30 does not exist that
		// day and robfig's Next skips it (it returns 28 March 02:30 CET, then 30 March 02:30
		// CEST). 31 days less one: 30 runs.
		{"30 2 * * *", "Europe/Berlin", mar, 30, "spring forward skips 29 March"},
		// It falls back on Sunday 25 October 2026 at 03:00 CEST to 02:00 CET: 02:30 happens
		// twice (00:30 and 01:30 UTC); robfig's Next returns both, EventBridge Scheduler runs it
		// once. 31 days, 31 runs.
		{"30 2 * * *", "Europe/Berlin", oct, 31, "fall back runs 25 October once"},
		{"30 3 * * *", "Europe/Berlin", oct, 31, "03:30 happens once on 25 October"},
		// Every half hour: every half hour of March's 744 UTC hours is a wall-clock :00 or :30
		// that happens once: 744 x 2. In October 02:00 and 02:30 on the 25th happen twice and
		// run once each: 744 x 2 - 2.
		{"*/30 * * * *", "Europe/Berlin", mar, 744 * 2, "no half hour is lost"},
		{"*/30 * * * *", "Europe/Berlin", oct, 744*2 - 2, "the repeated 02:00 and 02:30 run once"},
		// Lord Howe moves its clocks by half an hour (02:00 to 02:30 on 4 October 2026, 02:00
		// back to 01:30 on 5 April): midnight happens every day, 365 in the year. robfig's Next
		// skips the midnight after each change (6 October, 6 April): a bug in its day step,
		// which corrects only whole-hour shifts. The count follows the wall clock.
		{"0 0 * * *", "Australia/Lord_Howe", Month{Name: "2026", Start: time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC), Hours: 8760}, 365, "a midnight a day"},
	} {
		got, per := runsIn(t, c.expr, c.tz, c.m)
		if got != c.want {
			t.Errorf("%q in %s, %s: %d runs, want %d (%s)", c.expr, c.tz, c.m.Name, got, c.want, c.why)
		}
		if sum := totalRequests(per); sum != got {
			t.Errorf("%q in %s, %s: runs per hour sum to %d, not %d", c.expr, c.tz, c.m.Name, sum, got)
		}
	}
}

func TestCronRunsPerHour(t *testing.T) {
	// 9:00 in New York is 14:00 UTC in November after 1 November (EST, UTC-5): hour 14 of
	// 2 November is hour 24 + 14 = 38 of the month.
	_, per := runsIn(t, "0 9 * * 1-5", "America/New_York", CalendarMonth(2026, time.November))
	if per[38] != 1 || per[14] != 0 || per[37] != 0 {
		t.Errorf("runs per hour: hour 14 %d, 37 %d, 38 %d; want 0, 0, 1", per[14], per[37], per[38])
	}
	// Kathmandu is UTC+5:45: "*/15" still runs four times in each UTC hour, but the local
	// hours straddle two UTC hours, so each run is placed one by one.
	_, per = runsIn(t, "*/15 * * * *", "Asia/Kathmandu", CalendarMonth(2026, time.November))
	for h, n := range per {
		if n != 4 {
			t.Fatalf("Kathmandu hour %d: %d runs, want 4", h, n)
		}
	}
	// Local 09:00-09:59 in Kathmandu is 03:15-04:14 UTC: "* 9 * * *" runs 45 times in UTC
	// hour 3 and 15 times in UTC hour 4.
	_, per = runsIn(t, "* 9 * * *", "Asia/Kathmandu", CalendarMonth(2026, time.November))
	if per[3] != 45 || per[4] != 15 {
		t.Errorf("Kathmandu 09:xx: UTC hours 3 and 4 got %d and %d, want 45 and 15", per[3], per[4])
	}
}

// TestCronCountMatchesRobfigNext steps robfig's own Next through a year and checks the count
// and the runs per hour against count's, across zones with daylight saving (including
// Santiago's and Havana's skipped midnights and Chatham's 02:45 change) and odd offsets.
// robfig's Next returns a wall-clock time that a fall-back repeats twice; EventBridge
// Scheduler runs it once (see count), so only the first of the two is kept from Next, and
// the test checks that some were dropped. Lord Howe's half-hour shift is left out: there
// robfig's Next skips two midnights (see TestCronCountsByHand).
func TestCronCountMatchesRobfigNext(t *testing.T) {
	exprs := []string{"30 2 * * *", "0 0 * * *", "*/20 * * * *", "0 9 * * 1-5", "0 0 1,15 * 1", "0 0 13 * 5",
		"@weekly", "@monthly", "0 */2 * 2 *", "15 1-3 * * 0", "45 23 31 * *", "0,30 0-3 * 3,4,9,10 *"}
	zones := []string{"UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu",
		"America/Santiago", "America/Havana", "Pacific/Chatham"}
	from := time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC)
	const hours = 8760
	to := from.Add(hours * time.Hour)
	repeated := 0
	for _, zone := range zones {
		for _, expr := range exprs {
			c, err := ParseCron(expr, zone)
			if err != nil {
				t.Fatal(err)
			}
			per := make([]int64, hours)
			got := c.Count(from, to, per)

			s, err := cronParser.Parse(expr)
			if err != nil {
				t.Fatal(err)
			}
			spec := s.(*cron.SpecSchedule)
			spec.Location = c.loc
			want := make([]int64, hours)
			var n int64
			seen := map[string]bool{}
			for r := spec.Next(from.Add(-time.Second)); r.Before(to); r = spec.Next(r) {
				wall := r.In(c.loc).Format("2006-01-02 15:04")
				if seen[wall] {
					repeated++
					continue
				}
				seen[wall] = true
				n++
				want[int(r.Sub(from)/time.Hour)]++
			}
			if got != n {
				t.Errorf("%q in %s: counted %d runs, robfig's Next gives %d", expr, zone, got, n)
				continue
			}
			for h := range per {
				if per[h] != want[h] {
					t.Errorf("%q in %s: hour %d has %d runs, robfig's Next gives %d", expr, zone, h, per[h], want[h])
					break
				}
			}
		}
	}
	if repeated == 0 {
		t.Error("no run of robfig's Next was a repeated wall-clock time: the fall-back rule went untested")
	}
}

// TestCronDaylightSavingByHand counts runs by hand on the nights clocks change in 2026, in
// calendar months (UTC, as --month counts them), against EventBridge Scheduler's rule: a
// wall-clock time that a spring-forward skips does not run, one that a fall-back repeats runs
// once (see count).
//
// Europe/Berlin springs forward on Sunday 29 March at 01:00 UTC (02:00 CET becomes 03:00
// CEST: 02:xx does not exist) and falls back on Sunday 25 October at 01:00 UTC (03:00 CEST
// becomes 02:00 CET: 02:xx happens at 00:xx and again at 01:xx UTC). America/New_York springs
// forward on Sunday 8 March at 07:00 UTC (02:00 EST becomes 03:00 EDT) and falls back on
// Sunday 1 November at 06:00 UTC (02:00 EDT becomes 01:00 EST: 01:xx happens twice); its
// October has no change.
func TestCronDaylightSavingByHand(t *testing.T) {
	mar, oct, nov := CalendarMonth(2026, time.March), CalendarMonth(2026, time.October), CalendarMonth(2026, time.November)
	for _, c := range []struct {
		expr, tz string
		m        Month
		want     int64
		why      string
	}{
		// Berlin, March: the window is 1 March 01:00 CET to 1 April 02:00 CEST.
		{"30 2 * * *", "Europe/Berlin", mar, 30, "31 days, 29 March skipped"},
		{"0 2 * * *", "Europe/Berlin", mar, 30, "31 days, 29 March skipped"},
		{"0 * * * *", "Europe/Berlin", mar, 744, "744 UTC hours, each a wall-clock hour that happens once"},
		// 12 a day (01:00-03:45); 29 March loses 02:xx (4); 1 April 01:00-01:45 CEST is
		// 31 March 23:00-23:45 UTC, in the window (4): 31 x 12 - 4 + 4.
		{"*/15 1-3 * * *", "Europe/Berlin", mar, 372, "372 - 4 skipped + 4 of 1 April"},
		// Berlin, October: the window is 1 October 02:00 CEST to 1 November 01:00 CET.
		{"30 2 * * *", "Europe/Berlin", oct, 31, "31 days, 25 October once (robfig's Next: 32)"},
		{"0 2 * * *", "Europe/Berlin", oct, 31, "31 days, 25 October once (robfig's Next: 32)"},
		// 1 October 02:00-23:00 (22) + 30 days x 24 + 1 November 00:00 (1) = 743 wall-clock
		// hours; the 744th UTC hour is the repeated 02:00.
		{"0 * * * *", "Europe/Berlin", oct, 743, "744 UTC hours, the repeated 02:00 once"},
		// 1 October 01:xx CEST is 30 September 23:xx UTC, outside (8 that day); 30 days x 12,
		// 25 October's 02:xx once: 8 + 360.
		{"*/15 1-3 * * *", "Europe/Berlin", oct, 368, "8 + 30 x 12 (robfig's Next: 372)"},
		// New York, March: the window is 28 February 19:00 EST to 31 March 20:00 EDT.
		{"30 2 * * *", "America/New_York", mar, 30, "31 days, 8 March skipped"},
		{"0 * * * *", "America/New_York", mar, 744, "744 UTC hours"},
		{"*/15 1-3 * * *", "America/New_York", mar, 368, "31 x 12, 8 March's 02:xx skipped: - 4"},
		// New York, October: no change.
		{"30 2 * * *", "America/New_York", oct, 31, "31 days"},
		{"0 * * * *", "America/New_York", oct, 744, "744 UTC hours"},
		{"*/15 1-3 * * *", "America/New_York", oct, 372, "31 x 12"},
		// New York, November: the window is 31 October 20:00 EDT to 30 November 19:00 EST.
		{"30 2 * * *", "America/New_York", nov, 30, "30 days; 02:30 happens once on 1 November"},
		{"30 1 * * *", "America/New_York", nov, 30, "30 days; 01:30 happens twice on 1 November, runs once"},
		{"0 * * * *", "America/New_York", nov, 719, "720 UTC hours, the repeated 01:00 once"},
		{"*/15 1-3 * * *", "America/New_York", nov, 360, "30 x 12, 1 November's 01:xx once (robfig's Next: 364)"},
	} {
		got, per := runsIn(t, c.expr, c.tz, c.m)
		if got != c.want {
			t.Errorf("%q in %s, %s: %d runs, want %d (%s)", c.expr, c.tz, c.m.Name, got, c.want, c.why)
		}
		if sum := totalRequests(per); sum != got {
			t.Errorf("%q in %s, %s: runs per hour sum to %d, not %d", c.expr, c.tz, c.m.Name, sum, got)
		}
	}
}

// TestCronFallBackRunsAtTheFirstInstant places the one run of a repeated time at its first
// instant, and does not run it again in a window that starts between the two.
func TestCronFallBackRunsAtTheFirstInstant(t *testing.T) {
	oct := CalendarMonth(2026, time.October)
	// 25 October 02:30 CEST is 00:30 UTC: hour 24 x 24 = 576 of the month; 02:30 CET (01:30
	// UTC, hour 577) does not run.
	_, per := runsIn(t, "30 2 * * *", "Europe/Berlin", oct)
	if per[576] != 1 || per[577] != 0 {
		t.Errorf("25 October: hour 576 has %d runs, 577 has %d; want 1 and 0", per[576], per[577])
	}
	// From 01:00 UTC that night (02:00 CET, the second 02:00) for an hour: the clock shows
	// 02:00-02:59 again, which it already showed from 00:00 UTC, so nothing runs; from 00:00
	// UTC, the first time, every one of the 60 minutes runs.
	c, err := ParseCron("* 2 * * *", "Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	first := time.Date(2026, time.October, 25, 0, 0, 0, 0, time.UTC)
	if n := c.Count(first.Add(time.Hour), first.Add(2*time.Hour), nil); n != 0 {
		t.Errorf("the repeated 02:xx, in a window of its own: %d runs, want 0", n)
	}
	if n := c.Count(first, first.Add(time.Hour), nil); n != 60 {
		t.Errorf("the first 02:xx: %d runs, want 60", n)
	}
}

// totalRequests sums runs per hour.
func totalRequests(per []int64) int64 {
	var n int64
	for _, r := range per {
		n += r
	}
	return n
}
