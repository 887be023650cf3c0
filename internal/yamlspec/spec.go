// Package yamlspec decodes YAML strictly against a spec table and reports every problem with
// its file, line and column. The same table gives the JSON Schema of the format, so a key is
// declared once: its type, range, choices, documentation and default live in one place.
//
// yamlspec is a leaf package: it imports nothing of breakeven's.
package yamlspec

import (
	"errors"
	"fmt"
	"regexp"
	"sync"

	"github.com/shopspring/decimal"
	"go.yaml.in/yaml/v3"
)

// Kind is the type of value a Spec accepts.
type Kind int

// The kinds of value a Spec can describe.
const (
	Object  Kind = iota // a mapping with a fixed set of keys (Spec.Fields)
	Map                 // a mapping from free-form keys to values of one Spec (Spec.Elem)
	List                // a sequence of values of one Spec (Spec.Elem)
	String              // a scalar taken as text
	Int                 // a whole number written in decimal digits
	Decimal             // a decimal number written in decimal digits, with an optional point
	Bool                // true or false
)

// String returns the kind's name as used in messages about the spec itself.
func (k Kind) String() string {
	switch k {
	case Object:
		return "object"
	case Map:
		return "map"
	case List:
		return "list"
	case String:
		return "string"
	case Int:
		return "int"
	case Decimal:
		return "decimal"
	case Bool:
		return "bool"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Spec describes the values allowed at one place in a document. Only the fields that apply to
// its Kind are used.
type Spec struct {
	Kind Kind
	// Doc is one line describing the value, used as its JSON Schema description.
	Doc string

	// Fields are the keys an Object allows, in documented order.
	Fields []Field
	// ExactlyOne names keys of an Object of which exactly one must be given.
	ExactlyOne []string

	// Elem is the Spec of a Map's values or a List's elements.
	Elem *Spec
	// MaxItems is the most elements a List may have (0: no limit).
	MaxItems int
	// KeyPattern is a regexp every key of a Map must match (optional); KeyDoc says what it
	// expects, e.g. "an AWS region code such as us-east-1".
	KeyPattern string
	KeyDoc     string

	// Enum lists the values a String allows (none: any).
	Enum []string
	// Pattern is a regexp a String must match (optional); PatternDoc says what it expects.
	Pattern    string
	PatternDoc string
	// MaxLength is the most characters a String with a Pattern may have (0: no limit), part
	// of the rule PatternDoc states: a longer one is refused as one the pattern does not
	// match. A length in a pattern ({0,61}) costs its compiling some 20 µs at every start.
	MaxLength int

	// Min and Max bound an Int or Decimal, as decimal strings ("" for no bound). Both are
	// inclusive, unless ExclusiveMin is set: then the value must be greater than Min.
	Min, Max     string
	ExclusiveMin bool
	// MaxPlaces is the most digits a Decimal may have after the point (0: no limit).
	// Trailing zeros do not count: 0.500 has one place.
	MaxPlaces int32
	// Quotes says whether an Int or Decimal may, or must, be written in quotes.
	Quotes Quoting
}

// Quoting says whether a number may be written as a quoted string.
type Quoting int

// The ways a number may be written. Whatever the quoting, the text inside must be plain
// decimal digits.
const (
	// Unquoted numbers only (the default): "512" in quotes is text, and a type error.
	Unquoted Quoting = iota
	// QuotesAllowed accepts 0.20 and "0.20" alike.
	QuotesAllowed
	// QuotesRequired accepts only "0.20": a price catalog quotes its prices so that no YAML
	// reader elsewhere takes them for floats.
	QuotesRequired
)

// Field is one key an Object allows.
type Field struct {
	Key      string
	Spec     *Spec
	Required bool
	// Default is the value used when the key is absent, written as in YAML. It is shown in
	// the schema and the docs; the caller applies it (see Spec.Field).
	Default string
	// When makes the key conditional: it is required when the sibling key When.Key has the
	// value When.Value (the sibling's Default counting when it is absent), and not allowed
	// otherwise.
	When *When
}

// When is the condition of a conditional Field.
type When struct {
	Key, Value string
}

// Field returns the Object field with the given key, or nil.
func (s *Spec) Field(key string) *Field {
	if s == nil {
		return nil
	}
	for i := range s.Fields {
		if s.Fields[i].Key == key {
			return &s.Fields[i]
		}
	}
	return nil
}

// keys returns the keys of an Object, in documented order.
func (s *Spec) keys() []string {
	keys := make([]string, len(s.Fields))
	for i, f := range s.Fields {
		keys[i] = f.Key
	}
	return keys
}

var regexps sync.Map // pattern string -> *regexp.Regexp

// compiled returns the compiled form of a pattern from a spec table. The table is checked by
// Check in tests, so a bad pattern is a programming error.
func compiled(pattern string) *regexp.Regexp {
	if re, ok := regexps.Load(pattern); ok {
		return re.(*regexp.Regexp)
	}
	re := regexp.MustCompile(pattern)
	regexps.Store(pattern, re)
	return re
}

// Check reports mistakes in a spec table itself: patterns that do not compile, bounds that are
// not decimals, defaults that the spec would reject, conditions naming keys that do not exist.
// Call it from a test of every package that declares a table.
func (s *Spec) Check() error {
	var errs []error
	s.check("", &errs, map[*Spec]bool{})
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("yamlspec: bad spec table: %w", errors.Join(errs...))
}

func (s *Spec) check(path string, errs *[]error, seen map[*Spec]bool) {
	bad := func(format string, args ...any) {
		*errs = append(*errs, fmt.Errorf("%s: %s", orRoot(path), fmt.Sprintf(format, args...)))
	}
	if s == nil {
		bad("nil spec")
		return
	}
	if seen[s] {
		bad("spec refers to itself")
		return
	}
	seen[s] = true
	defer delete(seen, s)
	for _, p := range []string{s.Pattern, s.KeyPattern} {
		if p == "" {
			continue
		}
		if _, err := regexp.Compile(p); err != nil {
			bad("pattern %q: %v", p, err)
		}
	}
	if s.Pattern != "" && s.PatternDoc == "" {
		bad("Pattern without PatternDoc")
	}
	if s.MaxLength != 0 && (s.Pattern == "" || s.MaxLength < 0) {
		bad("MaxLength %d without a Pattern, or below zero", s.MaxLength)
	}
	if s.KeyPattern != "" && s.KeyDoc == "" {
		bad("KeyPattern without KeyDoc")
	}
	for _, b := range []string{s.Min, s.Max} {
		if b == "" {
			continue
		}
		if !plainDecimal().MatchString(b) || b[0] == '.' {
			bad("bound %q is not a decimal string", b)
		} else if s.Kind == Int && !plainInt().MatchString(b) {
			bad("bound %q of an int is not a whole number", b)
		}
	}
	switch s.Kind {
	case Object:
		seenKeys := map[string]bool{}
		for _, f := range s.Fields {
			if seenKeys[f.Key] {
				bad("key %q declared twice", f.Key)
			}
			seenKeys[f.Key] = true
			f.Spec.check(join(path, f.Key), errs, seen)
			if f.Default != "" && f.Spec != nil {
				if err := f.Spec.CheckText(f.Default); err != nil {
					bad("default of %q: %v", f.Key, err)
				}
			}
			if f.When != nil {
				if f.Required {
					bad("%q is both Required and conditional", f.Key)
				}
				if s.Field(f.When.Key) == nil {
					bad("%q depends on unknown key %q", f.Key, f.When.Key)
				}
			}
		}
		for _, k := range s.ExactlyOne {
			if f := s.Field(k); f == nil {
				bad("ExactlyOne names unknown key %q", k)
			} else if f.Required {
				bad("ExactlyOne names required key %q", k)
			}
		}
	case Map, List:
		s.Elem.check(path+"[]", errs, seen)
	}
	if s.MaxItems != 0 && (s.Kind != List || s.MaxItems < 0) {
		bad("MaxItems %d on a %s", s.MaxItems, s.Kind)
	}
}

// CheckText reports whether text, written as a YAML scalar, is a value s allows; the error
// says why not, in the words Decode would use. It serves defaults and names given on a command
// line (such as `breakeven init NAME`).
func (s *Spec) CheckText(text string) error {
	var doc yaml.Node
	if s.Kind == String || yaml.Unmarshal([]byte("v: "+text), &doc) != nil || len(doc.Content) != 1 ||
		len(doc.Content[0].Content) != 2 || doc.Content[0].Content[1].Kind != yaml.ScalarNode {
		// A String, or text that is not a plain scalar (it holds ": " or starts with "["):
		// test it as a quoted string.
		doc = yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{{Kind: yaml.MappingNode, Content: []*yaml.Node{
			{Kind: yaml.ScalarNode, Tag: "!!str", Value: "v"},
			{Kind: yaml.ScalarNode, Tag: "!!str", Value: text, Style: yaml.DoubleQuotedStyle},
		}}}}
	}
	d := &decoder{budget: 100}
	d.value(s, doc.Content[0].Content[1], nil, "")
	if len(d.errs) > 0 {
		return fmt.Errorf("%s", d.errs[0].Message)
	}
	return nil
}

var bounds sync.Map // bound string -> decimal.Decimal

// decimalBound parses a bound from a spec table ("" gives ok false), once for every value
// checked against it.
func decimalBound(b string) (decimal.Decimal, bool) {
	if b == "" {
		return decimal.Decimal{}, false
	}
	if d, ok := bounds.Load(b); ok {
		return d.(decimal.Decimal), true
	}
	d, err := decimal.NewFromString(b)
	if err != nil {
		return decimal.Decimal{}, false
	}
	bounds.Store(b, d)
	return d, true
}
