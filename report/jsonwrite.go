package report

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// appendJSON appends v, one of the document's json* types, as the document writes it: what
// encoding/json's Encoder gives with SetEscapeHTML(false) and SetIndent("", "  "), from depth
// levels in, except that an array of numbers goes on one line, "[1, 2, 3]", so that the hourly
// series stay readable. It writes straight from the values, with no indentation pass after
// and no regular expression: the document of 10,000 workloads is 250 MB, 80% of it series.
//
// It knows the kinds the document uses: structs (json tags, omitempty), pointers, slices,
// strings, bools, integers and floats. TestJSONIsTheEncodersDocument holds it to the Encoder's
// bytes.
func appendJSON(dst []byte, v any, depth int) ([]byte, error) {
	return appendValue(dst, reflect.ValueOf(v), depth)
}

func appendValue(dst []byte, v reflect.Value, depth int) ([]byte, error) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return append(dst, "null"...), nil
		}
		return appendValue(dst, v.Elem(), depth)
	case reflect.Struct:
		return appendStruct(dst, v, depth)
	case reflect.Slice:
		return appendSlice(dst, v, depth)
	case reflect.String:
		return appendString(dst, v.String()), nil
	case reflect.Bool:
		return strconv.AppendBool(dst, v.Bool()), nil
	case reflect.Int, reflect.Int64, reflect.Int32:
		return strconv.AppendInt(dst, v.Int(), 10), nil
	case reflect.Float64:
		// encoding/json's own float format (exponent past 1e21 or under 1e-6): few in the
		// document, the cold-start estimate's.
		b, err := json.Marshal(v.Float())
		return append(dst, b...), err
	}
	return dst, fmt.Errorf("report: cannot write a %s as JSON", v.Type())
}

func appendStruct(dst []byte, v reflect.Value, depth int) ([]byte, error) {
	written := 0
	var err error
	for _, f := range fieldsOf(v.Type()) {
		fv := v.Field(f.index)
		if f.omitEmpty && isEmpty(fv) {
			continue
		}
		if written == 0 {
			dst = append(dst, '{')
		} else {
			dst = append(dst, ',')
		}
		written++
		dst = newline(dst, depth+1)
		dst = append(dst, f.key...)
		if dst, err = appendValue(dst, fv, depth+1); err != nil {
			return dst, err
		}
	}
	if written == 0 {
		return append(dst, "{}"...), nil
	}
	return append(newline(dst, depth), '}'), nil
}

func appendSlice(dst []byte, v reflect.Value, depth int) ([]byte, error) {
	switch {
	case v.IsNil():
		return append(dst, "null"...), nil
	case v.Len() == 0:
		return append(dst, "[]"...), nil
	}
	switch v.Type().Elem().Kind() {
	case reflect.Int, reflect.Int64, reflect.Int32: // numbers: on one line
		if series, ok := v.Interface().([]int64); ok { // the hourly series, in their thousands
			dst = append(dst, '[')
			for i, n := range series {
				if i > 0 {
					dst = append(dst, ", "...)
				}
				dst = strconv.AppendInt(dst, n, 10)
			}
			return append(dst, ']'), nil
		}
		dst = append(dst, '[')
		for i := range v.Len() {
			if i > 0 {
				dst = append(dst, ", "...)
			}
			dst = strconv.AppendInt(dst, v.Index(i).Int(), 10)
		}
		return append(dst, ']'), nil
	case reflect.Float64:
		dst = append(dst, '[')
		for i := range v.Len() {
			if i > 0 {
				dst = append(dst, ", "...)
			}
			var err error
			if dst, err = appendValue(dst, v.Index(i), depth); err != nil {
				return dst, err
			}
		}
		return append(dst, ']'), nil
	}
	dst = append(dst, '[')
	for i := range v.Len() {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = newline(dst, depth+1)
		var err error
		if dst, err = appendValue(dst, v.Index(i), depth+1); err != nil {
			return dst, err
		}
	}
	return append(newline(dst, depth), ']'), nil
}

// newline starts a line indented depth levels.
func newline(dst []byte, depth int) []byte {
	dst = append(dst, '\n')
	for range depth {
		dst = append(dst, "  "...)
	}
	return dst
}

// appendString appends s quoted as encoding/json quotes it with HTML escaping off; a string of
// printable ASCII without quotes or backslashes, nearly every one, is copied as it is.
func appendString(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c >= utf8.RuneSelf {
			var b strings.Builder
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(false)
			_ = enc.Encode(s) // a string always encodes
			return append(dst, strings.TrimSuffix(b.String(), "\n")...)
		}
	}
	dst = append(dst, '"')
	dst = append(dst, s...)
	return append(dst, '"')
}

// isEmpty is encoding/json's omitempty test for the kinds appendValue writes.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer:
		return v.IsNil()
	case reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int64, reflect.Int32:
		return v.Int() == 0
	case reflect.Float64:
		return v.Float() == 0
	}
	return false
}

// jsonField is a struct field as the document writes it: its index, `"key": ` and whether
// an empty value is left out.
type jsonField struct {
	index     int
	key       string
	omitEmpty bool
}

var jsonFields sync.Map // reflect.Type -> []jsonField

// fieldsOf lists t's fields as their json tags name them, in order; untagged fields keep
// their Go name, as encoding/json does, and "-" leaves one out.
func fieldsOf(t reflect.Type) []jsonField {
	if f, ok := jsonFields.Load(t); ok {
		return f.([]jsonField)
	}
	var fields []jsonField
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if name == "-" && opts == "" {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		fields = append(fields, jsonField{index: i, key: string(appendString(nil, name)) + ": ", omitEmpty: opts == "omitempty"})
	}
	jsonFields.Store(t, fields)
	return fields
}
