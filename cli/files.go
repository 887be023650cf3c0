package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/breakeven/breakeven/workloads"
)

func runValidate(args []string, std streams) error {
	stdout := std.stdout
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	var overlays listFlag
	fs.Var(&overlays, "pricing", "a catalog `FILE` whose regions and instance types count as known (repeatable; default: the embedded catalog alone)")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return usagef("name at least one workload file or directory")
	}
	// An overlay's problems are listed with the files', as for price.
	cat, catErr := loadCatalog(overlays)
	if catErr != nil && !isProblemList(catErr) {
		return catErr
	}
	set, setErr := loadSet(paths, knownOf(cat), std)
	if err := joinProblems(catErr, setErr); err != nil {
		return err
	}
	for _, w := range set {
		fmt.Fprintf(stdout, "%s: ok (%s)\n", w.File, w.Name)
	}
	return nil
}

func runSchema(args []string, std streams) error {
	stdout := std.stdout
	fs := flag.NewFlagSet("schema", flag.ContinueOnError)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("takes no arguments")
	}
	_, err = stdout.Write(workloads.Schema())
	return err
}

// schemaFile is the name the template's yaml-language-server line points at.
const schemaFile = "workload.schema.json"

func runInit(args []string, std streams) error {
	stdout := std.stdout
	fs := flag.NewFlagSet("init", flag.ContinueOnError)
	dir := fs.String("dir", ".", "the directory `DIR` to write into")
	names, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(names) != 1 {
		return usagef("name exactly one workload, e.g. breakeven init orders-api")
	}
	text, err := workloads.Template(names[0])
	if err != nil {
		return usagef("%v", err)
	}
	path := filepath.Join(*dir, names[0]+".yaml")
	if err := writeNew(path, text); err != nil {
		return inputError{err}
	}
	fmt.Fprintf(stdout, "wrote %s\n", path)
	schema := filepath.Join(*dir, schemaFile)
	switch err := writeNew(schema, workloads.Schema()); {
	case err == nil:
		fmt.Fprintf(stdout, "wrote %s (editors with the YAML language server complete and check keys with it)\n", schema)
	case errors.Is(err, os.ErrExist):
	default:
		return err
	}
	fmt.Fprintf(stdout, "next: edit it, then run: breakeven price %s\n", path)
	return nil
}

// writeNew writes data to a new file at path, refusing to replace one. It writes to a
// temporary file first (named for the cleanup of workloads.RemoveStaleTemps, should it be
// killed midway) and links it into place, so a failure leaves nothing half-written.
func writeNew(path string, data []byte) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%s already exists; not overwriting it: %w", path, os.ErrExist)
	}
	tmp, err := workloads.TempFile(filepath.Dir(path))
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	// Link fails if path appeared meanwhile, unlike Rename, which would replace it.
	return os.Link(tmp.Name(), path)
}

func runExamples(args []string, std streams) error {
	stdout := std.stdout
	fs := flag.NewFlagSet("examples", flag.ContinueOnError)
	names, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch len(names) {
	case 0:
		for _, w := range workloads.Examples() {
			fmt.Fprintf(stdout, "%-22s %s\n", w.Name, w.Description)
		}
		fmt.Fprintln(stdout, "\nprint one with: breakeven examples NAME > NAME.yaml")
		return nil
	case 1:
		src, err := workloads.ExampleSource(names[0])
		if err != nil {
			return usagef("%v", err)
		}
		_, err = stdout.Write(src)
		return err
	}
	return usagef("name at most one example")
}
