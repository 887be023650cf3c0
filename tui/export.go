package tui

import (
	"fmt"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/report"
	"github.com/breakeven/breakeven/workloads"
)

// exportedMsg reports an export.
type exportedMsg struct {
	path string
	err  error
}

func (m Model) exportKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	m.mode = modeNormal
	var f report.Format
	switch msg.String() {
	case "m":
		f = report.Markdown
	case "j":
		f = report.JSON
	default:
		m.status = "export cancelled"
		return m, nil
	}
	d := m.current()
	if m.shownView().shows() == showsAnalyses && m.analysisOf(d) == nil {
		m.status = "not exported: the analyses of " + d.name() + " are still being worked out; export once they are in"
		return m, nil
	}
	return m, m.export(d, f)
}

// export writes the current view's data to breakeven-NAME-VIEW.md (or .json) in the current
// directory, in the background: the priced workload for the bill's views, the comparison
// for the analyses' views, both scenarios side by side for A/B (abExport). The file is
// replaced atomically; a symbolic link in its place is refused, never followed
// (workloads.WriteFile).
func (m Model) export(d *doc, f report.Format) tea.Cmd {
	ext := map[report.Format]string{report.Markdown: "md", report.JSON: "json"}[f]
	view := strings.ToLower(strings.ReplaceAll(m.shownView().title(), "/", ""))
	path := filepath.Clean(fmt.Sprintf("breakeven-%s-%s.%s", d.work.Name, view, ext))
	cat, month := m.pr.cat, m.pr.month
	// result is r as the file shows it, with its flow's steps worth merging (worked out here,
	// in the background, not at each keystroke's pricing).
	result := func(r model.WorkloadResult) model.Result {
		rs := []model.WorkloadResult{analysis.WithMerges(r, cat, month)}
		return model.Result{Provenance: model.ProvenanceOf(cat, month), Workloads: rs, Portfolio: model.PortfolioOf(rs, cat)}
	}
	var write func(b *strings.Builder) error
	switch shows := m.shownView().shows(); {
	case shows == showsScenarios && d.pinned != nil:
		a, b := d.pinned.result, d.result
		label := d.pinned.label
		write = func(out *strings.Builder) error { return abExport(out, result(a), result(b), label, f) }
	case shows == showsAnalyses:
		cmp := analysis.CompareResult{Provenance: model.ProvenanceOf(cat, month), Comparisons: []analysis.Comparison{*m.analysisOf(d)},
			Commitment: m.commitmentOf(d)}
		write = func(out *strings.Builder) error { return report.WriteComparison(out, cmp, f) }
	default:
		r := d.result
		write = func(out *strings.Builder) error { return report.Write(out, result(r), f) }
	}
	return func() tea.Msg {
		var b strings.Builder
		err := write(&b)
		if err == nil {
			err = workloads.WriteFile(path, []byte(b.String()))
		}
		return exportedMsg{path: path, err: err}
	}
}
