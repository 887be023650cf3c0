package main

import (
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"
)

// measure is a command timed as a process against its floor, with its budgets (zero: none).
type measure struct {
	name       string
	cmd        []string
	floorName  string
	floor      []string
	maxRatio   float64 // the median's ratio to the floor's
	maxSeconds float64 // the median
	maxRSSMB   float64 // the peak resident memory of any run
	runsFactor int     // runs this many times the usual (start-up: fast and noisy)
}

// timing is what runs of one command took: each run's wall time and the largest peak
// resident memory.
type timing struct {
	walls []time.Duration
	rssKB int64
	err   error
}

func (t timing) median() time.Duration {
	s := slices.Clone(t.walls)
	slices.Sort(s)
	return s[len(s)/2]
}

// result is a measure timed.
type result struct {
	measure
	now, floor timing
}

// time runs the command and its floor runs times each, alternately, so that both see the same
// load of a shared machine.
func (m measure) time(runs int) result {
	if m.runsFactor > 0 {
		runs *= m.runsFactor
	}
	r := result{measure: m}
	for range runs {
		r.floor.add(m.floor)
		r.now.add(m.cmd)
	}
	return r
}

// add runs cmd once, its output to /dev/null.
func (t *timing) add(cmd []string) {
	if t.err != nil {
		return
	}
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.err = err
		return
	}
	defer null.Close()
	c := exec.Command(cmd[0], cmd[1:]...)
	c.Stdout = null
	var stderr strings.Builder
	c.Stderr = &stderr
	start := time.Now()
	if err := c.Run(); err != nil {
		t.err = fmt.Errorf("%s: %v: %s", strings.Join(cmd, " "), err, stderr.String())
		return
	}
	t.walls = append(t.walls, time.Since(start))
	t.rssKB = max(t.rssKB, peakRSSKB(c.ProcessState))
}

// line is the result as a row of the table.
func (r result) line() string {
	if err := firstError(r.now.err, r.floor.err); err != nil {
		return fmt.Sprintf("| %s | failed: %v | | | | no |", r.name, err)
	}
	now, floor := r.now.median(), r.floor.median()
	ratio := float64(now) / float64(floor)
	holds := true
	var budgets []string
	if r.maxRatio > 0 {
		budgets = append(budgets, fmt.Sprintf("at most %gx", r.maxRatio))
		holds = holds && ratio <= r.maxRatio
	}
	if r.maxSeconds > 0 {
		budgets = append(budgets, fmt.Sprintf("under %g s", r.maxSeconds))
		holds = holds && now.Seconds() < r.maxSeconds
	}
	if r.maxRSSMB > 0 {
		budgets = append(budgets, fmt.Sprintf("at most %g MB", r.maxRSSMB))
		holds = holds && float64(r.now.rssKB)/1024 <= r.maxRSSMB
	}
	return fmt.Sprintf("| %s | %s, %s | %s: %s | %.1fx | %s | %s |", r.name, seconds(now), megabytes(r.now.rssKB),
		r.floorName, seconds(floor), ratio, strings.Join(budgets, ", "), verdict(holds, len(budgets) > 0))
}

func firstError(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// seconds writes d to three significant digits: 0.152 s, 29.3 s, 4.41 ms.
func seconds(d time.Duration) string {
	if d < time.Second/10 {
		return fmt.Sprintf("%.3g ms", float64(d)/float64(time.Millisecond))
	}
	return fmt.Sprintf("%.3g s", d.Seconds())
}

func megabytes(kb int64) string { return fmt.Sprintf("%.0f MB RSS", float64(kb)/1024) }

func verdict(holds, any bool) string {
	switch {
	case !any:
		return ""
	case holds:
		return "yes"
	}
	return "**no**"
}
