package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

// floorCommand makes this command the batch measures' floor: read every workload file of a
// directory and decode its YAML, one file after another, and nothing else.
const floorCommand = "-floor-read-and-decode"

// readAndDecode is the floor of price of a directory of workload files: each *.yaml read and
// decoded into a YAML node tree, as every reader of them must.
func readAndDecode(dir string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return err
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err != nil {
			return fmt.Errorf("%s: %v", f, err)
		}
	}
	return nil
}

// prepare builds the binaries and writes the files the measures read into dir.
func prepare(dir string, quick bool) (inputs, error) {
	in := inputs{breakeven: scratch(dir, "breakeven"), breakevenCgo: scratch(dir, "breakeven-cgo"), hello: scratch(dir, "hello"), one: scratch(dir, "one.yaml"),
		files1k: scratch(dir, "files-1000"), files10k: scratch(dir, "files-10000")}
	var err error
	if in.self, err = os.Executable(); err != nil {
		return in, err
	}
	if in.diurnalAPI, err = filepath.Abs(filepath.Join("scripts", "bench", "testdata", "diurnal-api.yaml")); err != nil {
		return in, err
	}
	if in.everything, err = filepath.Abs(filepath.Join("scripts", "bench", "testdata", "everything.yaml")); err != nil {
		return in, err
	}
	if err := command("", nil, "go", "build", "-o", in.breakevenCgo, "."); err != nil {
		return in, err
	}
	if err := command("", []string{"CGO_ENABLED=0"}, "go", "build", "-o", in.breakeven, "."); err != nil {
		return in, err
	}
	if err := buildHello(dir, in.hello); err != nil {
		return in, err
	}
	one, err := os.ReadFile(filepath.Join("workloads", "examples", "flat-api.yaml"))
	if err != nil {
		return in, err
	}
	if err := os.WriteFile(in.one, one, 0o644); err != nil {
		return in, err
	}
	if err := generate(in.files1k, 1000); err != nil {
		return in, err
	}
	if !quick {
		if err := generate(in.files10k, 10000); err != nil {
			return in, err
		}
	}
	in.revision = revision()
	return in, nil
}

// buildHello builds a Go program that prints hello, world: the start-up's floor.
func buildHello(dir, out string) error {
	src := filepath.Join(dir, "hello-src")
	if err := os.MkdirAll(src, 0o755); err != nil {
		return err
	}
	files := map[string]string{
		"go.mod":  "module hello\n\ngo 1.26\n",
		"main.go": "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello, world\") }\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(src, name), []byte(text), 0o644); err != nil {
			return err
		}
	}
	return command(src, nil, "go", "build", "-o", out, ".")
}

var nameLine = regexp.MustCompile(`(?m)^name: (.+)$`)

// generate writes n workload files into dir: the built-in examples in turn, each renamed
// w00042-NAME so that no name is used twice.
func generate(dir string, n int) error {
	examples, err := filepath.Glob(filepath.Join("workloads", "examples", "*.yaml"))
	if err != nil || len(examples) == 0 {
		return fmt.Errorf("no examples in workloads/examples: %v", err)
	}
	var sources [][]byte
	for _, e := range examples {
		data, err := os.ReadFile(e)
		if err != nil {
			return err
		}
		sources = append(sources, data)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i := range n {
		src := sources[i%len(sources)]
		renamed := nameLine.ReplaceAll(src, fmt.Appendf(nil, "name: w%05d-$1", i))
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("w%05d.yaml", i)), renamed, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// revision is the commit measured, "+changes" when the tree has uncommitted ones.
func revision() string {
	out, err := exec.Command("git", "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return "(not a git checkout)"
	}
	rev := strings.TrimSpace(string(out))
	if status, err := exec.Command("git", "status", "--porcelain", "--untracked-files=no").Output(); err == nil && len(bytes.TrimSpace(status)) > 0 {
		rev += "+changes"
	}
	return rev
}

// command runs name with args in dir ("" for this one) with env added to the environment,
// failing with its output.
func command(dir string, env []string, name string, args ...string) error {
	c := exec.Command(name, args...)
	c.Dir = dir
	c.Env = append(append(os.Environ(), "GOWORK=off"), env...)
	if out, err := c.CombinedOutput(); err != nil {
		return fmt.Errorf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return nil
}
