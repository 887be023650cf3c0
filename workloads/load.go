package workloads

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

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
// is refused too. The files are read and parsed on every core; the set, its problems and the
// names used twice are the same as reading them one by one in order.
func LoadPathsKnown(paths []string, known Known) ([]model.Workload, error) {
	var (
		files []string
		// unlisted holds, at a path's place among files, the problem of a directory that
		// cannot be listed or holds no workload file: problems keep the paths' order.
		unlisted = map[int][]yamlspec.Error{}
		seen     = map[string]bool{}
	)
	for _, p := range paths {
		found, err := expand(p)
		if err != nil {
			unlisted[len(files)] = append(unlisted[len(files)], *err)
			continue
		}
		files = append(files, once(found, seen)...)
	}
	set, checks := parseFiles(files, known)
	var errs yamlspec.ErrorList
	names := map[string]*yamlspec.Value{}
	for i, c := range checks {
		errs = append(errs, unlisted[i]...)
		errs = append(errs, c.errs...)
		errs = append(errs, nameUsedTwice(c.name, names)...)
	}
	errs = append(errs, unlisted[len(files)]...)
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs.Capped()
	}
	return set, nil // every file is valid
}

// fileCheck is what reading and parsing one file of a set found: its problems and the value
// of its name.
type fileCheck struct {
	errs yamlspec.ErrorList
	name *yamlspec.Value
}

// parseFiles reads and parses files against known on every core, into a set of one workload
// a file, in files' order, allocated once (a set of 10,000 is 13 MB), with what each file's
// check found. A panic while parsing (a bug) is raised again on the caller's goroutine, which
// reports it.
func parseFiles(files []string, known Known) ([]model.Workload, []fileCheck) {
	if len(files) == 0 {
		return nil, nil
	}
	set := make([]model.Workload, len(files))
	checks := make([]fileCheck, len(files))
	var (
		next    atomic.Int64
		wg      sync.WaitGroup
		mu      sync.Mutex
		failure any
	)
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			defer func() {
				if r := recover(); r != nil {
					mu.Lock()
					failure = r
					mu.Unlock()
				}
			}()
			for i := int(next.Add(1) - 1); i < len(files); i = int(next.Add(1) - 1) {
				set[i], checks[i] = parseFile(files[i], known)
			}
		})
	}
	wg.Wait()
	if failure != nil {
		panic(failure)
	}
	return set, checks
}

// parseFile reads and parses one file of a set against known.
func parseFile(file string, known Known) (model.Workload, fileCheck) {
	data, errs := ReadFile(file)
	if errs != nil {
		return model.Workload{}, fileCheck{errs: errs}
	}
	w, root, errs := parse(file, data, known)
	return w, fileCheck{errs: errs, name: root.Get("name")}
}

// nameUsedTwice reports name when an earlier file of the set has it; names holds the names of
// the set's files so far, name added.
func nameUsedTwice(name *yamlspec.Value, names map[string]*yamlspec.Value) yamlspec.ErrorList {
	if !name.Valid() {
		return nil
	}
	if first, dup := names[name.Str()]; dup {
		return yamlspec.ErrorList{name.Errorf("workload name %q is already used in %s:%d:%d",
			name.Str(), first.File(), first.Line(), first.Column())}
	}
	names[name.Str()] = name
	return nil
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
