package yamlspec

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// Schema returns the JSON Schema (draft 2020-12) of documents spec accepts, with the given
// $id and title: indented, with keys in a fixed order, so the output is byte-for-byte
// deterministic and can be committed and compared. Objects forbid unknown keys; ranges, choices,
// patterns, required keys, defaults and descriptions all come from the spec table.
//
// What JSON Schema cannot say is left to Decode: numbers must be written in plain decimal
// digits, and a decimal's places are limited (the limit is stated in the description).
func Schema(spec *Spec, id, title string) []byte {
	root := obj{
		{"$schema", "https://json-schema.org/draft/2020-12/schema"},
		{"$id", id},
		{"title", title},
	}
	root = append(root, schemaOf(spec, true)...)
	var b bytes.Buffer
	write(&b, root, "")
	b.WriteByte('\n')
	return b.Bytes()
}

// obj is a JSON object that keeps its keys in order.
type obj []member

type member struct {
	key string
	val any // string, bool, int, rawNumber, []string, []any or obj
}

// rawNumber is a number written out as the spec table wrote it.
type rawNumber string

func schemaOf(s *Spec, root bool) obj {
	var o obj
	if doc := description(s); doc != "" {
		o = append(o, member{"description", doc})
	}
	switch s.Kind {
	case Object:
		if root {
			o = append(o, member{"type", "object"})
		} else {
			// An empty section ("lambda:" with nothing under it) is read as an empty mapping.
			o = append(o, member{"type", []any{"object", "null"}})
		}
		props := obj{}
		var required []string
		for _, f := range s.Fields {
			p := schemaOf(f.Spec, false)
			if f.Default != "" {
				p = append(p, member{"default", defaultValue(f)})
			}
			props = append(props, member{f.Key, p})
			if f.Required {
				required = append(required, f.Key)
			}
		}
		o = append(o, member{"properties", props})
		if len(required) > 0 {
			o = append(o, member{"required", required})
		}
		o = append(o, member{"additionalProperties", false})
		if len(s.ExactlyOne) > 0 {
			var one []any
			for _, k := range s.ExactlyOne {
				one = append(one, obj{{"required", []string{k}}})
			}
			o = append(o, member{"oneOf", one})
		}
		if conds := conditions(s); len(conds) > 0 {
			o = append(o, member{"allOf", conds})
		}
	case Map:
		o = append(o, member{"type", []any{"object", "null"}})
		if s.KeyPattern != "" {
			o = append(o, member{"propertyNames", obj{{"pattern", s.KeyPattern}}})
		}
		o = append(o, member{"additionalProperties", schemaOf(s.Elem, false)})
	case List:
		o = append(o, member{"type", []any{"array", "null"}})
		o = append(o, member{"items", schemaOf(s.Elem, false)})
		if s.MaxItems > 0 {
			o = append(o, member{"maxItems", rawNumber(strconv.Itoa(s.MaxItems))})
		}
	case String:
		o = append(o, member{"type", "string"})
		if len(s.Enum) > 0 {
			o = append(o, member{"enum", s.Enum})
		}
		if s.Pattern != "" {
			o = append(o, member{"pattern", s.Pattern})
		}
		if s.MaxLength > 0 {
			o = append(o, member{"maxLength", rawNumber(strconv.Itoa(s.MaxLength))})
		}
	case Int, Decimal:
		typ := "number"
		if s.Kind == Int {
			typ = "integer"
		}
		switch s.Quotes {
		case QuotesRequired:
			// Bounds do not apply to strings: the description states them.
			return append(o, member{"type", "string"}, member{"pattern", numberPattern(s)})
		case QuotesAllowed:
			// pattern applies to the string form only, the bounds to the number form only.
			o = append(o, member{"type", []any{typ, "string"}}, member{"pattern", numberPattern(s)})
		default:
			o = append(o, member{"type", typ})
		}
		if s.Min != "" {
			if s.ExclusiveMin {
				o = append(o, member{"exclusiveMinimum", rawNumber(s.Min)})
			} else {
				o = append(o, member{"minimum", rawNumber(s.Min)})
			}
		}
		if s.Max != "" {
			o = append(o, member{"maximum", rawNumber(s.Max)})
		}
	case Bool:
		o = append(o, member{"type", "boolean"})
	}
	return o
}

// numberPattern is the pattern of a number written in quotes.
func numberPattern(s *Spec) string {
	if s.Kind == Int {
		return plainInt().String()
	}
	return plainDecimal().String()
}

// description is a spec's Doc, completed with what the schema's keywords cannot say.
func description(s *Spec) string {
	doc := s.Doc
	if (s.Kind == Int || s.Kind == Decimal) && s.Quotes == QuotesRequired {
		doc = strings.TrimSpace(doc + " Written in quotes: " + describe(s) + ".")
	}
	if s.Kind == Decimal && s.MaxPlaces > 0 {
		doc = strings.TrimSpace(doc + " At most " + strconv.Itoa(int(s.MaxPlaces)) + " decimal places.")
	}
	if s.Kind == String && s.PatternDoc != "" && !strings.Contains(doc, s.PatternDoc) {
		doc = strings.TrimSpace(doc + " Expected: " + s.PatternDoc + ".")
	}
	return doc
}

// conditions writes each Field.When as if/then/else.
func conditions(s *Spec) []any {
	var out []any
	for _, f := range s.Fields {
		if f.When == nil {
			continue
		}
		cond := obj{{"properties", obj{{f.When.Key, obj{{"const", f.When.Value}}}}}}
		if dep := s.Field(f.When.Key); dep == nil || dep.Default != f.When.Value {
			// The sibling's default is another value, so the condition holds only when
			// the sibling is given.
			cond = append(cond, member{"required", []string{f.When.Key}})
		}
		out = append(out, obj{
			{"if", cond},
			{"then", obj{{"required", []string{f.Key}}}},
			{"else", obj{{"not", obj{{"required", []string{f.Key}}}}}},
		})
	}
	return out
}

// defaultValue writes a Field's Default as JSON of its type.
func defaultValue(f Field) any {
	switch f.Spec.Kind {
	case Int, Decimal:
		return rawNumber(f.Default)
	case Bool:
		return f.Default == "true"
	}
	return f.Default
}

// write writes v as indented JSON.
func write(b *bytes.Buffer, v any, indent string) {
	switch v := v.(type) {
	case obj:
		if len(v) == 0 {
			b.WriteString("{}")
			return
		}
		b.WriteString("{\n")
		for i, m := range v {
			b.WriteString(indent + "  ")
			writeString(b, m.key)
			b.WriteString(": ")
			write(b, m.val, indent+"  ")
			if i < len(v)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "}")
	case []any:
		multiline := false
		for _, e := range v {
			if _, ok := e.(obj); ok {
				multiline = true
			}
		}
		if !multiline {
			b.WriteByte('[')
			for i, e := range v {
				if i > 0 {
					b.WriteString(", ")
				}
				write(b, e, indent)
			}
			b.WriteByte(']')
			return
		}
		b.WriteString("[\n")
		for i, e := range v {
			b.WriteString(indent + "  ")
			write(b, e, indent+"  ")
			if i < len(v)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "]")
	case []string:
		b.WriteByte('[')
		for i, s := range v {
			if i > 0 {
				b.WriteString(", ")
			}
			writeString(b, s)
		}
		b.WriteByte(']')
	case string:
		writeString(b, v)
	case rawNumber:
		b.WriteString(string(v))
	case bool:
		b.WriteString(strconv.FormatBool(v))
	}
}

func writeString(b *bytes.Buffer, s string) {
	var enc bytes.Buffer
	e := json.NewEncoder(&enc)
	e.SetEscapeHTML(false)
	_ = e.Encode(s) // a string always encodes
	b.Write(bytes.TrimSuffix(enc.Bytes(), []byte("\n")))
}
