package workloads

// How write-back writes a value: as the workload format reads it, quoted where plain YAML
// would read it otherwise.

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"go.yaml.in/yaml/v3"
)

// specFor returns the workload format's spec of the dotted key (through the items of its
// lists: flow[1].duration_ms is a flow step's duration_ms), or nil when the format does not
// say.
func specFor(segs []string) *yamlspec.Spec {
	s := formatSpec()
	for _, raw := range segs {
		seg, _ := parseSegment(raw)
		switch {
		case s == nil:
			return nil
		case s.Kind == yamlspec.Object:
			f := s.Field(seg.key)
			if f == nil {
				return nil
			}
			s = f.Spec
		case s.Kind == yamlspec.Map:
			s = s.Elem
		default:
			return nil
		}
		if seg.listItem() {
			if s == nil || s.Kind != yamlspec.List {
				return nil
			}
			s = s.Elem
		}
	}
	return s
}

// plainScalar reports whether text, written plain as a value (in a flow mapping when flow),
// reads back as exactly text, and with which tag.
func plainScalar(text string, flow bool) (ok bool, tag string) {
	if text == "" || strings.ContainsAny(text, "\r\n\u0085\u2028\u2029") {
		return false, ""
	}
	src := "k: " + text
	if flow {
		src = "{k: " + text + "}"
	}
	var n yaml.Node
	if yaml.Unmarshal([]byte(src), &n) != nil || len(n.Content) != 1 {
		return false, ""
	}
	m := n.Content[0]
	if m.Kind != yaml.MappingNode || len(m.Content) != 2 {
		return false, ""
	}
	v := m.Content[1]
	if v.Kind != yaml.ScalarNode || v.Style != 0 || v.Anchor != "" || v.Value != text {
		return false, ""
	}
	return true, v.Tag
}

// yaml11 matches plain text that YAML 1.1 readers take for a boolean or a base-60 number,
// although YAML 1.2 reads it as text.
var yaml11 = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?i:y|n|yes|no|on|off)$|^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$`)
})

// render writes value as a scalar for a key of spec s (nil: unknown) whose old value had the
// given style.
func render(value string, s *yamlspec.Spec, old yaml.Style, flow bool) (string, error) {
	if !utf8.ValidString(value) {
		return "", errors.New("the new value is not UTF-8 text")
	}
	quoted := old&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0
	plain, tag := plainScalar(value, flow)
	switch {
	case s != nil && (s.Kind == yamlspec.Int || s.Kind == yamlspec.Decimal):
		if s.Quotes == yamlspec.QuotesRequired || (s.Quotes == yamlspec.QuotesAllowed && quoted) {
			return quote(value, old), nil
		}
	case s != nil && s.Kind == yamlspec.Bool:
	case s != nil && s.Kind == yamlspec.String:
		if quoted || tag != "!!str" || yaml11().MatchString(value) {
			return quote(value, old), nil
		}
	default:
		if quoted {
			return quote(value, old), nil
		}
	}
	if !plain {
		return quote(value, old), nil
	}
	return value, nil
}

// quote writes text single-quoted when the old value was and text allows it, else
// double-quoted. Go's escapes (\n, \t, \x1b, \u2028, ...) are YAML's too.
func quote(text string, old yaml.Style) string {
	if old&yaml.SingleQuotedStyle != 0 && strings.IndexFunc(text, func(r rune) bool { return !unicode.IsPrint(r) }) < 0 {
		return "'" + strings.ReplaceAll(text, "'", "''") + "'"
	}
	return strconv.Quote(text)
}

// renderKey writes a new key plain when YAML reads it back as itself, else double-quoted.
func renderKey(key string) string {
	var n yaml.Node
	if yaml.Unmarshal([]byte(key+": x"), &n) == nil && len(n.Content) == 1 {
		m := n.Content[0]
		if m.Kind == yaml.MappingNode && len(m.Content) == 2 && m.Content[0].Style == 0 &&
			m.Content[0].Kind == yaml.ScalarNode && m.Content[0].Value == key && m.Content[0].Tag == "!!str" {
			return key
		}
	}
	return strconv.Quote(key)
}
