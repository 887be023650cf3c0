package cli

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/breakeven/breakeven/internal/yamlspec"
)

// helpRequest is the error parseFlags returns for -h or --help: flags are the command's, for
// its usage.
type helpRequest struct{ flags *flag.FlagSet }

func (helpRequest) Error() string { return "help requested" }

// isHelpFlag says arg asks for help, as -h, -help and --help do anywhere among a command's
// flags.
func isHelpFlag(arg string) bool { return arg == "-h" || arg == "-help" || arg == "--help" }

// runHelp prints the general usage (no args) or the usage of the command args names, on
// stdout: `breakeven help price` is `breakeven price --help`.
func runHelp(args []string, std streams) int {
	if len(args) > 0 && isHelpFlag(args[0]) {
		args = append([]string{"help"}, args[1:]...) // `breakeven help --help`
	}
	switch {
	case len(args) == 0:
		fmt.Fprint(std.stdout, usage())
		return exitOK
	case len(args) > 1:
		fmt.Fprintf(std.stderr, "breakeven help: name at most one command\nusage: breakeven help [COMMAND]\n")
		return exitUsage
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		if c.run == nil { // help itself
			fmt.Fprint(std.stdout, commandHelp(c, flag.NewFlagSet(c.name, flag.ContinueOnError)))
			return exitOK
		}
		return runWith([]string{c.name, "--help"}, std)
	}
	fmt.Fprintf(std.stderr, "breakeven help: unknown command %q%s\nrun `breakeven help` for the commands\n", args[0], didYouMean(args[0], commandNames(), ""))
	return exitUsage
}

// commandNames lists the commands' names, for suggestions.
func commandNames() []string {
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	return names
}

// usage is breakeven's general help: every command with its synopsis.
func usage() string {
	var b strings.Builder
	b.WriteString("breakeven: what a workload costs on AWS Lambda, Fargate and EC2, side by side.\n\nusage:\n")
	for _, c := range append([]command{explore()}, commands()...) {
		fmt.Fprintf(&b, "  %s\n      %s\n", synopsis(c), c.summary)
	}
	b.WriteString("\n`breakeven COMMAND --help` or `breakeven help COMMAND` prints a command's flags, their defaults and an example.\n")
	b.WriteString("A month is 730 hours unless --month names one. Prices are embedded, dated and sourced: see `breakeven pricing`.\n")
	return b.String()
}

// synopsis is how c is called: "breakeven price [--format ...] [PATH...]".
func synopsis(c command) string {
	return strings.Join(strings.Fields("breakeven "+strings.TrimPrefix(c.name, exploreName)+" "+c.args), " ")
}

// commandHelp is c's usage: its synopsis, what it does, every flag in fs with its default,
// and an example.
func commandHelp(c command, fs *flag.FlagSet) string {
	var b strings.Builder
	fmt.Fprintf(&b, "usage: %s\n\n  %s\n\nflags:\n", synopsis(c), c.summary)
	type line struct{ flag, usage string }
	lines := []line{{"-h, --help", "print this help"}}
	fs.VisitAll(func(f *flag.Flag) {
		placeholder, text := flag.UnquoteUsage(f)
		if f.DefValue != "" {
			text += " (default: " + f.DefValue + ")"
		}
		lines = append(lines, line{"--" + f.Name + " " + placeholder, text})
	})
	width := 0
	for _, l := range lines {
		width = max(width, len(l.flag))
	}
	for _, l := range lines {
		fmt.Fprintf(&b, "  %-*s  %s\n", width, l.flag, l.usage)
	}
	fmt.Fprintf(&b, "\nexample:\n  %s\n", c.example)
	return b.String()
}

// flagError is the usage error of a flag fs refused, the flag written --NAME: an unknown flag
// names the closest one fs has, if any is close.
func flagError(fs *flag.FlagSet, err error) error {
	name, unknown := strings.CutPrefix(err.Error(), "flag provided but not defined: ")
	if !unknown { // a bad value, a missing one: named as the help names the flag
		msg := strings.Replace(err.Error(), "for flag -", "for flag --", 1)
		return usagef("%s", strings.Replace(msg, "needs an argument: -", "needs an argument: --", 1))
	}
	name = strings.TrimLeft(name, "-")
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	return usagef("unknown flag --%s%s", name, didYouMean(name, names, "--"))
}

// didYouMean returns ` (did you mean "X"?)`, or with a prefix (--) ` (did you mean --X?)`,
// naming the candidate closest to word (yamlspec.Suggest), or "" when none is close.
func didYouMean(word string, candidates []string, prefix string) string {
	s, ok := yamlspec.Suggest(word, candidates)
	switch {
	case !ok:
		return ""
	case prefix == "":
		return " (did you mean " + strconv.Quote(s) + "?)"
	}
	return " (did you mean " + prefix + s + "?)"
}
