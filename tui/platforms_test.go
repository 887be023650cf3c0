package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestPlatformTableFollowsPlatforms: the table has one look per platform of model.Platforms,
// in its order, each with its name, its own colour and its number key.
func TestPlatformTableFollowsPlatforms(t *testing.T) {
	st := newStyles()
	table := newPlatformTable(model.Platforms, st)
	if got := table.platforms(); !slices.Equal(got, model.Platforms) {
		t.Fatalf("platforms %v, want model.Platforms %v", got, model.Platforms)
	}
	for i, l := range table.looks {
		p := model.Platforms[i]
		if l.name != p.Name() || l.key != fmt.Sprint(i+1) {
			t.Errorf("%s: name %q, key %q; want %q, %q", p, l.name, l.key, p.Name(), fmt.Sprint(i+1))
		}
		if got, ok := table.byKey(l.key); !ok || got != p {
			t.Errorf("key %s opens %q, want %s", l.key, got, p)
		}
	}
	if got, want := table.keyRange(), fmt.Sprintf("1-%d", len(model.Platforms)); got != want {
		t.Errorf("key range %q, want %q", got, want)
	}
	distinctColours(t, table)
}

// TestPlatformTableBeyondThePalette: platforms past the palette get the fallback colour,
// past the ninth no number key; the hints and the help say what the keys are.
func TestPlatformTableBeyondThePalette(t *testing.T) {
	st := newStyles()
	var platforms []model.Platform
	for i := range maxPlatformKeys + 1 {
		platforms = append(platforms, model.Platform(fmt.Sprintf("p%d", i+1)))
	}
	table := newPlatformTable(platforms, st)
	for i, l := range table.looks {
		wantColour := st.fallback.GetForeground()
		if i < len(st.palette) {
			wantColour = st.palette[i].GetForeground()
		}
		if l.style.GetForeground() != wantColour {
			t.Errorf("%s: colour %v, want %v", l.platform, l.style.GetForeground(), wantColour)
		}
	}
	if last := table.looks[maxPlatformKeys]; last.key != "" {
		t.Errorf("the tenth platform has key %q, want none", last.key)
	}
	if _, ok := table.byKey(""); ok {
		t.Error("no key opens a platform without one")
	}
	if got, want := table.keyRange(), "1-9"; got != want {
		t.Errorf("key range %q, want %q", got, want)
	}
	// nine keys do not fit the help's column of keys: their range does
	if got := table.helpRow(); got[0] != "1-9" || !strings.HasSuffix(got[1], "p8, p9") {
		t.Errorf("help row %q", got)
	}
	if got := table.style("unknown"); got.GetForeground() != st.fallback.GetForeground() {
		t.Errorf("a platform not in the table: colour %v, want the fallback", got.GetForeground())
	}
}

// TestExplorerWithAFourthPlatform: an explorer whose table holds a fourth platform beside the
// three it prices (started: awsThree) gives it a colour of its own and opens its breakdown on
// 4, the hints saying 1-4; the model prices no such platform (nimbus is not registered), so
// it runs none of the workloads, the list has no column for it (a workload is shown on the
// platforms it is priced on: model.WorkloadResult.Shown) and its breakdown says so.
func TestExplorerWithAFourthPlatform(t *testing.T) {
	m := started(t, 80, 24)
	m.common = newCommon(append(slices.Clone(awsThree), "nimbus"))
	m.views = newViews(m.common)
	distinctColours(t, m.plats)
	lines := strings.Split(plain(m), "\n")
	if head := strings.Fields(lines[1]); !slices.Equal(head, []string{"Workload", "Lambda", "Fargate", "EC2", "Cheapest"}) {
		t.Errorf("list head %q: no column for a platform that runs none of the workloads", lines[1])
	}
	m = press(t, m, "enter", "4")
	view := plain(m)
	if m.shownView().title() != "Breakdown" || m.plat != "nimbus" || !strings.Contains(view, "nimbus") || !strings.Contains(view, "not priced") || !strings.Contains(view, "(1-4: platform)") {
		t.Errorf("4: view %s, platform %s:\n%s", m.shownView().title(), m.plat, view)
	}
	m = press(t, m, "?")
	if !strings.Contains(plain(m), "1 2 3 4    breakdown of Lambda, Fargate, EC2, nimbus") {
		t.Errorf("help:\n%s", plain(m))
	}
}

// distinctColours fails unless every platform of the table has a colour of its own.
func distinctColours(t *testing.T, table platformTable) {
	t.Helper()
	seen := map[string]model.Platform{}
	for _, l := range table.looks {
		c := fmt.Sprint(l.style.GetForeground())
		if other, ok := seen[c]; ok {
			t.Errorf("%s and %s share the colour %s", other, l.platform, c)
		}
		seen[c] = l.platform
	}
}
