package tui

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// step sends one key and runs the command it returns once, feeding its message back:
// enough for a save, whose message says what to do next.
func step(t *testing.T, m Model, k string) (Model, tea.Cmd) {
	t.Helper()
	next, cmd := m.Update(keyMsg(k))
	return next.(Model), cmd
}

// run runs cmd and hands its message to m, returning what m does next.
func run(m Model, cmd tea.Cmd) (Model, tea.Cmd) {
	next, more := m.Update(cmd())
	return next.(Model), more
}

func quits(cmd tea.Cmd) bool { return cmd != nil && cmd() == tea.Quit() }

const unsavedQuestion = "flat-api has unsaved edits: s save and quit, d discard and quit, esc stay"

// TestQuitAsksWithUnsavedEdits: with an edit not saved, q and ctrl+c ask; esc stays with the
// edit; ctrl+c or q at the question leave it asked; d quits and the file is as it was.
func TestQuitAsksWithUnsavedEdits(t *testing.T) {
	src := fileSource(t, t.TempDir(), "flat-api")
	edited := openEdited(t, src)
	for _, k := range []string{"q", "ctrl+c"} {
		m, cmd := step(t, edited, k)
		if cmd != nil || m.mode != modeQuit || m.status != unsavedQuestion {
			t.Fatalf("%s: mode %v, status %q, a command %v: want the question", k, m.mode, m.status, cmd != nil)
		}
		for _, again := range []string{"ctrl+c", "q", "x"} {
			if m, cmd = step(t, m, again); cmd != nil || m.mode != modeQuit {
				t.Errorf("%s at the question: mode %v", again, m.mode)
			}
		}
		m, _ = step(t, m, "esc")
		if m.mode != modeNormal || !m.current().dirty() || m.status != "not quitting: the edits are still unsaved" {
			t.Errorf("esc: mode %v, dirty %v, status %q", m.mode, m.current().dirty(), m.status)
		}
		m, _ = step(t, m, k)
		if _, cmd = step(t, m, "d"); !quits(cmd) {
			t.Errorf("d after %s does not quit", k)
		}
	}
	if got, _ := os.ReadFile(src.Path); !bytes.Equal(got, src.Data) {
		t.Error("discarding changed the file")
	}
	// In the editor ctrl+c asks too; q is a letter there.
	m := keys(edited, "enter", "q")
	if m.mode != modeEdit || !strings.HasSuffix(m.input.Value(), "q") {
		t.Fatalf("q in the editor: mode %v, value %q", m.mode, m.input.Value())
	}
	if m, _ = step(t, m, "ctrl+c"); m.mode != modeQuit {
		t.Errorf("ctrl+c in the editor: mode %v", m.mode)
	}
}

// TestQuitSaves: s at the question writes the edit, as s does, then quits.
func TestQuitSaves(t *testing.T) {
	src := fileSource(t, t.TempDir(), "flat-api")
	m, _ := step(t, openEdited(t, src), "q")
	m, cmd := step(t, m, "s")
	if m, cmd = run(m, cmd); !quits(cmd) || m.status != "saved "+src.Path {
		t.Fatalf("after the save: status %q, quits %v", m.status, quits(cmd))
	}
	want := strings.Replace(string(src.Data), "memory_mb: 1024", "memory_mb: 1152", 1)
	if got, _ := os.ReadFile(src.Path); string(got) != want {
		t.Errorf("file:\n%s", got)
	}
}

// TestQuitSaveFailsStaysOpen: a save that fails at quitting (a read-only file) keeps the
// explorer open, the edit unsaved, the reason in the status line.
func TestQuitSaveFailsStaysOpen(t *testing.T) {
	src := fileSource(t, t.TempDir(), "flat-api")
	if err := os.Chmod(src.Path, 0o444); err != nil {
		t.Fatal(err)
	}
	m, _ := step(t, openEdited(t, src), "ctrl+c")
	m, cmd := step(t, m, "s")
	m, cmd = run(m, cmd)
	want := "not saved: " + src.Path + " is read-only (mode 0444); make it writable (chmod u+w) to save it; not quitting"
	if cmd != nil || m.mode != modeNormal || m.quitting || m.status != want || !m.current().dirty() {
		t.Errorf("status %q, mode %v, quitting %v, a command %v", m.status, m.mode, m.quitting, cmd != nil)
	}
	lines := strings.Split(plain(m), "\n")
	if got := strings.TrimSpace(lines[len(lines)-3]) + " " + strings.TrimSpace(lines[len(lines)-2]); !strings.Contains(got, "is read-only") || !strings.Contains(got, "not quitting") {
		t.Errorf("the reason is not on the screen: %q", got)
	}
}

// TestQuitChangedOnDisk: a file changed on disk since it was opened is not overwritten at
// quitting without a yes; no keeps the explorer open, yes saves and quits.
func TestQuitChangedOnDisk(t *testing.T) {
	src := fileSource(t, t.TempDir(), "flat-api")
	m := openEdited(t, src)
	theirs := append(bytes.Clone(src.Data), []byte("# edited elsewhere\n")...)
	time.Sleep(10 * time.Millisecond) // a later modification time
	if err := os.WriteFile(src.Path, theirs, 0o640); err != nil {
		t.Fatal(err)
	}
	m, _ = step(t, m, "q")
	m, cmd := step(t, m, "s")
	if m, _ = run(m, cmd); m.mode != modeConfirm || !strings.Contains(m.status, "changed on disk") {
		t.Fatalf("mode %v, status %q: want the question", m.mode, m.status)
	}
	if m, cmd = step(t, m, "n"); cmd != nil || m.status != "not saved; not quitting" || m.quitting {
		t.Errorf("n: status %q", m.status)
	}
	if got, _ := os.ReadFile(src.Path); !bytes.Equal(got, theirs) {
		t.Error("overwritten after n")
	}
	m, _ = step(t, m, "q")
	m, cmd = step(t, m, "s")
	m, _ = run(m, cmd)
	m, cmd = step(t, m, "y")
	if _, cmd = run(m, cmd); !quits(cmd) {
		t.Error("y did not save and quit")
	}
	if got, _ := os.ReadFile(src.Path); !strings.Contains(string(got), "memory_mb: 1152") {
		t.Errorf("after y:\n%s", got)
	}
}

// TestQuitSavesEveryEditedWorkload: two examples edited; s at the question writes both
// copies, one after the other, then quits.
func TestQuitSavesEveryEditedWorkload(t *testing.T) {
	t.Chdir(t.TempDir())
	m := press(t, started(t, 80, 24), "enter", "tab", "down", "down", "down", "right", "esc", "esc", "down", "enter", "tab", "right")
	m, _ = step(t, m, "q")
	if want := "2 workloads have unsaved edits (flat-api, mobile-backend): s save and quit, d discard and quit, esc stay"; m.status != want {
		t.Fatalf("status %q, want %q", m.status, want)
	}
	m, cmd := step(t, m, "s")
	m, cmd = run(m, cmd)
	if m.status != "saving mobile-backend.yaml..." || quits(cmd) {
		t.Fatalf("after the first save: %q", m.status)
	}
	if _, cmd = run(m, cmd); !quits(cmd) {
		t.Fatal("did not quit after the second save")
	}
	for _, name := range []string{"flat-api.yaml", "mobile-backend.yaml"} {
		if _, err := os.Stat(name); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestQuitProgram drives the program at 80x24: an edit, then q and d quits leaving the
// file as it was; an edit, then ctrl+c and s saves it and quits.
func TestQuitProgram(t *testing.T) {
	for _, c := range []struct{ quit, answer, memory string }{{"q", "d", "1024"}, {"ctrl+c", "s", "1152"}} {
		src := fileSource(t, t.TempDir(), "flat-api")
		tm := teatest.NewTestModel(t, New([]Source{src}, Options{Catalog: catalog(t)}), teatest.WithInitialTermSize(80, 24))
		for _, k := range []string{"enter", "tab", "down", "down", "down", "right", c.quit} {
			tm.Send(keyMsg(k))
		}
		waitFor(t, tm, "has unsaved edits")
		tm.Send(keyMsg(c.answer))
		tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
		if got, _ := os.ReadFile(src.Path); !strings.Contains(string(got), "memory_mb: "+c.memory+"\n") {
			t.Errorf("%s then %s: the file has\n%s", c.quit, c.answer, got)
		}
	}
}
