package tui

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/workloads"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// fileSource writes an example to dir and opens it as the CLI does.
func fileSource(t *testing.T, dir, name string) Source {
	t.Helper()
	data, err := workloads.ExampleSource(name)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name+".yaml")
	if err := os.WriteFile(path, data, 0o640); err != nil {
		t.Fatal(err)
	}
	stamp, err := workloads.StampOf(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return Source{Path: path, Data: data, Stamp: stamp}
}

// TestEditUndoSaveQuit drives the real program: open a workload, raise its memory twice,
// undo once, save, quit; the file on disk has the one change and every comment.
func TestEditUndoSaveQuit(t *testing.T) {
	dir := t.TempDir()
	src := fileSource(t, dir, "flat-api")
	tm := teatest.NewTestModel(t, New([]Source{src}, Options{Catalog: catalog(t)}), teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm, "flat-api")
	// Messages are handled in order: open it, go to the inputs, Memory MB (the fourth),
	// raise it twice (1024 -> 1152 -> 1280), undo once, save.
	for _, k := range []string{"enter", "tab", "down", "down", "down", "right", "right", "u", "s"} {
		tm.Send(keyMsg(k))
	}
	waitUntil(t, func() bool {
		got, _ := os.ReadFile(src.Path)
		return !bytes.Equal(got, src.Data)
	})
	// The file is written before the program hears of it: wait for the status line.
	waitFor(t, tm, "saved ")
	tm.Send(keyMsg("q"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	final := tm.FinalModel(t).(Model)
	if final.status != "saved "+src.Path || final.current().dirty() {
		t.Errorf("status %q, dirty %v", final.status, final.current().dirty())
	}

	got, err := os.ReadFile(src.Path)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(string(src.Data), "memory_mb: 1024", "memory_mb: 1152", 1)
	if string(got) != want {
		t.Errorf("file after save:\n%s\nwant:\n%s", got, want)
	}
	info, _ := os.Stat(src.Path)
	if info.Mode().Perm() != 0o640 {
		t.Errorf("permissions %v, want 0640 kept", info.Mode().Perm())
	}
}

// TestRefusedEditIsNotApplied: a memory above Lambda's and Fargate's reach is refused by the
// format with its reason, and the workload keeps its value.
func TestRefusedEditIsNotApplied(t *testing.T) {
	m := press(t, started(t, 80, 24), "enter", "tab", "down", "down", "down", "enter")
	for range 8 {
		m = press(t, m, "backspace")
	}
	m = typeText(t, m, "abc")
	m = press(t, m, "enter")
	if m.mode != modeEdit || !strings.HasPrefix(m.status, "refused: ") {
		t.Fatalf("mode %v, status %q: want the editor still open and the reason", m.mode, m.status)
	}
	if d := m.current(); d.work.Function.MemoryMB != 1024 || len(d.undo) != 0 {
		t.Errorf("memory %d, %d edits: want 1024 and none", d.work.Function.MemoryMB, len(d.undo))
	}
	// The reason is on the screen, above the value still being typed.
	view := plain(m)
	reason := strings.Index(view, `refused: function.memory_mb: "abc" is not a whole number`)
	if input := strings.Index(view, "\nMemory MB > abc "); reason < 0 || input < reason {
		t.Errorf("want the reason above the value still typed:\n%s", view)
	}
	m = press(t, m, "esc")
	if m.mode != modeNormal || m.status != "edit cancelled" {
		t.Errorf("after esc: mode %v, status %q", m.mode, m.status)
	}
}

// TestChangedOnDiskAsks: a file changed by someone else since it was opened is not
// overwritten without a yes; with n it stays as they left it.
func TestChangedOnDiskAsks(t *testing.T) {
	dir := t.TempDir()
	src := fileSource(t, dir, "mobile-backend")
	m := New([]Source{src}, Options{Catalog: catalog(t)})
	m = settle(t, m, m.Init())
	m = press(t, m, "enter", "tab", "down", "down", "down", "right")
	theirs := append(bytes.Clone(src.Data), []byte("# edited elsewhere\n")...)
	time.Sleep(10 * time.Millisecond) // a later modification time
	if err := os.WriteFile(src.Path, theirs, 0o640); err != nil {
		t.Fatal(err)
	}
	m = press(t, m, "s")
	if m.mode != modeConfirm || !strings.Contains(m.status, "changed on disk") {
		t.Fatalf("mode %v, status %q: want a question", m.mode, m.status)
	}
	m = press(t, m, "n")
	if got, _ := os.ReadFile(src.Path); !bytes.Equal(got, theirs) {
		t.Error("the file was overwritten after n")
	}
	m = press(t, m, "s", "y")
	got, _ := os.ReadFile(src.Path)
	if !strings.Contains(string(got), "memory_mb: 1664") || strings.Contains(string(got), "edited elsewhere") {
		t.Errorf("after y the file is:\n%s", got)
	}
	if !strings.HasPrefix(m.status, "saved ") {
		t.Errorf("status %q", m.status)
	}
}

// TestQuitKeys: q and ctrl+c quit from anywhere but a text field (where q is a letter).
func TestQuitKeys(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		m := started(t, 80, 24)
		if _, cmd := m.Update(keyMsg(k)); cmd == nil || cmd() != tea.Quit() {
			t.Errorf("%s does not quit", k)
		}
	}
	m := press(t, started(t, 80, 24), "/")
	next, _ := m.Update(keyMsg("q"))
	if got := next.(Model).filter.Value(); got != "q" {
		t.Errorf("q in the filter gives %q, want it typed", got)
	}
}

// waitUntil polls cond for up to ten seconds.
func waitUntil(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatal("timed out")
}

func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
		teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
}

// TestEveryInputNudges: each input moves one step on flat-api without the format refusing
// it, the bill is priced again, and undo puts the text back byte for byte; the shape goes to
// diurnal (with its section) and back to flat as it was.
func TestEveryInputNudges(t *testing.T) {
	m := press(t, started(t, 80, 24), "enter", "tab")
	d := m.current()
	original := string(d.text)
	for i, f := range m.inputs(d) {
		m.field = i
		m = press(t, m, "right")
		if strings.HasPrefix(m.status, "refused") || len(d.undo) != 1 {
			t.Errorf("%s: %q, %d edits", f.label, m.status, len(d.undo))
		}
		m = press(t, m, "u")
		if string(d.text) != original || len(d.undo) != 0 {
			t.Errorf("%s: undo did not restore the text", f.label)
		}
	}
	m.field = 1 // Shape
	m = press(t, m, "right")
	if d.work.Traffic.Shape.PeakToAverage.String() != "2.5" || !strings.Contains(string(d.text), "  diurnal:\n    peak_to_average: 2.5\n    peak_hour: 14\n") {
		t.Fatalf("diurnal: %q\n%s", m.status, d.text)
	}
	m = press(t, m, "right")
	if string(d.text) != original {
		t.Errorf("back to flat:\n%s", d.text)
	}
}

// TestExportView: x then m or j writes the current view's data to the current directory.
func TestExportView(t *testing.T) {
	t.Chdir(t.TempDir())
	m := press(t, started(t, 80, 24), "enter", "x", "m")
	data, err := os.ReadFile("breakeven-flat-api-compare.md")
	if err != nil || !strings.Contains(string(data), "flat-api") || !strings.Contains(string(data), "$18.67") {
		t.Fatalf("markdown export: %v\n%s", err, data)
	}
	m = press(t, m, "right", "right", "right", "x", "j")
	data, err = os.ReadFile("breakeven-flat-api-break-even.json")
	if err != nil || !strings.Contains(string(data), `"crossings"`) || !strings.Contains(string(data), `"at": "19306479"`) {
		t.Fatalf("json export of the break-even view: %v\n%.400s", err, data)
	}
	if m.status != "exported breakeven-flat-api-break-even.json" {
		t.Errorf("status %q", m.status)
	}
}

// TestEveryViewAtAnySize: every view at sizes from tiny to wide is exactly the terminal's
// size and never panics, so resizing is clean.
func TestEveryViewAtAnySize(t *testing.T) {
	m := press(t, started(t, 80, 24), "enter")
	for _, size := range [][2]int{{20, 6}, {40, 10}, {60, 16}, {80, 24}, {100, 30}, {160, 50}} {
		for tb, v := range m.views {
			m.tab = tb
			for _, f := range []pane{contentPane, inputsPane} {
				m.focus = f
				next, _ := m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				checkSize(t, v.title(), plain(next.(Model)), size[0], size[1])
			}
		}
	}
}

// TestSaveExampleWritesACopy: an embedded example is saved as NAME.yaml in the current
// directory, comments and all; a second save of a copy already there asks first.
func TestSaveExampleWritesACopy(t *testing.T) {
	t.Chdir(t.TempDir())
	m := press(t, started(t, 80, 24), "enter", "tab", "down", "down", "down", "right", "s")
	data, err := os.ReadFile("flat-api.yaml")
	original, _ := workloads.ExampleSource("flat-api")
	want := strings.Replace(string(original), "memory_mb: 1024", "memory_mb: 1152", 1)
	if err != nil || string(data) != want {
		t.Fatalf("saved copy (%v):\n%s", err, data)
	}
	if m.status != "saved flat-api.yaml" || m.current().src.Example {
		t.Errorf("status %q; the doc now lives in flat-api.yaml: %v", m.status, !m.current().src.Example)
	}
	// A fresh explorer on the examples saving again finds the copy and asks.
	m = press(t, started(t, 80, 24), "enter", "s")
	if m.mode != modeConfirm || !strings.Contains(m.status, "flat-api.yaml exists") {
		t.Errorf("mode %v, status %q", m.mode, m.status)
	}
}

// TestEveryExampleEveryView: every built-in example (schedules alone, flows, infeasible
// platforms) draws every view and the inputs at 80x24, before and after its analyses arrive.
func TestEveryExampleEveryView(t *testing.T) {
	var sources []Source
	for _, name := range workloads.ExampleNames() {
		data, err := workloads.ExampleSource(name)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, Source{Path: "examples/" + name + ".yaml", Data: data, Example: true})
	}
	drawEveryView(t, sources)
}

// TestEveryTestdataFileEveryView: every file under testdata (the end-to-end cases, the error
// cases, the overlays: valid or not) draws every view at 80x24, before and after its
// analyses arrive, without a panic.
func TestEveryTestdataFileEveryView(t *testing.T) {
	var sources []Source
	err := filepath.WalkDir(filepath.Join("..", "testdata"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".yaml") {
			return err
		}
		data, err := os.ReadFile(path)
		sources = append(sources, Source{Path: path, Data: data})
		return err
	})
	if err != nil || len(sources) < 30 {
		t.Fatalf("walking testdata: %d files, %v", len(sources), err)
	}
	drawEveryView(t, sources)
}

// drawEveryView opens sources and draws every workload's every view and the inputs at 80x24,
// before and after the analyses arrive.
func drawEveryView(t *testing.T, sources []Source) {
	t.Helper()
	m := New(sources, Options{Catalog: catalog(t)})
	draw := func(m Model) {
		m.screen = detailScreen
		for i := range m.docs {
			m.sel = i
			for tb, v := range m.views {
				m.tab = tb
				for _, f := range []pane{contentPane, inputsPane} {
					m.focus = f
					checkSize(t, m.docs[i].name()+" "+v.title(), plain(m), 80, 24)
				}
			}
		}
	}
	draw(m)
	draw(settle(t, m, m.Init()))
}

// TestMouse: the wheel moves the selection, a click selects a workload and a second opens
// it, a click on a view's name in the bar shows it.
func TestMouse(t *testing.T) {
	m := started(t, 80, 24)
	next, _ := m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if m = next.(Model); m.sel != 1 {
		t.Fatalf("wheel down: selection %d", m.sel)
	}
	click := func(x, y int) {
		next, cmd := m.Update(tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft})
		m = settle(t, next.(Model), cmd)
	}
	click(5, 4) // order-pipeline, the third row
	if m.sel != 2 || m.screen != listScreen {
		t.Fatalf("click: selection %d, screen %v", m.sel, m.screen)
	}
	click(5, 4)
	if m.screen != detailScreen || m.current().work.Name != "order-pipeline" {
		t.Fatalf("second click: screen %v", m.screen)
	}
	// "[Compare] │ Breakdown │ Traffic │ Break-even │ ...": Break-even starts at column 34
	click(36, 2)
	if m.shownView().title() != "Break-even" {
		t.Errorf("click on Break-even: view %s", m.shownView().title())
	}
	if lines := strings.Split(plain(m), "\n"); !strings.Contains(lines[2], "[Break-even]") {
		t.Errorf("bar: %q", lines[2])
	}
}
