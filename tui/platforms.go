package tui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/breakeven/breakeven/model"
)

// platformLook is how the explorer shows one platform: its name, its colour in the bars and
// charts, and the number key that opens its breakdown ("" past the ninth platform).
type platformLook struct {
	platform model.Platform
	name     string
	style    lipgloss.Style
	key      string
}

// platformTable is every platform the explorer shows, in display order: the list's columns,
// the bars and lines of the charts, the number keys. It is built from model.Platforms, so a
// platform added there gets a colour (the fallback past the palette), a key and a column
// with no edit here.
type platformTable struct {
	looks []platformLook
	// fallback colours a platform the table does not hold.
	fallback lipgloss.Style
}

// maxPlatformKeys is how many platforms get a number key: 1 to 9.
const maxPlatformKeys = 9

func newPlatformTable(platforms []model.Platform, st styles) platformTable {
	t := platformTable{looks: make([]platformLook, len(platforms)), fallback: st.fallback}
	for i, p := range platforms {
		t.looks[i] = platformLook{platform: p, name: p.Name(), style: st.series(i)}
		if i < maxPlatformKeys {
			t.looks[i].key = strconv.Itoa(i + 1)
		}
	}
	return t
}

// platforms are the table's platforms, in order.
func (t platformTable) platforms() []model.Platform {
	out := make([]model.Platform, len(t.looks))
	for i, l := range t.looks {
		out[i] = l.platform
	}
	return out
}

// style is p's colour (the fallback for a platform not in the table).
func (t platformTable) style(p model.Platform) lipgloss.Style {
	for _, l := range t.looks {
		if l.platform == p {
			return l.style
		}
	}
	return t.fallback
}

// byKey is the platform whose number key k is.
func (t platformTable) byKey(k string) (model.Platform, bool) {
	for _, l := range t.looks {
		if l.key != "" && l.key == k {
			return l.platform, true
		}
	}
	return "", false
}

// keyRange is the number keys as the views' hints say them: "1-3" ("1" for one platform).
func (t platformTable) keyRange() string {
	keys := t.keys()
	switch len(keys) {
	case 0:
		return ""
	case 1:
		return keys[0]
	}
	return keys[0] + "-" + keys[len(keys)-1]
}

// keys are the platforms' number keys, in order.
func (t platformTable) keys() []string {
	var keys []string
	for _, l := range t.looks {
		if l.key != "" {
			keys = append(keys, l.key)
		}
	}
	return keys
}

// binding is the number keys as one binding: each opens its platform's breakdown.
func (t platformTable) binding() key.Binding {
	return key.NewBinding(key.WithKeys(t.keys()...), key.WithHelp(t.keyRange(), "platform"))
}

// helpRow is the full help's row for the number keys: "1 2 3", "breakdown of Lambda,
// Fargate, EC2" (the keys as a range, "1-7", where they would not fit the help's column).
func (t platformTable) helpRow() [2]string {
	var names []string
	for _, l := range t.looks {
		if l.key != "" {
			names = append(names, l.name)
		}
	}
	keys := strings.Join(t.keys(), " ")
	if len(keys) > keyColumn {
		keys = t.keyRange()
	}
	return [2]string{keys, fmt.Sprintf("breakdown of %s", strings.Join(names, ", "))}
}
