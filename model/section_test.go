package model

import "testing"

// TestSetSettingsLeavesCopiesAlone: an analysis's variant is a copy of the workload; setting a
// platform's settings on it must not change the original's, which share the map.
func TestSetSettingsLeavesCopiesAlone(t *testing.T) {
	var w Workload
	w.SetSettings("flatrate", 20)
	v := w
	v.SetSettings("flatrate", 35)
	if got, _ := SettingsOf[int](w, "flatrate"); got != 20 {
		t.Errorf("original's settings %d after the copy's change, want 20", got)
	}
	if got, ok := SettingsOf[int](v, "flatrate"); !ok || got != 35 {
		t.Errorf("copy's settings %d, %v, want 35", got, ok)
	}
	if _, ok := SettingsOf[string](v, "flatrate"); ok {
		t.Error("settings of another type found")
	}
}
