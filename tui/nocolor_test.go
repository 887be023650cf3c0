package tui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/workloads"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestNoColorTerminal drives the program on a 256-colour terminal, with NO_COLOR set and
// without, to the Break-even view at 80x24. Under NO_COLOR the program finds no colours
// (colorprofile: NO_COLOR caps a terminal at ASCII), writes none, and the chart tells its
// lines apart by marker and pattern, the legend showing both; without it the lines are
// coloured and the legend shows the colours' "━".
func TestNoColorTerminal(t *testing.T) {
	data, err := workloads.ExampleSource("flat-api")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, legend string
		env          []string
	}{
		{"NO_COLOR", "L ⠒⠒⠒⠒ Lambda  F ⠒⠒ ⠒ Fargate  E ⠂ ⠂  EC2", []string{"TERM=xterm-256color", "TTY_FORCE=1", "NO_COLOR=1"}},
		{"colour", "━ Lambda  ━ Fargate  ━ EC2", []string{"TERM=xterm-256color", "TTY_FORCE=1"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := New([]Source{{Path: "examples/flat-api.yaml", Data: data, Example: true}}, Options{Catalog: catalog(t)})
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24),
				teatest.WithProgramOptions(tea.WithEnvironment(c.env)))
			for _, k := range []string{"enter", "right", "right", "right"} {
				tm.Send(keyMsg(k))
			}
			var out []byte
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
				out = b
				return bytes.Contains(b, []byte("requests a month")) // the chart, once its analysis is in
			}, teatest.WithDuration(20*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
			tm.Send(keyMsg("q"))
			tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
			final := tm.FinalModel(t).(Model)
			if final.mono != (c.name == "NO_COLOR") {
				t.Errorf("mono %v", final.mono)
			}
			if view := plain(final); !strings.Contains(view, c.legend) {
				t.Errorf("legend: want %q in\n%s", c.legend, view)
			}
			if coloured := bytes.Contains(out, []byte("\x1b[38;5;")); coloured != (c.name == "colour") {
				t.Errorf("foreground colours written: %v", coloured)
			}
		})
	}
}

// TestRefusedEditProgram drives the program at 80x24, with NO_COLOR and without: a duration
// of "abc" typed into the inputs is refused, the reason is on the screen above the value
// still being typed, and esc leaves the workload as it was.
func TestRefusedEditProgram(t *testing.T) {
	for _, env := range [][]string{{"TERM=xterm-256color", "TTY_FORCE=1", "NO_COLOR=1"}, {"TERM=xterm-256color", "TTY_FORCE=1"}} {
		src := fileSource(t, t.TempDir(), "flat-api")
		tm := teatest.NewTestModel(t, New([]Source{src}, Options{Catalog: catalog(t)}), teatest.WithInitialTermSize(80, 24),
			teatest.WithProgramOptions(tea.WithEnvironment(env)))
		for _, k := range []string{"enter", "tab", "down", "down", "enter", "backspace", "backspace", "backspace", "a", "b", "c", "enter"} {
			tm.Send(keyMsg(k))
		}
		waitFor(t, tm, "is not a number")
		tm.Send(keyMsg("esc"))
		waitFor(t, tm, "edit cancelled")
		tm.Send(keyMsg("q"))
		tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
		final := tm.FinalModel(t).(Model)
		if d := final.current(); d.dirty() || !d.work.Function.DurationMs.Equal(dec("100")) || final.mode != modeNormal {
			t.Errorf("%v: after esc the workload has %s ms, dirty %v", env, d.work.Function.DurationMs, d.dirty())
		}
	}
}
