package yamlspec

import (
	"fmt"

	"github.com/shopspring/decimal"
	"go.yaml.in/yaml/v3"
)

// Value is one decoded value of a document, with its Spec, its dotted path ("lambda.memory_mb",
// "regions.us-east-1.rates", "tiers[2]") and its position. A Value that broke a rule of its
// Spec is still present (so that a caller checking which keys were given is not misled), but
// its scalar accessors return the zero value; the problem is in the ErrorList from Decode.
//
// Every method works on a nil *Value, which is what Get returns for an absent key.
type Value struct {
	spec *Spec
	node *yaml.Node // the value itself, aliases resolved
	at   *yaml.Node // where messages about it point: its key for a collection, else node
	file string
	path string
	ok   bool

	keys   []string       // Object, Map: keys present, in document order
	fields []*Value       // Object, Map: the value of each of keys
	index  map[string]int // Object, Map of more than smallMapping keys: each key's place
	items  []*Value       // List

	i   int64
	dec decimal.Decimal
	b   bool
}

// Spec returns the Spec the value was decoded against.
func (v *Value) Spec() *Spec {
	if v == nil {
		return nil
	}
	return v.spec
}

// Valid reports whether the value itself kept every rule of its Spec (a mapping is valid even
// when a value inside it is not).
func (v *Value) Valid() bool { return v != nil && v.ok }

// Get returns the value of key in an Object or Map, or nil if it is absent.
func (v *Value) Get(key string) *Value {
	if v == nil {
		return nil
	}
	if v.index != nil {
		if i, ok := v.index[key]; ok {
			return v.fields[i]
		}
		return nil
	}
	for i, k := range v.keys {
		if k == key {
			return v.fields[i]
		}
	}
	return nil
}

// Has reports whether key is present in an Object or Map.
func (v *Value) Has(key string) bool { return v.Get(key) != nil }

// Keys returns the keys present in an Object or Map, in document order.
func (v *Value) Keys() []string {
	if v == nil {
		return nil
	}
	return append([]string(nil), v.keys...)
}

// Items returns the elements of a List.
func (v *Value) Items() []*Value {
	if v == nil {
		return nil
	}
	return append([]*Value(nil), v.items...)
}

// Str returns the text of a scalar as written (without quotes), whatever its Kind; "" for an
// absent value or a collection.
func (v *Value) Str() string {
	if v == nil || v.node.Kind != yaml.ScalarNode || !v.ok {
		return ""
	}
	return v.node.Value
}

// Int returns the value of a valid Int, else 0.
func (v *Value) Int() int64 {
	if v == nil || !v.ok {
		return 0
	}
	return v.i
}

// Decimal returns the value of a valid Decimal or Int, else zero. It is parsed from the
// scalar's text, never through a float.
func (v *Value) Decimal() decimal.Decimal {
	if v == nil || !v.ok {
		return decimal.Decimal{}
	}
	return v.dec
}

// Bool returns the value of a valid Bool, else false.
func (v *Value) Bool() bool {
	if v == nil || !v.ok {
		return false
	}
	return v.b
}

// Path returns the dotted path of the value, "" for the document itself.
func (v *Value) Path() string {
	if v == nil {
		return ""
	}
	return v.path
}

// File returns the file name given to Decode.
func (v *Value) File() string {
	if v == nil {
		return ""
	}
	return v.file
}

// Line returns the 1-based line the value starts on (its key's line for a mapping or list).
func (v *Value) Line() int {
	if v == nil || v.at == nil {
		return 0
	}
	return v.at.Line
}

// Column returns the 1-based column the value starts at (its key's column for a mapping or
// list).
func (v *Value) Column() int {
	if v == nil || v.at == nil {
		return 0
	}
	return v.at.Column
}

// Errorf returns an Error positioned at the value and keyed by its path.
func (v *Value) Errorf(format string, args ...any) Error {
	return Error{File: v.File(), Line: v.Line(), Column: v.Column(), Key: v.Path(),
		Message: fmt.Sprintf(format, args...)}
}
