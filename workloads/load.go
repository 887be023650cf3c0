package workloads

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
)

// Load reads the workload in the file at path. The error, when not nil, is a
// yamlspec.ErrorList.
func Load(path string) (model.Workload, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return model.Workload{}, yamlspec.ErrorList{readError(path, err)}
	}
	return Parse(path, data)
}

// LoadPaths reads the workloads named by paths, each a file or a directory whose *.yaml and
// *.yml files are read in name order (not recursively). A file named twice is read once.
// Every problem of every file is reported at once, as a yamlspec.ErrorList: a path that does
// not exist, a directory with no workload files, every problem inside each file, and a
// workload name used twice in the set (positioned at the second one's name).
func LoadPaths(paths []string) ([]model.Workload, error) { return LoadPathsKnown(paths, Known{}) }

// LoadPathsKnown is LoadPaths, each file read by ParseKnown: what the catalog does not know
// is refused too.
func LoadPathsKnown(paths []string, known Known) ([]model.Workload, error) {
	var (
		out   []model.Workload
		errs  yamlspec.ErrorList
		seen  = map[string]bool{}
		names = map[string]*yamlspec.Value{}
	)
	for _, p := range paths {
		files, err := expand(p)
		if err != nil {
			errs = append(errs, *err)
			continue
		}
		for _, file := range files {
			if seen[filepath.Clean(file)] {
				continue
			}
			seen[filepath.Clean(file)] = true
			data, rerr := os.ReadFile(file)
			if rerr != nil {
				errs = append(errs, readError(file, rerr))
				continue
			}
			w, root, ferrs := parse(file, data, known)
			errs = append(errs, ferrs...)
			if name := root.Get("name"); name.Valid() {
				if first, dup := names[name.Str()]; dup {
					errs = append(errs, name.Errorf("workload name %q is already used in %s:%d:%d",
						name.Str(), first.File(), first.Line(), first.Column()))
					continue
				}
				names[name.Str()] = name
			}
			if len(ferrs) == 0 {
				out = append(out, w)
			}
		}
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	return out, nil
}

// ExpandPaths lists the workload files paths name (each a file, or a directory's *.yaml and
// *.yml in name order), each once, for a caller that reads them itself; problems are a
// yamlspec.ErrorList of every path that does not exist or holds no workload file.
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
		for _, f := range files {
			if !seen[filepath.Clean(f)] {
				seen[filepath.Clean(f)] = true
				out = append(out, f)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

// expand lists the workload files a path names: itself, or a directory's *.yaml and *.yml.
func expand(path string) ([]string, *yamlspec.Error) {
	info, err := os.Stat(path)
	if err != nil {
		e := readError(path, err)
		return nil, &e
	}
	if !info.IsDir() {
		return []string{path}, nil
	}
	entries, err := os.ReadDir(path) // sorted by name
	if err != nil {
		e := readError(path, err)
		return nil, &e
	}
	var files []string
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if e.Type().IsRegular() && (ext == ".yaml" || ext == ".yml") {
			files = append(files, filepath.Join(path, e.Name()))
		}
	}
	if len(files) == 0 {
		return nil, &yamlspec.Error{File: path, Message: "no workload files (*.yaml or *.yml) in this directory"}
	}
	return files, nil
}

// readError describes a file that cannot be read, without repeating its name.
func readError(path string, err error) yamlspec.Error {
	msg := err.Error()
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		msg = "no such file or directory"
	case errors.As(err, &pe):
		msg = fmt.Sprintf("cannot %s: %v", pe.Op, pe.Err)
	}
	return yamlspec.Error{File: path, Message: msg}
}
