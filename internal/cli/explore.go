package cli

import (
	"errors"
	"flag"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/tui"
	"github.com/breakeven/breakeven/workloads"
	"github.com/charmbracelet/x/term"
)

// isTerminal says w is a terminal, where the explorer can run.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// runExplore opens the interactive explorer on paths (the built-in examples when none), or,
// when stdout is not a terminal, prints what `price` prints so that pipes and scripts work.
func runExplore(args []string, stdout io.Writer) error {
	if !isTerminal(stdout) {
		return runPrice(args, stdout)
	}
	fs := flag.NewFlagSet("breakeven", flag.ContinueOnError)
	var common pricingFlags
	common.register(fs)
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	in, err := common.resolveCatalog()
	if err != nil {
		return err
	}
	sources, err := exploreSources(paths)
	if err != nil {
		return err
	}
	_, err = tea.NewProgram(tui.New(sources, tui.Options{Catalog: in.cat, Known: knownOf(in.cat), Month: in.month}), tea.WithOutput(stdout)).Run()
	if errors.Is(err, tea.ErrInterrupted) {
		return nil
	}
	return err
}

// exploreSources reads the files paths name, valid or not (the explorer lists invalid ones
// with their problems), or the built-in examples when there are no paths.
func exploreSources(paths []string) ([]tui.Source, error) {
	if len(paths) == 0 {
		var out []tui.Source
		for _, name := range workloads.ExampleNames() {
			data, err := workloads.ExampleSource(name)
			if err != nil {
				return nil, err
			}
			out = append(out, tui.Source{Path: "examples/" + name + ".yaml", Data: data, Example: true})
		}
		return out, nil
	}
	files, err := workloads.ExpandPaths(paths)
	if err != nil {
		return nil, asInput(err)
	}
	var out []tui.Source
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, asInput(err)
		}
		stamp, err := workloads.StampOf(f, data)
		if err != nil {
			return nil, asInput(err)
		}
		out = append(out, tui.Source{Path: f, Data: data, Stamp: stamp})
	}
	return out, nil
}
