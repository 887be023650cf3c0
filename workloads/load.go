package workloads

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
)

// FileLimit is the largest workload file read: 1 MiB. A workload is a few KB (the largest
// example is under 2 KB); past this size a file is a mistake (a log, a dump), and decoding it
// would take seconds and gigabytes.
var FileLimit = yamlspec.Limit{What: "a workload file", Bytes: 1 << 20}

// ReadFile reads the workload file at path as every loader does: a regular file of at most
// FileLimit (see yamlspec.ReadFile); the problem, if any, is the one Error of the list.
func ReadFile(path string) ([]byte, yamlspec.ErrorList) {
	return yamlspec.ReadFile(path, FileLimit)
}

// Load reads the workload in the file at path. The error, when not nil, is a
// yamlspec.ErrorList.
func Load(path string) (model.Workload, error) {
	data, errs := ReadFile(path)
	if errs != nil {
		return model.Workload{}, errs
	}
	return Parse(path, data)
}

// LoadPaths reads the workloads named by paths, each a file or a directory whose *.yaml and
// *.yml files are read in name order (not recursively; symbolic links are followed). A file
// named twice is read once. Every problem of every file is reported at once, as a
// yamlspec.ErrorList: a path that does not exist or is not a regular file, a directory with
// no workload files, every problem inside each file, and a workload name used twice in the
// set (positioned at the second one's name); at most yamlspec.MaxProblemsPerFile listed for
// a file, and then how many more it has.
func LoadPaths(paths []string) ([]model.Workload, error) { return LoadPathsKnown(paths, Known{}) }

// LoadPathsKnown is LoadPaths, each file read by ParseKnown: what the catalog does not know
// is refused too.
func LoadPathsKnown(paths []string, known Known) ([]model.Workload, error) {
	var (
		out   []model.Workload
		errs  yamlspec.ErrorList
		names = map[string]*yamlspec.Value{}
		seen  = map[string]bool{}
	)
	for _, p := range paths {
		files, err := expand(p)
		if err != nil {
			errs = append(errs, *err)
			continue
		}
		for _, file := range once(files, seen) {
			w, ferrs := loadOne(file, names, known)
			errs = append(errs, ferrs...)
			if ferrs == nil {
				out = append(out, w)
			}
		}
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs.Capped()
	}
	return out, nil
}

// loadOne reads and parses one file of a set against known; names holds the names of the
// set's workloads so far, to report one used twice.
func loadOne(file string, names map[string]*yamlspec.Value, known Known) (model.Workload, yamlspec.ErrorList) {
	data, errs := ReadFile(file)
	if errs != nil {
		return model.Workload{}, errs
	}
	w, root, errs := parse(file, data, known)
	if name := root.Get("name"); name.Valid() {
		if first, dup := names[name.Str()]; dup {
			return model.Workload{}, append(errs, name.Errorf("workload name %q is already used in %s:%d:%d",
				name.Str(), first.File(), first.Line(), first.Column()))
		}
		names[name.Str()] = name
	}
	return w, errs
}

// ExpandPaths lists the workload files paths name (each a file, or a directory's *.yaml and
// *.yml in name order), each once, for a caller that reads them itself (with ReadFile);
// problems are a yamlspec.ErrorList of every directory that cannot be listed or holds no
// workload file. A path that is not a directory is listed as it is: reading it says what is
// wrong with it.
func ExpandPaths(paths []string) ([]string, error) {
	var out []string
	var errs yamlspec.ErrorList
	seen := map[string]bool{}
	for _, p := range paths {
		files, err := expand(p)
		if err != nil {
			errs = append(errs, *err)
			continue
		}
		out = append(out, once(files, seen)...)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

// once returns the files not yet seen, and marks them seen.
func once(files []string, seen map[string]bool) []string {
	var out []string
	for _, f := range files {
		if !seen[filepath.Clean(f)] {
			seen[filepath.Clean(f)] = true
			out = append(out, f)
		}
	}
	return out
}

// expand lists the workload files a path names: itself, unless it is a directory; or the
// directory's *.yaml and *.yml entries that are not directories themselves, symbolic links
// followed. A link that leads nowhere, a loop of links, or an entry that is not a regular
// file (a named pipe, say) is listed, so that reading it reports what it is rather than the
// directory seeming to have no workload files.
func expand(path string) ([]string, *yamlspec.Error) {
	info, err := os.Stat(path)
	if err != nil || !info.IsDir() {
		return []string{path}, nil
	}
	entries, err := os.ReadDir(path) // sorted by name
	if err != nil {
		return nil, &yamlspec.Error{File: path, Message: "cannot list the directory: " + rootCause(err)}
	}
	var files []string
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if ext != ".yaml" && ext != ".yml" {
			continue
		}
		file := filepath.Join(path, e.Name())
		if e.IsDir() {
			continue // not recursive
		}
		if e.Type()&os.ModeSymlink != 0 {
			if target, err := os.Stat(file); err == nil && target.IsDir() {
				continue // a link to a directory is a directory
			}
		}
		files = append(files, file)
	}
	if len(files) == 0 {
		return nil, &yamlspec.Error{File: path, Message: "no workload files (*.yaml or *.yml) in this directory"}
	}
	return files, nil
}

// rootCause is the system's reason in err, without the operation and file it names.
func rootCause(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
