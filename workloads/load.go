package workloads

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
	"go.yaml.in/yaml/v3"
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

// LoadPaths reads the workloads named by paths, each a file or a directory whose *.yaml and
// *.yml files are read in name order (not recursively; symbolic links are followed). A file
// named twice is read once. Every problem of every file is reported at once, as a
// yamlspec.ErrorList: a path that does not exist or is not a regular file, a directory with
// no workload files, every problem inside each file, and a workload name used twice in the
// set (positioned at the second one's name); at most yamlspec.MaxProblemsPerFile listed for
// a file, and then how many more it has. A directory's file that is not a workload is
// skipped (see LoadSet).
func LoadPaths(paths []string) ([]model.Workload, error) { return LoadPathsKnown(paths, Known{}) }

// LoadPathsKnown is LoadPaths, each file read by ParseKnown: what the catalog does not know
// is refused too.
func LoadPathsKnown(paths []string, known Known) ([]model.Workload, error) {
	set, err := LoadSet(paths, nil, known)
	return set.Workloads, err
}

// StdinPath is the path that names standard input, as it does for most command-line tools;
// StdinName is what positions call it.
const (
	StdinPath = "-"
	StdinName = "<stdin>"
)

// Set is what LoadSet read: the workloads, and the files of the directories it listed that
// were left out because they are not workloads.
type Set struct {
	Workloads []model.Workload
	Skipped   []Skipped
}

// Skipped is a file found in a directory that was left out of a set: it is YAML but not a
// workload (a --pricing overlay, a CI workflow), and Reason says why.
type Skipped struct {
	File, Reason string
}

// LoadSet is LoadPathsKnown, with the path "-" (StdinPath) read from stdin when stdin is not
// nil (through FileLimit, positions naming it StdinName), and the files left out of the set
// listed. The files are read and parsed on every core; the set, its problems and the names
// used twice are the same as reading them one by one in order.
//
// A file named as a path is always read as a workload. A file found by listing a directory
// is read as one too, unless it has problems and does not look like a workload: YAML whose
// top level is empty, not a mapping, or a mapping with none of the workload format's sections
// (the keys besides name and description: region, traffic, function, lambda, ...). Such a file
// (a --pricing overlay beside the workloads, a CI workflow) is skipped and listed with the
// reason; a file that looks like a workload, or is not even YAML, keeps its problems. A
// directory whose files are all skipped has no workload files, which is a problem.
func LoadSet(paths []string, stdin io.Reader, known Known) (Set, error) {
	var (
		files []string
		// listedFrom holds, for each of files, the directory it was found in ("" for a path
		// named itself).
		listedFrom []string
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
		dir := listingDir(p, found)
		found = once(found, seen)
		files = append(files, found...)
		for range found {
			listedFrom = append(listedFrom, dir)
		}
	}
	read := readerOf(stdin, slices.Contains(files, StdinPath))
	loaded, checks := parseFiles(files, listedFrom, read, known)
	out := Set{Workloads: loaded[:0]} // those kept, in place: a large set is not copied
	var errs yamlspec.ErrorList
	names := map[string]*yamlspec.Value{}
	kept := map[string]int{}
	for i, c := range checks {
		errs = append(errs, unlisted[i]...)
		if c.skipped != "" {
			out.Skipped = append(out.Skipped, Skipped{File: files[i], Reason: c.skipped})
			continue
		}
		kept[listedFrom[i]]++
		out.Workloads = append(out.Workloads, loaded[i])
		errs = append(errs, c.errs...)
		errs = append(errs, nameUsedTwice(c.name, names)...)
	}
	errs = append(errs, unlisted[len(files)]...)
	errs = append(errs, allSkipped(listedFrom, kept)...)
	if len(errs) > 0 {
		errs.Sort()
		return Set{Skipped: out.Skipped}, errs.Capped()
	}
	return out, nil // every file is valid
}

// listingDir is the directory path was listed as, when found holds its files, or "" when
// path names a file itself.
func listingDir(path string, found []string) string {
	if len(found) == 1 && found[0] == path {
		return ""
	}
	return path
}

// allSkipped reports each directory none of whose files was kept: it holds no workload file.
func allSkipped(listedFrom []string, kept map[string]int) yamlspec.ErrorList {
	var errs yamlspec.ErrorList
	for i, dir := range listedFrom {
		if dir != "" && kept[dir] == 0 && (i == 0 || listedFrom[i-1] != dir) {
			errs = append(errs, yamlspec.Error{File: dir, Message: "no workload files in this directory: its *.yaml and *.yml files are not workloads (skipped)"})
		}
	}
	return errs
}

// fileReader reads a set's files: by ReadFile, and the path "-" as what standard input held,
// when it is read.
type fileReader struct {
	stdin     bool
	data      []byte
	stdinErrs yamlspec.ErrorList
}

// readerOf returns the reader of a set's files, having read stdin (once) when it is not nil
// and the set names it.
func readerOf(stdin io.Reader, named bool) fileReader {
	if stdin == nil || !named {
		return fileReader{}
	}
	data, errs := readStdin(stdin)
	return fileReader{stdin: true, data: data, stdinErrs: errs}
}

// read returns the name positions give path, and its contents or its one problem.
func (r fileReader) read(path string) (string, []byte, yamlspec.ErrorList) {
	if r.stdin && path == StdinPath {
		return StdinName, r.data, r.stdinErrs
	}
	data, errs := ReadFile(path)
	return path, data, errs
}

// readStdin reads a workload from r, standard input, through FileLimit: at most one byte
// more than it is read.
func readStdin(r io.Reader) ([]byte, yamlspec.ErrorList) {
	data, err := io.ReadAll(io.LimitReader(r, FileLimit.Bytes+1))
	switch {
	case err != nil:
		return nil, yamlspec.ErrorList{{File: StdinName, Message: "cannot be read: " + rootCause(err)}}
	case int64(len(data)) > FileLimit.Bytes:
		return nil, yamlspec.ErrorList{{File: StdinName, Message: fmt.Sprintf("is more than %s; %s may be at most that", FileLimit, FileLimit.What)}}
	}
	return data, nil
}

// NotWorkload says why data, a file found in a directory, is not a workload and is skipped
// ("" when it may be one, or is not YAML): its top level is empty, not a mapping, or a
// mapping with none of the workload format's sections. A valid workload always has one (a
// service's traffic and function, or schedules), so such a file never validates.
func NotWorkload(data []byte) string {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return ""
	}
	if len(doc.Content) == 0 {
		return "empty: not a workload"
	}
	top := doc.Content[0]
	for top.Kind == yaml.AliasNode && top.Alias != nil {
		top = top.Alias
	}
	if top.Kind != yaml.MappingNode {
		return "its top level is not a mapping of keys: not a workload"
	}
	var keys []string
	for i := 0; i+1 < len(top.Content); i += 2 {
		key := top.Content[i].Value
		if key != "name" && key != "description" && formatSpec().Field(key) != nil {
			return ""
		}
		keys = append(keys, key)
	}
	if len(keys) == 0 {
		return "empty: not a workload"
	}
	if len(keys) > 5 {
		keys = append(keys[:5], "...")
	}
	return "not a workload: none of its top-level keys (" + strings.Join(keys, ", ") + ") is one of a workload's sections (region, traffic, function, lambda, ...)"
}

// fileCheck is what reading and parsing one file of a set found: its problems and the value
// of its name, or why it was skipped.
type fileCheck struct {
	errs    yamlspec.ErrorList
	name    *yamlspec.Value
	skipped string
}

// parseFiles reads (by read) and parses files against known on every core, into a set of
// one workload a file, in files' order, allocated once (a set of 10,000 is 13 MB), with what
// each file's check found. A panic while parsing (a bug) is raised again on the caller's
// goroutine, which reports it.
func parseFiles(files, listedFrom []string, read fileReader, known Known) ([]model.Workload, []fileCheck) {
	if len(files) == 0 {
		return nil, nil
	}
	set := make([]model.Workload, len(files))
	checks := make([]fileCheck, len(files))
	if len(files) == 1 { // on the caller's goroutine, with no worker to start
		set[0], checks[0] = parseFile(files[0], listedFrom[0] != "", read, known)
		return set, checks
	}
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
				set[i], checks[i] = parseFile(files[i], listedFrom[i] != "", read, known)
			}
		})
	}
	wg.Wait()
	if failure != nil {
		panic(failure)
	}
	return set, checks
}

// parseFile reads and parses one file of a set against known; listed says it was found by
// listing a directory, so that it is skipped if it has problems and is not a workload.
func parseFile(file string, listed bool, read fileReader, known Known) (model.Workload, fileCheck) {
	name, data, errs := read.read(file)
	if errs != nil {
		return model.Workload{}, fileCheck{errs: errs}
	}
	w, root, errs := parse(name, data, known)
	if len(errs) > 0 && listed {
		if why := NotWorkload(data); why != "" {
			return model.Workload{}, fileCheck{skipped: why}
		}
	}
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
