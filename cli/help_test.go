package cli

import (
	"flag"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/pricing"
)

// `breakeven CMD --help`, `-h` anywhere among its arguments and `breakeven help CMD` print the
// same usage on stdout, exit 0: the synopsis, every flag the command parses with its default,
// and an example. The general help lists every command.
func TestCommandHelp(t *testing.T) {
	for _, c := range commands() {
		_, want, _ := run(t, "help", c.name)
		variants := [][]string{{c.name, "--help"}, {c.name, "-h"}, {"help", c.name}}
		if c.name != "help" {
			variants = append(variants, []string{c.name, "x.yaml", "-h", "y.yaml"})
		}
		for _, args := range variants {
			code, stdout, stderr := run(t, args...)
			if code != exitOK || stderr != "" || stdout != want {
				t.Errorf("%v: exit %d, stderr %q, stdout %q; want exit 0 and %q", args, code, stderr, stdout, want)
			}
		}
		if !strings.HasPrefix(want, "usage: "+synopsis(c)+"\n\n  "+c.summary+"\n\nflags:\n  -h, --help") || !strings.HasSuffix(want, "\nexample:\n  "+c.example+"\n") {
			t.Errorf("help %s:\n%s", c.name, want)
		}
		// Every flag the command defines is listed, with its default.
		fs := flagsOf(t, c)
		fs.VisitAll(func(f *flag.Flag) {
			var line string
			for l := range strings.Lines(want) {
				if strings.HasPrefix(strings.TrimSpace(l), "--"+f.Name+" ") {
					line = l
				}
			}
			if !strings.Contains(line, "default") {
				t.Errorf("help %s: flag --%s is not listed with its default: %q", c.name, f.Name, line)
			}
		})
	}
	_, general, _ := run(t, "help")
	for _, args := range [][]string{{"--help"}, {"-h"}, {"--month", "2026-11", "-h"}} {
		if code, stdout, _ := run(t, args...); code != exitOK || stdout != general {
			t.Errorf("%v: exit %d, not the general help", args, code)
		}
	}
	for _, c := range commands() {
		if !strings.Contains(general, "\n  "+synopsis(c)+"\n      "+c.summary+"\n") {
			t.Errorf("the general help does not list %s", c.name)
		}
	}
	code, stdout, stderr := run(t, "help", "prcie")
	if code != exitUsage || stdout != "" || stderr != "breakeven help: unknown command \"prcie\" (did you mean \"price\"?)\nrun `breakeven help` for the commands\n" {
		t.Errorf("help prcie: exit %d, %q, %q", code, stdout, stderr)
	}
}

// flagsOf returns the flags c parses, as its help request carries them.
func flagsOf(t *testing.T, c command) *flag.FlagSet {
	t.Helper()
	if c.run == nil {
		return flag.NewFlagSet(c.name, flag.ContinueOnError)
	}
	err := c.run([]string{"--help"}, streams{})
	help, ok := err.(helpRequest)
	if !ok {
		t.Fatalf("%s --help: %v", c.name, err)
	}
	return help.flags
}

// A mistyped command or flag names the closest one, with exit 2 and nothing on stdout; a word
// far from every command is only refused.
func TestDidYouMean(t *testing.T) {
	cases := []struct {
		args   []string
		stderr string
	}{
		{[]string{"prcie"}, "breakeven: unknown command \"prcie\" (did you mean \"price\"?)\n"},
		{[]string{"comapre", "x.yaml"}, "breakeven: unknown command \"comapre\" (did you mean \"compare\"?)\n"},
		{[]string{"verison"}, "breakeven: unknown command \"verison\" (did you mean \"version\"?)\n"},
		{[]string{"price", "--formt", "json"}, "breakeven price: unknown flag --formt (did you mean --format?)\n"},
		{[]string{"price", "-months-ahaed=3"}, "breakeven price: unknown flag --months-ahaed (did you mean --months-ahead?)\n"},
		{[]string{"sweep", "--size", "all"}, "breakeven sweep: unknown flag --size (did you mean --sizes?)\n"},
		{[]string{"compare", "--zzzzzz"}, "breakeven compare: unknown flag --zzzzzz\n"},
		{[]string{"price", "--months-ahead", "x"}, "breakeven price: invalid value \"x\" for flag --months-ahead: parse error\n"},
		{[]string{"price", "--format"}, "breakeven price: flag needs an argument: --format\n"},
	}
	for _, c := range cases {
		code, stdout, stderr := run(t, c.args...)
		if code != exitUsage || stdout != "" || !strings.HasPrefix(stderr, c.stderr) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and stderr starting %q", c.args, code, stdout, stderr, c.stderr)
		}
	}
}

// `breakeven --version` and `breakeven version` print the version and the catalog's name and
// date; the version is the module's, "devel" from a checkout, with the VCS revision.
func TestVersion(t *testing.T) {
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	want := versionText(readBuildInfo(), cat)
	for _, args := range [][]string{{"--version"}, {"version"}, {"-version"}} {
		if code, stdout, stderr := run(t, args...); code != exitOK || stderr != "" || stdout != want {
			t.Errorf("%v: exit %d, %q, %q; want %q", args, code, stdout, stderr, want)
		}
	}
	if !strings.HasSuffix(want, "\ncatalog aws-public, as of "+cat.AsOf+"\n") || cat.AsOf == "" {
		t.Errorf("version: %q", want)
	}
	if code, _, stderr := run(t, "version", "extra"); code != exitUsage || !strings.Contains(stderr, "takes no arguments") {
		t.Errorf("version extra: exit %d, %q", code, stderr)
	}
	cases := []struct {
		info *debug.BuildInfo
		want string
	}{
		{nil, "breakeven devel\n"},
		{&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "breakeven devel\n"},
		{&debug.BuildInfo{Main: debug.Module{Version: "v1.4.0"}}, "breakeven v1.4.0\n"},
		{&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "f98fff8c0ffee"}, {Key: "vcs.modified", Value: "true"},
		}}, "breakeven devel, revision f98fff8c0ffee (modified)\n"},
		{&debug.BuildInfo{Main: debug.Module{Version: "v1.4.0"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "f98fff8c0ffee"}, {Key: "vcs.modified", Value: "false"},
		}}, "breakeven v1.4.0, revision f98fff8c0ffee\n"},
	}
	for _, c := range cases {
		if got := versionText(c.info, cat); got != c.want+"catalog aws-public, as of "+cat.AsOf+"\n" {
			t.Errorf("versionText(%+v) = %q, want %q", c.info, got, c.want)
		}
	}
}

// readBuildInfo is the test binary's build information, as runVersion reads its own.
func readBuildInfo() *debug.BuildInfo {
	info, _ := debug.ReadBuildInfo()
	return info
}
