package workloads

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/platformtest"
)

func TestTemplate(t *testing.T) { checkTemplate(t) }

// TestTemplateWithAFourthPlatform: a registered platform's section is in the template, from
// its SectionTemplate, with no edit here (FlatRate's flatrate.base_usd and its default 20).
func TestTemplateWithAFourthPlatform(t *testing.T) {
	t.Cleanup(model.RegisterPlatform(platformtest.FlatRate{}))
	if src, _ := Template("x"); !strings.Contains(string(src), "flatrate:\n  # base_usd: 20 ") {
		t.Errorf("no flatrate section in the template:\n%s", src)
	}
	checkTemplate(t)
}

// checkTemplate checks that the template parses and names every key of the format with its
// default.
func checkTemplate(t *testing.T) {
	t.Helper()
	src, err := Template("orders-api")
	if err != nil {
		t.Fatal(err)
	}
	w, err := Parse("orders-api.yaml", src)
	if err != nil {
		t.Fatalf("the template does not parse:\n%v\n%s", err, src)
	}
	if w.Name != "orders-api" {
		t.Errorf("name = %q", w.Name)
	}
	// Every key of the format appears, and every default is shown as the table gives it.
	text := string(src)
	var walk func(prefix string, s *yamlspec.Spec)
	walk = func(prefix string, s *yamlspec.Spec) {
		for _, f := range s.Fields {
			if !strings.Contains(text, f.Key+":") {
				t.Errorf("the template lacks %s%s", prefix, f.Key)
			}
			if f.Default != "" && !strings.Contains(text, "# "+f.Key+": "+f.Default+" ") {
				t.Errorf("the template does not show %s%s's default %s", prefix, f.Key, f.Default)
			}
			if f.Spec.Kind == yamlspec.Object {
				walk(prefix+f.Key+".", f.Spec)
			}
		}
	}
	walk("", formatSpec())
}

func TestTemplateUncommented(t *testing.T) {
	// Uncommenting every optional line (but the alternative traffic key and the spot discount)
	// still gives a valid workload: the samples are valid values.
	src, _ := Template("x")
	var lines []string
	database := false // the commented database section stays commented: it needs all its keys
	for _, l := range strings.Split(string(src), "\n") {
		database = database || strings.HasPrefix(l, "# database:")
		setting := !database && (strings.HasPrefix(l, "  # ") || strings.HasPrefix(l, "# region:"))
		alternative := strings.Contains(l, "requests_per_second:") || strings.Contains(l, "spot_discount_percent:") ||
			strings.Contains(l, "with shape") || strings.Contains(l, "for example") ||
			strings.Contains(l, "provisioned_schedule") || strings.Contains(l, "with provisioned")
		if setting && !alternative {
			l = strings.Replace(l, "# ", "", 1)
		}
		lines = append(lines, l)
	}
	if _, err := Parse("x.yaml", []byte(strings.Join(lines, "\n"))); err != nil {
		t.Errorf("uncommented template: %v\n%s", err, strings.Join(lines, "\n"))
	}
}

func TestTemplateRejectsBadNames(t *testing.T) {
	for name, want := range map[string]string{
		"Orders API": `workload name: "Orders API" is not valid; expected a name of lowercase letters`,
		"-x":         `workload name: "-x" is not valid`,
		"":           `workload name: "" is not valid`,
		"a: b":       `workload name: "a: b" is not valid`,
	} {
		_, err := Template(name)
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("Template(%q) = %v, want %q...", name, err, want)
		}
	}
}
