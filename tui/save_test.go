package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// openEdited opens src, raises its memory once (an edit to save) and returns the model.
func openEdited(t *testing.T, src Source) Model {
	t.Helper()
	m := New([]Source{src}, Options{Catalog: catalog(t)})
	m = settle(t, m, m.Init())
	return press(t, m, "enter", "tab", "down", "down", "down", "right")
}

// A read-only file is not replaced: s says why in the status line and the file stays.
func TestSaveRefusesAReadOnlyFile(t *testing.T) {
	src := fileSource(t, t.TempDir(), "flat-api")
	if err := os.Chmod(src.Path, 0o444); err != nil {
		t.Fatal(err)
	}
	m := press(t, openEdited(t, src), "s")
	want := "not saved: " + src.Path + " is read-only (mode 0444); make it writable (chmod u+w) to save it"
	if m.status != want || m.mode == modeConfirm {
		t.Errorf("status %q, want %q", m.status, want)
	}
	if got, _ := os.ReadFile(src.Path); string(got) != string(src.Data) {
		t.Error("the read-only file was changed")
	}
}

// plantLink moves to a new directory and plants there a symbolic link named name to a file
// holding "precious", as someone might where breakeven writes; it returns that file.
func plantLink(t *testing.T, name string) string {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	victim := filepath.Join(dir, "victim.txt")
	if err := os.WriteFile(victim, []byte("precious\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(victim, name); err != nil {
		t.Fatal(err)
	}
	return victim
}

// x refuses to export through a symbolic link planted where the export goes, and the file it
// points to keeps its content.
func TestExportRefusesAPlantedLink(t *testing.T) {
	victim := plantLink(t, "breakeven-flat-api-compare.md")
	m := press(t, started(t, 80, 24), "enter", "x", "m")
	want := "export failed: breakeven-flat-api-compare.md is a symbolic link: not writing through it; remove it or rename it to write there"
	if m.status != want {
		t.Errorf("status %q, want %q", m.status, want)
	}
	if got, _ := os.ReadFile(victim); string(got) != "precious\n" {
		t.Errorf("the link's target now holds %q", got)
	}
}

// An example's copy is not written through a symbolic link found where it goes, not even
// after the user says yes to overwriting.
func TestSaveExampleRefusesAPlantedLink(t *testing.T) {
	victim := plantLink(t, "flat-api.yaml")
	m := press(t, started(t, 80, 24), "enter", "tab", "down", "down", "down", "right", "s")
	if want := "not saved: flat-api.yaml is a symbolic link: not writing through it"; m.status != want {
		t.Errorf("status %q, want %q", m.status, want)
	}
	m = press(t, m, "s", "y")
	if got, _ := os.ReadFile(victim); string(got) != "precious\n" || !strings.HasPrefix(m.status, "not saved: ") {
		t.Errorf("after s, y: status %q, the target holds %q", m.status, got)
	}
}
