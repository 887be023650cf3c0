package tui

import (
	"bytes"
	"fmt"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
)

// Source is one workload file to explore: its path and content as read, and its stamp to
// tell whether it changes on disk before a save. An embedded example has Example set and no
// stamp: saving it writes a copy, Path, in the current directory.
type Source struct {
	Path    string
	Data    []byte
	Stamp   workloads.FileStamp
	Example bool
}

// doc is one workload file being explored: its text as edited, the workload it parses to and
// its bill, the edits to undo, and scenario A when pinned.
type doc struct {
	src      Source
	text     []byte
	saved    []byte // the text as last read or saved, to tell unsaved edits
	work     model.Workload
	result   model.WorkloadResult
	problems string // the file's errors when it does not parse (it is listed, not opened)
	undo     [][]byte
	pinned   *scenario
	// analysis is the comparison worked out in the background for text (nil until it
	// arrives); analysisFor is the text it was worked out for.
	analysis    *analysis.Comparison
	analysisFor []byte
}

// scenario is a pinned state of a workload, to compare the edited one with: the workload
// as opened until the user pins another.
type scenario struct {
	text   []byte
	result model.WorkloadResult
	label  string
}

// newDoc parses a source; an invalid file becomes a doc with its problems.
func newDoc(s Source, p pricer) *doc {
	d := &doc{src: s, text: s.Data, saved: s.Data}
	w, err := workloads.ParseKnown(s.Path, s.Data, p.known)
	if err != nil {
		d.problems = err.Error()
		return d
	}
	d.work, d.result = w, p.price(w)
	d.pinned = &scenario{text: d.text, result: d.result, label: "as opened"}
	return d
}

// valid says the doc parsed and can be explored.
func (d *doc) valid() bool { return d.problems == "" }

// validResults are the results of the valid docs, in order: what the list's and the
// portfolio's columns are shown for (model.ShownOnAny).
func validResults(docs []*doc) []model.WorkloadResult {
	var out []model.WorkloadResult
	for _, d := range docs {
		if d.valid() {
			out = append(out, d.result)
		}
	}
	return out
}

// dirty says the text has edits not yet saved.
func (d *doc) dirty() bool { return !bytes.Equal(d.text, d.saved) }

// name is how the list names the doc.
func (d *doc) name() string {
	if d.valid() {
		return d.work.Name
	}
	return d.src.Path
}

// apply edits the text, re-parses and re-prices it; an edit the format refuses leaves the
// doc as it was and says why.
func (d *doc) apply(p pricer, edits ...workloads.Edit) error {
	text, err := workloads.ApplyEdits(d.text, edits...)
	if err != nil {
		return err
	}
	w, err := workloads.ParseKnown(d.src.Path, text, p.known)
	if err != nil {
		return err
	}
	d.undo = append(d.undo, d.text)
	d.text, d.work, d.result = text, w, p.price(w)
	return nil
}

// undoLast puts back the text before the last edit; false when there is none.
func (d *doc) undoLast(p pricer) bool {
	if len(d.undo) == 0 {
		return false
	}
	text := d.undo[len(d.undo)-1]
	w, err := workloads.ParseKnown(d.src.Path, text, p.known)
	if err != nil {
		return false // it parsed before the edit; it parses again
	}
	d.undo = d.undo[:len(d.undo)-1]
	d.text, d.work, d.result = text, w, p.price(w)
	return true
}

// pin keeps the current state as scenario A.
func (d *doc) pin() { d.pinned = &scenario{text: d.text, result: d.result, label: "pinned"} }

// pricer prices one workload for the explorer.
type pricer struct {
	cat   *pricing.Catalog
	known workloads.Known
	month model.Month
	// platforms, when not empty, replace every workload's (Options.Platforms, then the chooser's choice: c).
	platforms []model.Platform
}

// chosen is w shown on the platforms the command line or the chooser chose, if it chose any.
func (p pricer) chosen(w model.Workload) model.Workload {
	if len(p.platforms) > 0 {
		w.Platforms = p.platforms
	}
	return w
}

// price prices w alone (the portfolio is worked out from every doc's result).
func (p pricer) price(w model.Workload) model.WorkloadResult {
	return model.Price([]model.Workload{p.chosen(w)}, p.cat, model.Options{Month: p.month}).Workloads[0]
}

// compare works out the decision analyses of w, for the background.
func (p pricer) compare(w model.Workload) analysis.Comparison {
	w = p.chosen(w)
	return analysis.Compare([]model.Workload{w}, p.cat, analysis.CompareOptions{Month: p.month, Serial: true}).Comparisons[0]
}

// portfolio is every valid doc priced together.
func portfolio(docs []*doc, cat *pricing.Catalog) model.Portfolio {
	var results []model.WorkloadResult
	for _, d := range docs {
		if d.valid() {
			results = append(results, d.result)
		}
	}
	return model.PortfolioOf(results, cat)
}

// savePath is where saving d writes: its file, or for an example a copy in the current
// directory.
func (d *doc) savePath() string {
	if d.src.Example {
		return fmt.Sprintf("%s.yaml", d.work.Name)
	}
	return d.src.Path
}
