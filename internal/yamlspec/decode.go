package yamlspec

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Decode parses data (the contents of file) as one YAML document and checks it against spec,
// returning the decoded root and every problem found, sorted by position. The root is nil
// when the file is empty or is not valid YAML; otherwise it is returned even when there are
// problems, so that the caller can add its own checks and report everything at once. Decode
// never panics, whatever the input.
func Decode(file string, data []byte, spec *Spec) (*Value, ErrorList) {
	// Following aliases could make a small file expand enormously; no honest document
	// visits many more values than it has bytes.
	d := &decoder{file: file, budget: 4*len(data) + 10000}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := decodeNode(dec, &doc); err != nil {
		if errors.Is(err, io.EOF) {
			d.add(Error{File: file, Line: 1, Column: 1,
				Message: "the file is empty; expected " + describe(spec)})
		} else {
			d.add(syntaxError(file, data, err))
		}
		return nil, d.result()
	}
	var next yaml.Node
	switch err := decodeNode(dec, &next); {
	case errors.Is(err, io.EOF):
	case err != nil:
		d.add(syntaxError(file, data, err))
	default:
		d.add(Error{File: file, Line: next.Line, Column: next.Column,
			Message: "only one YAML document is allowed in a file"})
	}
	if len(doc.Content) != 1 {
		d.add(Error{File: file, Line: 1, Column: 1, Message: "the file is empty; expected " + describe(spec)})
		return nil, d.result()
	}
	root := doc.Content[0]
	if isNull(root) {
		d.add(Error{File: file, Line: root.Line, Column: root.Column,
			Message: "the file has no content; expected " + describe(spec)})
		return nil, d.result()
	}
	return d.value(spec, root, nil, ""), d.result()
}

// decodeNode reads the next document. The YAML library is meant never to panic on bad
// input; should it, the input is reported as unreadable rather than crashing the program.
func decodeNode(dec *yaml.Decoder, n *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: %v", r)
		}
	}()
	return dec.Decode(n)
}

type decoder struct {
	file string
	// errs are the first MaxProblemsPerFile problems by position, kept in order; more counts
	// the others, which are neither kept nor formatted, so that a document of millions of
	// bad values costs no more than reading it.
	errs      ErrorList
	more      int
	budget    int
	exhausted bool
}

// add keeps e if it is among the first MaxProblemsPerFile problems by position so far, and
// counts it otherwise.
func (d *decoder) add(e Error) {
	if !d.keeps(e.Line, e.Column) {
		d.more++
		return
	}
	// After every kept problem at the same place or before, as a stable sort would put it.
	i := sort.Search(len(d.errs), func(i int) bool { return before(e.Line, e.Column, d.errs[i].Line, d.errs[i].Column) })
	d.errs = slices.Insert(d.errs, i, e)
	if len(d.errs) > MaxProblemsPerFile {
		d.errs = d.errs[:MaxProblemsPerFile]
		d.more++
	}
}

// keeps says a problem at line and column would be kept, so that one that would not is
// counted without working out its message.
func (d *decoder) keeps(line, column int) bool {
	if len(d.errs) < MaxProblemsPerFile {
		return true
	}
	last := d.errs[len(d.errs)-1]
	return before(line, column, last.Line, last.Column)
}

// before says position (l1, c1) comes before (l2, c2).
func before(l1, c1, l2, c2 int) bool { return l1 < l2 || l1 == l2 && c1 < c2 }

// result returns the problems kept, in order, and the count of the others.
func (d *decoder) result() ErrorList {
	if d.more > 0 {
		return append(d.errs, Error{File: d.file, More: d.more})
	}
	return d.errs
}

// errorAt adds an Error positioned at node n and keyed by path.
func (d *decoder) errorAt(n *yaml.Node, path, format string, args ...any) {
	if !d.keeps(n.Line, n.Column) {
		d.more++
		return
	}
	d.add(Error{File: d.file, Line: n.Line, Column: n.Column, Key: path, Message: fmt.Sprintf(format, args...)})
}

// value decodes node n against s. key is n's key in its mapping (nil for the root and list
// elements); path is n's dotted path.
func (d *decoder) value(s *Spec, n, key *yaml.Node, path string) *Value {
	v := &Value{spec: s, at: n, file: d.file, path: path}
	if key != nil && (s.Kind == Object || s.Kind == Map || s.Kind == List) {
		v.at = key
	}
	v.node = d.resolve(n)
	if d.budget--; d.budget < 0 {
		if !d.exhausted {
			d.exhausted = true
			d.errorAt(v.at, path, "the document expands to too many values (through aliases); write it out")
		}
		return v
	}
	switch s.Kind {
	case Object:
		d.object(v)
	case Map:
		d.mapping(v)
	case List:
		d.list(v)
	default:
		d.scalar(v)
	}
	return v
}

// resolve follows aliases to the node they name.
func (d *decoder) resolve(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 100; i++ {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// collection checks that v's node is of the given kind (a mapping or a list); a null value is
// an empty one. It reports false, after adding an Error, when v is something else.
func (d *decoder) collection(v *Value, kind yaml.Kind) bool {
	if isNull(v.node) {
		v.ok = true
		return true
	}
	if v.node.Kind != kind {
		d.errorAt(v.at, v.path, "expected %s, found %s", describe(v.spec), found(v.node))
		return false
	}
	v.ok = true
	return true
}

// pairs calls f for each key of mapping v with a usable key, reporting bad and duplicate keys.
func (d *decoder) pairs(v *Value, f func(name string, k, val *yaml.Node)) {
	if v.node.Kind != yaml.MappingNode {
		return
	}
	var first keysSeen
	c := v.node.Content
	for i := 0; i+1 < len(c); i += 2 {
		k := d.resolve(c[i])
		if k.Kind != yaml.ScalarNode {
			d.errorAt(c[i], v.path, "expected a plain key, found %s", found(k))
			continue
		}
		if k.Tag == "!!merge" {
			d.errorAt(c[i], v.path, "merge keys (<<) are not supported; write the keys out")
			continue
		}
		name := k.Value
		if prev := first.find(name); prev != nil {
			d.errorAt(c[i], v.path, "duplicate key %s (first given at line %d)", strconv.Quote(name), prev.Line)
			continue
		}
		first.add(name, c[i])
		f(name, c[i], c[i+1])
	}
}

// keysSeen are the keys of a mapping so far, each with its node: the first smallMapping in
// arrays looked through (the usual mapping has a few keys; no allocation), the others in a
// map.
type keysSeen struct {
	names [smallMapping]string
	nodes [smallMapping]*yaml.Node
	n     int
	many  map[string]*yaml.Node
}

// smallMapping is how many keys keysSeen looks through before it keeps a map.
const smallMapping = 16

// find is the node of name, nil if it has not been seen.
func (s *keysSeen) find(name string) *yaml.Node {
	for i, n := range s.names[:s.n] {
		if n == name {
			return s.nodes[i]
		}
	}
	return s.many[name]
}

// add records name, given at node.
func (s *keysSeen) add(name string, node *yaml.Node) {
	if s.n < smallMapping {
		s.names[s.n], s.nodes[s.n] = name, node
		s.n++
		return
	}
	if s.many == nil {
		s.many = map[string]*yaml.Node{}
	}
	s.many[name] = node
}

// set adds child as the value of key name, not given before, to an Object or Map: its keys are
// looked through by Get, and indexed once they are more than smallMapping.
func (v *Value) set(name string, child *Value) {
	v.keys = append(v.keys, name)
	v.fields = append(v.fields, child)
	switch n := len(v.keys); {
	case n <= smallMapping:
	case v.index == nil:
		v.index = make(map[string]int, n)
		for i, k := range v.keys {
			v.index[k] = i
		}
	default:
		v.index[name] = n - 1
	}
}

// sized makes room in v for the keys of its mapping node.
func (v *Value) sized() {
	if v.node.Kind == yaml.MappingNode {
		n := len(v.node.Content) / 2
		v.keys, v.fields = make([]string, 0, n), make([]*Value, 0, n)
	}
}

func (d *decoder) object(v *Value) {
	s := v.spec
	if !d.collection(v, yaml.MappingNode) {
		return
	}
	v.sized()
	d.pairs(v, func(name string, k, val *yaml.Node) {
		f := s.Field(name)
		if f == nil && !d.keeps(k.Line, k.Column) {
			d.more++ // not listed: the closest key is not worth looking for
			return
		}
		if f == nil {
			msg := "unknown key " + quote(name)
			if h := hint(name, s.keys()); h != "" {
				msg += h
			} else {
				msg += "; valid keys are " + strings.Join(s.keys(), ", ")
			}
			d.errorAt(k, v.path, "%s", msg)
			return
		}
		v.set(name, d.value(f.Spec, val, k, join(v.path, name)))
	})
	for _, f := range s.Fields {
		if f.Required && !v.Has(f.Key) {
			d.add(v.Errorf("missing required key %s", quote(f.Key)))
		}
	}
	d.exactlyOne(v)
	d.conditions(v)
}

// exactlyOne enforces Spec.ExactlyOne.
func (d *decoder) exactlyOne(v *Value) {
	keys := v.spec.ExactlyOne
	if len(keys) == 0 {
		return
	}
	var given []string
	for _, k := range keys {
		if v.Has(k) {
			given = append(given, k)
		}
	}
	switch {
	case len(given) == 0:
		d.add(v.Errorf("give one of %s", orList(keys)))
	case len(given) > 1:
		all := "all"
		if len(given) == 2 {
			all = "both"
		}
		d.add(v.Errorf("%s are %s given; give exactly one", andList(given), all))
	}
}

// conditions enforces Field.When.
func (d *decoder) conditions(v *Value) {
	for _, f := range v.spec.Fields {
		if f.When == nil {
			continue
		}
		on, why := f.When.Value, ""
		if sib := v.Get(f.When.Key); sib != nil {
			if !sib.Valid() {
				continue // already reported; do not guess
			}
			on = sib.Str()
		} else if def := v.spec.Field(f.When.Key); def != nil {
			on, why = def.Default, ", the default"
		}
		cond := on == f.When.Value
		switch child := v.Get(f.Key); {
		case cond && child == nil:
			d.add(v.Errorf("missing required key %s (required when %s is %s)", quote(f.Key), f.When.Key, f.When.Value))
		case !cond && child != nil:
			d.add(child.Errorf("allowed only when %s is %s (%s is %s%s)", f.When.Key, f.When.Value, f.When.Key, on, why))
		}
	}
}

func (d *decoder) mapping(v *Value) {
	s := v.spec
	if !d.collection(v, yaml.MappingNode) {
		return
	}
	v.sized()
	d.pairs(v, func(name string, k, val *yaml.Node) {
		if s.KeyPattern != "" && !compiled(s.KeyPattern).MatchString(name) {
			d.errorAt(k, v.path, "key %s is not valid; expected %s", quote(name), s.KeyDoc)
			return
		}
		v.set(name, d.value(s.Elem, val, k, join(v.path, name)))
	})
}

func (d *decoder) list(v *Value) {
	if !d.collection(v, yaml.SequenceNode) || v.node.Kind != yaml.SequenceNode {
		return
	}
	if n := len(v.node.Content); v.spec.MaxItems > 0 && n > v.spec.MaxItems {
		d.errorAt(v.at, v.path, "%d items; at most %d", n, v.spec.MaxItems)
		v.ok = false
		return
	}
	v.items = make([]*Value, len(v.node.Content))
	for i, item := range v.node.Content {
		v.items[i] = d.value(v.spec.Elem, item, nil, v.path+"["+strconv.Itoa(i)+"]")
	}
}

// join appends key to a dotted path.
func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func orRoot(path string) string {
	if path == "" {
		return "(root)"
	}
	return path
}

// orList writes "a", "a or b", "a, b or c".
func orList(words []string) string { return list(words, "or") }

// andList writes "a", "a and b", "a, b and c".
func andList(words []string) string { return list(words, "and") }

func list(words []string, conj string) string {
	if len(words) <= 1 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " " + conj + " " + words[len(words)-1]
}
