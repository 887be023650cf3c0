package cli

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/workloads"
)

// readmeBlock is a fenced block of README.md: its language and text, and the line its
// fence opens on.
type readmeBlock struct {
	lang, text string
	line       int
}

// readmeBlocks returns README.md's fenced blocks.
func readmeBlocks(t *testing.T) []readmeBlock {
	t.Helper()
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var blocks []readmeBlock
	var open *readmeBlock
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case open == nil && strings.HasPrefix(line, "```"):
			open = &readmeBlock{lang: strings.TrimPrefix(line, "```"), line: n}
		case open != nil && line == "```":
			blocks = append(blocks, *open)
			open = nil
		case open != nil:
			open.text += line + "\n"
		}
	}
	if open != nil {
		t.Fatalf("README.md:%d: a block is never closed", open.line)
	}
	return blocks
}

// Marks a README YAML block opens with, saying what it is when it is not a whole workload.
const (
	fragmentMark = "# fragment:"       // sections that go into a workload with name, traffic and function
	overlayMark  = "# --pricing file:" // a catalog overlay
)

// readmeFragmentBase is the workload a fragment block's sections are validated in.
const readmeFragmentBase = "name: readme-fragment\ntraffic: {requests_per_month: 1000000}\nfunction: {duration_ms: 100, memory_mb: 512}\n"

// readmePowerTuning is the Power Tuning output (its bare stats list) beside a README block
// that names results.json: sizes the block does not also measure, as the format requires.
const readmePowerTuning = `[{"value": 1024, "averageDuration": 120.5, "averagePrice": 0.0000021}, {"value": 2048, "averageDuration": 70.25, "averagePrice": 0.0000024}]`

// Every YAML block of the README validates as shown, by `breakeven validate`: a whole
// workload as it is; a block marked as a fragment (its first line "# fragment: ...") in a
// workload that has name, traffic and function, with the Power Tuning output it names beside
// it; a --pricing file (its first line "# --pricing file: ...") as an overlay.
func TestReadmeYAMLBlocksValidate(t *testing.T) {
	kinds := map[string]int{}
	for _, b := range readmeBlocks(t) {
		if b.lang != "yaml" {
			continue
		}
		dir := t.TempDir()
		write := func(name, text string) string {
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			return path
		}
		write("results.json", readmePowerTuning)
		var args []string
		switch first, _, _ := strings.Cut(b.text, "\n"); {
		case strings.HasPrefix(first, fragmentMark):
			kinds["fragment"]++
			args = []string{"validate", write("block.yaml", readmeFragmentBase+b.text)}
		case strings.HasPrefix(first, overlayMark):
			kinds["overlay"]++
			args = []string{"validate", "--pricing", write("block.yaml", b.text), "testdata/mobile-backend.yaml"}
		default:
			kinds["workload"]++
			args = []string{"validate", write("block.yaml", b.text)}
		}
		if code, _, stderr := run(t, args...); code != exitOK {
			t.Errorf("README.md:%d: the YAML block does not validate (exit %d):\n%s", b.line, code, stderr)
		}
	}
	if kinds["workload"] < 1 || kinds["fragment"] < 2 || kinds["overlay"] < 1 {
		t.Errorf("README's YAML blocks: %v; want the format's example, the fragments and the overlay", kinds)
	}
}

// readmeNotRun are the README's command lines that are not breakeven's, with why this test
// does not run them; a command line of the README's shell blocks that is neither breakeven's
// nor listed here fails the test, so a new one is classified.
var readmeNotRun = map[string]string{
	"CGO_ENABLED=0 go install github.com/breakeven/breakeven@latest":                                 "downloads from the module proxy: the tests never touch the network",
	"git clone https://github.com/breakeven/breakeven && cd breakeven && CGO_ENABLED=0 go install .": "clones from GitHub: the tests never touch the network",
	"go test ./...":                      "the test suite itself",
	"go test ./cli -update":              "regenerates golden files: the tests compare with them instead",
	"go test ./tui/... -update":          "regenerates golden files: the tests compare with them instead",
	"scripts/bench.sh":                   "about 10 minutes of timed runs on an idle machine; not part of the tests",
	"scripts/bench.sh -quick":            "minutes of timed runs on an idle machine; not part of the tests",
	"scripts/bench.sh -runs 9 -count 10": "longer still than scripts/bench.sh",
	"SCREENSHOT_WINDOW=1000,1500 scripts/screenshot.sh shots flat-api": "needs chromium; .ci/run runs scripts/screenshot.sh when it is installed",
}

// Every breakeven command of the README's shell blocks (`go run .` is breakeven from a
// checkout) and every command's help example runs and exits 0 with output, in a directory
// holding the files they name: orders-api.yaml (the init template), x.yaml (an example),
// mine.yaml (the README's own --pricing file) and dir/ (two examples). `breakeven` with or
// without a path opens the explorer only on a terminal: here, piped, it prints the price
// table, as a script sees it (the explorer is tested by tui's teatest and
// scripts/smoke-tui.sh). The other command lines are listed with why they are not run.
func TestReadmeCommandsRun(t *testing.T) {
	var overlay string
	var lines []string
	for _, b := range readmeBlocks(t) {
		if strings.HasPrefix(b.text, overlayMark) {
			overlay = b.text
		}
		if b.lang != "sh" {
			continue
		}
		for line := range strings.Lines(b.text) {
			if cmd, _, _ := strings.Cut(line, " # "); strings.TrimSpace(cmd) != "" {
				lines = append(lines, strings.TrimSpace(cmd))
			}
		}
	}
	var commands []string
	for _, line := range lines {
		switch {
		case line == "breakeven" || strings.HasPrefix(line, "breakeven "):
			commands = append(commands, line)
		case line == "go run ." || strings.HasPrefix(line, "go run . "):
			commands = append(commands, "breakeven"+strings.TrimPrefix(line, "go run ."))
		case readmeNotRun[line] != "":
			t.Logf("not run by design: %s: %s", line, readmeNotRun[line])
		default:
			t.Errorf("README command %q is neither breakeven's nor listed in readmeNotRun with a reason", line)
		}
	}
	if len(commands) < 12 || overlay == "" {
		t.Fatalf("found %d breakeven commands and overlay %v in the README", len(commands), overlay != "")
	}
	for _, c := range everyCommand() {
		commands = append(commands, c.example)
	}
	for _, line := range commands {
		runReadmeCommand(t, line, overlay)
	}
}

// everyCommand is every command, the explorer first.
func everyCommand() []command { return append([]command{explore()}, commands()...) }

// runReadmeCommand runs line, a breakeven command with at most a `< FILE` and a `> FILE`, in a
// new directory holding the files the README's commands name, and checks it exits 0 with
// output and nothing on stderr.
func runReadmeCommand(t *testing.T, line, overlay string) {
	t.Helper()
	args := strings.Fields(strings.TrimPrefix(line, "breakeven"))
	var stdinFile, stdoutFile string
	for i := 0; i < len(args); i++ {
		if (args[i] == "<" || args[i] == ">") && i+1 < len(args) {
			if args[i] == "<" {
				stdinFile = args[i+1]
			} else {
				stdoutFile = args[i+1]
			}
			args = append(args[:i], args[i+2:]...)
			i--
		}
	}
	dir := readmeFixtures(t, overlay, args)
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var stdin bytes.Buffer
	if stdinFile != "" {
		data, err := os.ReadFile(stdinFile)
		if err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		stdin.Write(data)
	}
	var stdout, stderr bytes.Buffer
	code := runWith(args, streams{stdin: &stdin, stdout: &stdout, stderr: &stderr})
	if code != exitOK || stdout.Len() == 0 || stderr.Len() > 0 {
		t.Errorf("%s: exit %d, %d bytes on stdout, stderr:\n%s", line, code, stdout.Len(), stderr.String())
	}
	if stdoutFile != "" {
		if err := os.WriteFile(stdoutFile, stdout.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// readmeFixtures makes a directory holding the files the README's commands name:
// orders-api.yaml (unless args init it), x.yaml, mine.yaml (overlay) and dir/ with two
// examples.
func readmeFixtures(t *testing.T, overlay string, args []string) string {
	t.Helper()
	dir := t.TempDir()
	template, err := workloads.Template("orders-api")
	if err != nil {
		t.Fatal(err)
	}
	names := workloads.ExampleNames()
	example := func(name string) string {
		src, err := workloads.ExampleSource(name)
		if err != nil {
			t.Fatal(err)
		}
		return string(src)
	}
	files := map[string]string{
		"x.yaml":                       example(names[0]),
		"mine.yaml":                    overlay,
		filepath.Join("dir", "a.yaml"): example(names[1]),
		filepath.Join("dir", "b.yaml"): example(names[2]),
	}
	if !(len(args) > 1 && args[0] == "init" && args[1] == "orders-api") {
		files["orders-api.yaml"] = string(template)
	}
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// Every command is shown in the README: some command line of its shell blocks runs it.
func TestReadmeShowsEveryCommand(t *testing.T) {
	shown := map[string]bool{}
	for _, b := range readmeBlocks(t) {
		if b.lang != "sh" {
			continue
		}
		for line := range strings.Lines(b.text) {
			if f := strings.Fields(line); len(f) > 1 && f[0] == "breakeven" {
				shown[f[1]] = true
			}
		}
	}
	for _, c := range commands() {
		if !shown[c.name] {
			t.Errorf("the README shows no `breakeven %s ...` command line", c.name)
		}
	}
}
