package tui

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestChooserShowsTheMarkedPlatforms: with seven platforms, c opens the panel with all
// seven marked (no workload chose); 4 to 7 unmark issue 16's four platforms and enter shows
// Lambda, Fargate and EC2 alone on every workload: the list's columns, the portfolio, each
// result's chosen platforms (what an export carries) and the A/B export's table. w goes back
// to each workload's own choice: seven again, the list as it opened.
func TestChooserShowsTheMarkedPlatforms(t *testing.T) {
	m := press(t, startedSeven(t, 80, 24), "c")
	if m.mode != modeChoose || strings.Count(plain(m), "[x]") != 7 {
		t.Fatalf("c: mode %d, panel:\n%s", m.mode, plain(m))
	}
	golden(t, "seven-chooser", plain(m))
	t.Chdir(t.TempDir())
	m = press(t, m, "4", "5", "6", "7", "enter")
	want := []model.Platform{model.PlatformLambda, model.PlatformFargate, model.PlatformEC2}
	if !slices.Equal(m.pr.platforms, want) || m.status != "showing Lambda, Fargate, EC2" {
		t.Fatalf("chose %v, status %q", m.pr.platforms, m.status)
	}
	lines := strings.Split(plain(m), "\n")
	if head := strings.Fields(lines[1]); !slices.Equal(head, []string{"Workload", "Lambda", "Fargate", "EC2", "Cheapest"}) {
		t.Errorf("list head %q, want the three chosen", lines[1])
	}
	if !strings.Contains(plain(m), "Portfolio: Lambda $125.07 · Fargate $183.20 · EC2 $216.21 · each on") {
		t.Errorf("the portfolio names other platforms:\n%s", plain(m))
	}
	for _, d := range m.docs {
		if d.valid() && (!slices.Equal(d.result.Workload.Platforms, want) || !slices.Equal(d.result.Shown(), want)) {
			t.Errorf("%s: priced for %v, shown on %v", d.name(), d.result.Workload.Platforms, d.result.Shown())
		}
	}
	m = press(t, m, "enter", "tab", "down", "down", "down", "right", "tab", "left", "x", "m")
	md, err := os.ReadFile("breakeven-flat-api-ab.md")
	if err != nil {
		t.Fatal(err, m.status)
	}
	table, _, _ := strings.Cut(string(md), "\n## ")
	if !strings.Contains(table, "| EC2 | $52.93 | $52.93 | $0.00 |") || strings.Contains(table, "| Cloud Run |") {
		t.Errorf("the A/B export's table is not of the chosen platforms:\n%s", table)
	}
	m = press(t, m, "esc", "c", "w")
	if m.pr.platforms != nil || strings.Split(plain(m), "\n")[1] != strings.Split(plain(startedSeven(t, 80, 24)), "\n")[1] || m.status != "showing each workload's own choice of platforms" {
		t.Errorf("w: chose %v, status %q\n%s", m.pr.platforms, m.status, plain(m))
	}
	if got := model.ShownOnAny(validResults(m.docs)); len(got) != 7 {
		t.Errorf("w: shown on %v, want all seven", got)
	}
}

// TestChooserRefusesNone: unmarking every platform is refused with the reason, the panel
// kept open; esc leaves the platforms as they were (started's, the AWS three).
func TestChooserRefusesNone(t *testing.T) {
	m := press(t, started(t, 80, 24), "c", "1", "2", "3", "enter")
	if m.mode != modeChoose || !strings.HasPrefix(m.status, "mark at least one platform") {
		t.Fatalf("mode %d, status %q", m.mode, m.status)
	}
	m = press(t, m, "esc")
	if m.mode != modeNormal || !slices.Equal(m.pr.platforms, awsThree) || m.status != "platforms unchanged" {
		t.Errorf("esc: mode %d, platforms %v, status %q", m.mode, m.pr.platforms, m.status)
	}
}

// TestShownOnTheWorkloadsChoice: a workload that chose its platforms (its platforms key or
// --platforms) is shown on those, in the order of model.Platforms, a chosen one that cannot
// run it too; one that chose none on those that can run it, the others listed as unable.
func TestShownOnTheWorkloadsChoice(t *testing.T) {
	r := model.WorkloadResult{Estimates: []model.Estimate{
		{Platform: model.PlatformLambda, Feasible: true},
		{Platform: model.PlatformFargate, Reasons: []string{"too big"}},
		{Platform: model.PlatformEC2, Feasible: true},
	}}
	if got := r.Shown(); !slices.Equal(got, []model.Platform{model.PlatformLambda, model.PlatformEC2}) {
		t.Errorf("none chosen: shown on %v, want those that can run it", got)
	}
	if got := r.CannotRun(); len(got) != 1 || got[0].Platform != model.PlatformFargate {
		t.Errorf("none chosen: cannot run %v, want Fargate", got)
	}
	r.Workload.Platforms = []model.Platform{model.PlatformEC2, model.PlatformFargate}
	if got := r.Shown(); !slices.Equal(got, []model.Platform{model.PlatformFargate, model.PlatformEC2}) {
		t.Errorf("chosen: shown on %v, want Fargate then EC2", got)
	}
	if got := r.CannotRun(); len(got) != 0 {
		t.Errorf("chosen: %v listed apart; a chosen platform is shown with its reasons", got)
	}
	r.Workload.Platforms, r.Estimates[0].Feasible, r.Estimates[2].Feasible = nil, false, false
	if got := r.Shown(); !slices.Equal(got, model.Platforms) {
		t.Errorf("none can run it: shown on %v, want every registered platform with its reasons", got)
	}
}

// TestSevenPlatformsPageTheListAndThePairs: → on the list shows the next platforms'
// columns (Fargate onwards, the names whole), ← goes back; ↓ in the break-even view shows
// the next pairs, the chart kept.
func TestSevenPlatformsPageTheListAndThePairs(t *testing.T) {
	m := press(t, startedSeven(t, 80, 24), "right")
	golden(t, "seven-list-right", plain(m))
	if head := strings.Split(plain(m), "\n")[1]; strings.Fields(head)[1] != "Fargate" || !strings.Contains(head, "Lambda MI  Cloud Run") {
		t.Errorf("→: head %q, want Fargate onwards", head)
	}
	if m = press(t, m, "left"); !strings.HasPrefix(strings.Fields(strings.Split(plain(m), "\n")[1])[1], "Lambda") {
		t.Errorf("←: head %q", strings.Split(plain(m), "\n")[1])
	}
	m = press(t, m, "enter", "right", "right", "right", "down", "down", "down", "down")
	golden(t, "seven-break-even-pairs", plain(m))
	if view := plain(m); !strings.Contains(view, "pairs 5-") || !strings.Contains(view, "requests a month") {
		t.Errorf("↓ x4: the pairs from the fifth, under the chart:\n%s", view)
	}
}

// TestChooserWithoutLambda: Fargate alone chosen, the breakdown shows Fargate's bill (the
// platform the number keys chose was Lambda, not shown now) and the sweep, Lambda's, says
// Lambda is not shown.
func TestChooserWithoutLambda(t *testing.T) {
	m := press(t, started(t, 80, 24), "c", "1", "3", "enter", "enter", "right")
	if view := plain(m); m.plat != model.PlatformFargate || !strings.Contains(view, "Fargate  1 vCPU / 2 GB") {
		t.Errorf("breakdown of %s:\n%s", m.plat, view)
	}
	m = press(t, m, "right", "right", "right")
	if view := plain(m); m.shownView().title() != "Sweep" || !strings.Contains(view, "The memory sweep is Lambda's, and Lambda is not shown") {
		t.Errorf("%s:\n%s", m.shownView().title(), view)
	}
}
