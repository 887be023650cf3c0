package cli

import (
	"flag"
	"fmt"
	"runtime/debug"

	"github.com/breakeven/breakeven/pricing"
)

// runVersion prints breakeven's version and the embedded catalog's name and date.
func runVersion(args []string, std streams) error {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("takes no arguments")
	}
	cat, err := pricing.Load()
	if err != nil {
		return err
	}
	info, _ := debug.ReadBuildInfo()
	_, err = fmt.Fprint(std.stdout, versionText(info, cat))
	return err
}

// versionText is the version of the build info describes (its module's version, "devel" when
// built from a checkout or unknown, with the VCS revision when the build has one and whether
// the checkout was modified) and the catalog's name and date.
func versionText(info *debug.BuildInfo, cat *pricing.Catalog) string {
	return fmt.Sprintf("%s\ncatalog %s, as of %s\n", buildVersion(info), cat.Name, cat.AsOf)
}

// buildVersion is breakeven's version as the build info describes it: "breakeven devel",
// "breakeven v1.2.0, revision abc123 (modified)".
func buildVersion(info *debug.BuildInfo) string {
	version, revision, modified := "devel", "", false
	if info != nil {
		if v := info.Main.Version; v != "" && v != "(devel)" {
			version = v
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				revision = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	line := "breakeven " + version
	if revision != "" {
		line += ", revision " + revision
		if modified {
			line += " (modified)"
		}
	}
	return line
}
