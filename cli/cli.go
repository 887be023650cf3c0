// Package cli is breakeven's command line, the top floor (main.go alone imports it): it parses
// arguments, runs a command and maps its outcome to an exit code. Commands write their output
// to a buffer and copy it to stdout only when they succeed, so invalid input leaves stdout
// empty; price, once every input is checked, streams its output instead (see output).
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/breakeven/breakeven/internal/yamlspec"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // anything but bad input
	exitUsage = 2 // invalid input or usage
)

// usageError is a mistake in how the command was called.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// inputError wraps a problem with the user's files (not found, unreadable): exit code 2.
type inputError struct{ err error }

func (e inputError) Error() string { return e.err.Error() }
func (e inputError) Unwrap() error { return e.err }

// streams are what a command reads and writes besides its arguments: standard input (the
// path "-"), its output and the notices it says on the way (files skipped).
type streams struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// command is one of breakeven's commands: its name, the synopsis of its arguments, what it
// does, an example of its use (run by the tests) and how it runs.
type command struct {
	name    string
	args    string
	summary string
	example string
	run     func(args []string, std streams) error
}

func commands() []command {
	return []command{
		{"price", "[--format table|json|markdown|csv] [--pricing FILE] [--month YYYY-MM] [--months-ahead N] [--platforms IDS] [PATH...]", "price workload files (or directories of them; - reads one from standard input) on Lambda, Fargate and EC2; no PATH prices the built-in examples", "breakeven price --format markdown orders-api.yaml", runPrice},
		{"compare", "[--format table|json|markdown|csv] [--pricing FILE] [--month YYYY-MM] [--months N] [--platforms IDS] [PATH...]", "decide: break-even of every pair of platforms, memory sweep, right-sizing, hybrid split, growth, scenarios, sensitivity and recommendations with their savings", "breakeven compare --months 24 orders-api.yaml", runCompare},
		{"commit", "[--format table|json|markdown|csv] [--pricing FILE] [--month YYYY-MM] [--term 1y|3y] [--months N] [--platforms IDS] [PATH...]", "plan the Compute Savings Plan commitment in dollars an hour that makes the portfolio's month least, hour by hour as AWS applies it, with the EC2 instances worth reserving", "breakeven commit --term 3y dir/", runCommit},
		{"sweep", "[--format table|json|markdown|csv] [--arch x86_64|arm64|both] [--sizes all|LIST] [--power-tuning FILE] [--pricing FILE] [--month YYYY-MM] [--platforms IDS] [PATH...]", "sweep Lambda memory (128 to 10,240 MB) on x86_64 and arm64: cost and duration per size and the cheapest, fastest and balanced choices for the month's bill", "breakeven sweep --arch arm64 --sizes 512,1024,2048 orders-api.yaml", runSweep},
		{"report", "[--out FILE] [--pricing FILE] [--month YYYY-MM] [--months N] [--platforms IDS] [PATH...]", "write the decision as one self-contained HTML document for proposals: summary, charts (inline SVG) with their data, every bill with its sources, assumptions; prints to PDF", "breakeven report orders-api.yaml > proposal.html", runReport},
		{"validate", "[--pricing FILE] PATH...", "check workload files and report every problem", "breakeven validate orders-api.yaml", runValidate},
		{"init", "NAME [--dir DIR]", "write a commented workload template NAME.yaml (and workload.schema.json) to start from", "breakeven init orders-api", runInit},
		{"examples", "[NAME]", "list the built-in example workloads, or print one", "breakeven examples image-thumbnails > image-thumbnails.yaml", runExamples},
		{"schema", "", "print the JSON Schema of the workload format, for editors", "breakeven schema > workload.schema.json", runSchema},
		{"pricing", "[--region R] [--format table|json] [--pricing FILE]", "print the price catalog with the source and date of every rate", "breakeven pricing --region eu-west-1", runPricing},
		{"version", "", "print breakeven's version and the embedded catalog's name and date", "breakeven version", runVersion},
		{"help", "[COMMAND]", "print this help, or a command's usage with every flag", "breakeven help price", nil},
	}
}

// explore is the default command: the explorer (or the price table off a terminal).
func explore() command {
	return command{exploreName, "[--month YYYY-MM] [--pricing FILE] [--platforms IDS] [PATH...]", "explore workloads interactively on a terminal (no PATH: the built-in examples); piped, print the price table", "breakeven orders-api.yaml", runExplore}
}

// Run runs breakeven with args (without the program name) and returns the exit code. With no
// command (no arguments, or only paths and flags), it opens the explorer on a terminal and
// prints the price table otherwise. The path "-" reads a workload from os.Stdin.
func Run(args []string, stdout, stderr io.Writer) int {
	return runWith(args, streams{stdin: os.Stdin, stdout: stdout, stderr: stderr})
}

// runWith is Run with its standard input given.
func runWith(args []string, std streams) (code int) {
	defer recoverBug(std.stderr, &code)
	if len(args) > 0 && isHelpFlag(args[0]) {
		args = append([]string{"help"}, args[1:]...)
	}
	if len(args) > 0 && (args[0] == "--version" || args[0] == "-version") {
		args = append([]string{"version"}, args[1:]...)
	}
	c, ok := commandFor(args)
	if !ok {
		fmt.Fprintf(std.stderr, "breakeven: unknown command %q%s\nrun `breakeven help` for the commands\n", args[0], didYouMean(args[0], commandNames(), ""))
		return exitUsage
	}
	if c.name == "help" {
		return runHelp(args[1:], std)
	}
	rest := args
	if c.name != exploreName {
		rest = args[1:]
	}
	out := &output{stdout: std.stdout}
	cmdStd := std
	cmdStd.stdout = out
	if c.name == exploreName && isTerminal(std.stdout) {
		cmdStd.stdout = std.stdout // the explorer draws on the terminal itself
	}
	if err := c.run(rest, cmdStd); err != nil {
		var help helpRequest
		if errors.As(err, &help) && c.name == exploreName {
			fmt.Fprint(std.stdout, usage()) // `breakeven --month 2026-11 -h`
			return exitOK
		}
		if errors.As(err, &help) {
			fmt.Fprint(std.stdout, commandHelp(c, help.flags))
			return exitOK
		}
		return printError(std.stderr, c, err)
	}
	if err := out.finish(); err != nil {
		fmt.Fprintf(std.stderr, "breakeven: %v\n", err)
		return exitError
	}
	return exitOK
}

// recoverBug, deferred, turns a panic into exit code 1 and one line on stderr. A panic is a
// bug in breakeven, never a problem with the input: no stack trace, not the 2 of bad input,
// nothing more on stdout (commands write there only when they succeed; price, streaming, stops
// where the bug struck).
func recoverBug(stderr io.Writer, code *int) {
	if r := recover(); r != nil {
		fmt.Fprintf(stderr, "breakeven: internal error: %v\nThis is a bug in breakeven, not a problem with your input; please report it with the command and the files it read.\n", r)
		*code = exitError
	}
}

// exploreName names the default command, explore.
const exploreName = "explore"

// commandFor picks the command args call: a command's name, or, when the first argument is
// a flag, a workload path or nothing, the explorer. A word that is none of these is an unknown
// command (false).
func commandFor(args []string) (command, bool) {
	if len(args) == 0 {
		return explore(), true
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c, true
		}
	}
	a := args[0]
	if _, err := os.Stat(a); err == nil || strings.HasPrefix(a, "-") || strings.HasSuffix(a, ".yaml") || strings.HasSuffix(a, ".yml") || strings.ContainsAny(a, "/\\") {
		return explore(), true
	}
	return command{}, false
}

// printError prints err and returns its exit code.
func printError(stderr io.Writer, c command, err error) int {
	var list yamlspec.ErrorList
	var ue usageError
	var ie inputError
	switch {
	case errors.As(err, &list):
		list.Sort()
		fmt.Fprint(stderr, list.Capped().Error()+"\n")
		n := list.Count()
		fmt.Fprintf(stderr, "breakeven %s: %d %s\n", c.name, n, plural(n, "problem", "problems"))
		return exitUsage
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "breakeven %s: %s\nusage: %s\n", c.name, ue.msg, synopsis(c))
		return exitUsage
	case errors.As(err, &ie):
		fmt.Fprintf(stderr, "breakeven %s: %v\n", c.name, ie.err)
		return exitUsage
	}
	fmt.Fprintf(stderr, "breakeven %s: %v\n", c.name, err)
	return exitError
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// parseFlags parses flags anywhere among args (Go's flag package stops at the first
// positional argument) and returns the positional ones.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, helpRequest{fs}
			}
			return nil, flagError(fs, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		if args[0] == "--" {
			return append(positional, args[1:]...), nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// listFlag collects a flag given several times.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }
