package tui

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/workloads"
)

// startEdit opens the value of the selected input for typing.
func (m Model) startEdit() (tea.Model, tea.Cmd) {
	d := m.current()
	f := m.currentField(d)
	m.mode, m.refusal = modeEdit, ""
	m.input.SetValue(f.value(d.result))
	m.input.CursorEnd()
	m.status = "editing " + f.label + ": enter applies, esc cancels"
	return m, m.input.Focus()
}

// editKey types into the value being edited. Enter applies it; a value the format refuses
// keeps the editor open, with the reason above it, to be fixed or cancelled with esc.
func (m Model) editKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch msg.String() {
	case "esc":
		m.mode, m.status, m.refusal = modeNormal, "edit cancelled", ""
		m.input.Blur()
		return m, nil
	case "enter":
		d := m.current()
		f := m.currentField(d)
		edits, err := f.edits(d.work, m.input.Value())
		if err != nil {
			return m.refuse(err), nil
		}
		next, cmd := m.applyEdits(d, f, edits)
		nm := next.(Model)
		if nm.refusal != "" {
			return nm, cmd // stay in the editor: fix the value or esc
		}
		nm.mode = modeNormal
		nm.input.Blur()
		return nm, cmd
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return m, cmd
}

// applyEdits applies edits to d and re-prices it at once; the background analyses follow.
// What the workload format refuses is not applied, and the status says why.
func (m Model) applyEdits(d *doc, f field, edits []workloads.Edit) (tea.Model, tea.Cmd) {
	if len(edits) == 0 {
		return m, nil
	}
	if err := d.apply(m.pr, edits...); err != nil {
		return m.refuse(err), nil
	}
	m.port = portfolio(m.docs, m.pr.cat)
	m.status, m.refusal = fmt.Sprintf("%s set to %s", f.label, f.value(d.result)), ""
	return m, m.analyzeSoon(d)
}

// refuse says why an edit was not applied, in the status line (and above the value while
// it is being typed).
func (m Model) refuse(err error) Model {
	m.refusal = refusalReason(err, m.current().src.Path)
	m.status = "refused: " + m.refusal
	return m
}

// refusalReason is the first problem of a refused edit without the file and position it
// starts with: the text refused is the one being edited, not yet the file's, and the key
// the problem names says where it is.
func refusalReason(err error, path string) string {
	reason := oneLine(err.Error())
	if rest, ok := strings.CutPrefix(reason, path+":"); ok {
		reason = strings.TrimLeft(rest, "0123456789:")
		reason = strings.TrimSpace(reason)
	}
	return reason
}

// oneLine keeps the first line of a message and says how many more there were.
func oneLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) == 1 {
		return lines[0]
	}
	return fmt.Sprintf("%s (+%d more)", lines[0], len(lines)-1)
}

func (m Model) confirmKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	c := m.confirm
	m.mode, m.confirm = modeNormal, nil
	if key := msg.String(); key == "y" || key == "Y" {
		m.status = "saving..."
		return m, c.yes
	}
	return m.stayOpen("not saved"), nil
}

// savedMsg reports a save: the doc, where it went and its new stamp, or the error.
type savedMsg struct {
	d     *doc
	path  string
	text  []byte
	stamp workloads.FileStamp
	err   error
}

// save writes d's text to its file (an example: a copy in the current directory) in the
// background; unless force, a file changed on disk since it was read is left alone and the
// explorer asks. What workloads.SaveFile refuses (a read-only file) is refused with its
// reason, and an example's copy is never written through a symbolic link found where it
// goes: the user named no such file, so its target is nobody's choice.
func (m Model) save(d *doc, force bool) tea.Cmd {
	path, text, stamp, example := d.savePath(), d.text, d.src.Stamp, d.src.Example
	return func() tea.Msg {
		if example {
			info, err := os.Lstat(path)
			switch {
			case err == nil && info.Mode()&fs.ModeSymlink != 0:
				return savedMsg{d: d, path: path, err: fmt.Errorf("%s is a symbolic link: not writing through it", path)}
			case err == nil && !force:
				return savedMsg{d: d, path: path, err: fmt.Errorf("%s: %w", path, workloads.ErrChangedOnDisk)}
			}
			force = true // a new copy, or one the user chose to overwrite
		}
		st, err := workloads.SaveFile(path, text, stamp, force)
		return savedMsg{d: d, path: path, text: text, stamp: st, err: err}
	}
}

func (m Model) saved(msg savedMsg) (tea.Model, tea.Cmd) {
	d := msg.d
	switch {
	case errors.Is(msg.err, workloads.ErrChangedOnDisk):
		m.mode = modeConfirm
		m.confirm = &confirmation{question: msg.path + " changed on disk since it was opened: overwrite it? (y/n)", yes: m.save(d, true)}
		if d.src.Example {
			m.confirm.question = msg.path + " exists: overwrite it? (y/n)"
		}
		m.status = m.confirm.question
	case msg.err != nil:
		m = m.stayOpen("not saved: " + msg.err.Error())
	default:
		d.saved, d.src.Stamp = msg.text, msg.stamp
		if d.src.Example {
			d.src.Example, d.src.Path = false, msg.path
		}
		m.status = "saved " + msg.path
		if m.quitting {
			return m.saveNextAndQuit()
		}
	}
	return m, nil
}
