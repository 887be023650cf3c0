package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/internal/yamlspec"
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
func runExplore(args []string, std streams) error {
	stdout := std.stdout
	if !isTerminal(stdout) {
		return runPrice(args, std)
	}
	fs := flag.NewFlagSet("breakeven", flag.ContinueOnError)
	var common pricingFlags
	common.register(fs)
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if slices.Contains(paths, workloads.StdinPath) {
		return usagef("- (a workload on standard input) is read by price, compare, sweep and validate; the explorer opens files, to save your edits to them")
	}
	in, sources, err := exploreInput(&common, paths, std.stderr)
	if err != nil {
		return err
	}
	_, err = tea.NewProgram(tui.New(sources, tui.Options{Catalog: in.cat, Known: knownOf(in.cat), Month: in.month, Platforms: in.platforms}), tea.WithOutput(stdout)).Run()
	if errors.Is(err, tea.ErrInterrupted) {
		return nil
	}
	return err
}

// exploreInput loads what the explorer opens: the catalog (month and overlays) and the
// sources paths name. The explorer cannot open without its catalog, so a bad overlay is
// reported with every problem of the workload files too, in one list.
func exploreInput(common *pricingFlags, paths []string, stderr io.Writer) (pricingInput, []tui.Source, error) {
	in, catErr := common.resolveCatalog()
	if catErr != nil {
		if !isProblemList(catErr) || len(paths) == 0 {
			return in, nil, catErr
		}
		_, setErr := workloads.LoadPaths(paths)
		return in, nil, joinProblems(catErr, setErr)
	}
	sources, err := exploreSources(paths, stderr)
	return in, sources, err
}

// exploreSources reads the files paths name, valid or not (the explorer lists invalid ones
// with their problems), or the built-in examples when there are no paths, and removes the
// temporary files saves killed midway left where the explorer writes. A file that cannot
// be read (missing, not a regular file, too large) is not opened: every such file is reported
// at once, as a yamlspec.ErrorList. A directory's file that is not a workload is skipped, as
// price skips it, and said on stderr (before the explorer takes the screen).
func exploreSources(paths []string, stderr io.Writer) ([]tui.Source, error) {
	if len(paths) == 0 {
		removeStaleTemps(nil)
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
	removeStaleTemps(files)
	named := map[string]bool{}
	for _, p := range paths {
		named[filepath.Clean(p)] = true
	}
	var out []tui.Source
	var problems yamlspec.ErrorList
	for _, f := range files {
		data, errs := workloads.ReadFile(f)
		if errs != nil {
			problems = append(problems, errs...)
			continue
		}
		if why := workloads.NotWorkload(data); why != "" && !named[filepath.Clean(f)] {
			fmt.Fprintf(stderr, "breakeven: skipped %s: %s\n", f, why)
			continue
		}
		stamp, err := workloads.StampOf(f, data)
		if err != nil {
			problems = append(problems, yamlspec.Error{File: f, Message: err.Error()})
			continue
		}
		out = append(out, tui.Source{Path: f, Data: data, Stamp: stamp})
	}
	if len(problems) > 0 {
		return nil, problems
	}
	return out, nil
}

// removeStaleTemps removes what saves killed midway left (workloads.RemoveStaleTemps) where
// the explorer writes: beside files, and in the current directory (examples' copies,
// exports).
func removeStaleTemps(files []string) {
	dirs := []string{"."}
	for _, f := range files {
		dirs = append(dirs, filepath.Dir(f))
	}
	slices.Sort(dirs)
	workloads.RemoveStaleTemps(slices.Compact(dirs)...)
}
