package model

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
		if err := ParseCron(expr, ""); err != nil {
			t.Errorf("%q: %v", expr, err)
		}
	}
	for _, tz := range []string{"", "UTC", "Europe/Berlin", "Asia/Kathmandu"} {
		if err := ParseCron("@daily", tz); err != nil {
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
		err := ParseCron(c.expr, c.tz)
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
	err := ParseCron("0 25 * * *", "Mars/Olympus")
	if err == nil || !strings.Contains(err.Error(), "hour field") || !strings.Contains(err.Error(), "Mars/Olympus") {
		t.Errorf("both wrong: %v", err)
	}
}

// runsIn counts expr's runs in m (exact, whatever m is) with runs per hour.
func runsIn(t testing.TB, expr, tz string, m Month) (int64, []int64) {
	t.Helper()
	c, err := parseCron(expr, tz)
	if err != nil {
		t.Fatal(err)
	}
	per := make([]int64, m.Hours)
	return c.count(m.Start, m.Start.Add(time.Duration(m.Hours)*time.Hour), per), per
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
		// twice and robfig's Next returns both (00:30 and 01:30 UTC). 31 days plus one: 32.
		{"30 2 * * *", "Europe/Berlin", oct, 32, "fall back runs 25 October twice"},
		{"30 3 * * *", "Europe/Berlin", oct, 31, "03:30 happens once on 25 October"},
		// Every half hour: the wall clock jumps, but every half hour of the month's 744 UTC
		// hours still matches, so 744 x 2 in both months.
		{"*/30 * * * *", "Europe/Berlin", mar, 744 * 2, "no half hour is lost"},
		{"*/30 * * * *", "Europe/Berlin", oct, 744 * 2, "none is added"},
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
// Lord Howe's half-hour shift is left out: there robfig's Next skips two midnights (see
// TestCronCountsByHand).
func TestCronCountMatchesRobfigNext(t *testing.T) {
	exprs := []string{"30 2 * * *", "0 0 * * *", "*/20 * * * *", "0 9 * * 1-5", "0 0 1,15 * 1", "0 0 13 * 5",
		"@weekly", "@monthly", "0 */2 * 2 *", "15 1-3 * * 0", "45 23 31 * *", "0,30 0-3 * 3,4,9,10 *"}
	zones := []string{"UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu",
		"America/Santiago", "America/Havana", "Pacific/Chatham"}
	from := time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC)
	const hours = 8760
	to := from.Add(hours * time.Hour)
	for _, zone := range zones {
		for _, expr := range exprs {
			c, err := parseCron(expr, zone)
			if err != nil {
				t.Fatal(err)
			}
			per := make([]int64, hours)
			got := c.count(from, to, per)

			s, err := cronParser.Parse(expr)
			if err != nil {
				t.Fatal(err)
			}
			spec := s.(*cron.SpecSchedule)
			spec.Location = c.loc
			want := make([]int64, hours)
			var n int64
			for r := spec.Next(from.Add(-time.Second)); r.Before(to); r = spec.Next(r) {
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
}
