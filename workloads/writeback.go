package workloads

// Comment-preserving write-back. The YAML is parsed only to find where things are (the line
// and column of each key and value); the edits are then made to the original bytes, so that
// comments, key order, blank lines, line endings and every untouched byte stay as written.
// The tree is never re-encoded: that would reformat the file. After the edits the result is
// parsed again and compared with the original, value by value: an edit that would change
// anything but its own key is refused instead of written.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/breakeven/breakeven/model"
	"go.yaml.in/yaml/v3"
)

// Edit changes one key of a workload file. Key is dotted as in the YAML ("function.memory_mb",
// "traffic.requests_per_second", "fargate.vcpu"), an item of a list named by its index from 0
// ("schedules[0].cron", "flow[1].duration_ms"); Value is the new value as YAML scalar text
// ("1536", "arm64", "0.5"), quoted by ApplyEdits where YAML would read it otherwise. Delete
// removes the key and the lines of its value (comment lines above it stay); deleting a key
// that is not there changes nothing. It is model.FieldEdit, the edit a platform's explorer
// inputs (model.EditField) return.
type Edit = model.FieldEdit

// ApplyEdits returns src with the edits applied in order, touching nothing else.
//
// An existing scalar is replaced in place (same line, same column; a trailing "# comment"
// kept). Its quoting is kept when the new value needs none; a value that plain YAML would read
// as something else is double-quoted: text such as "yes", "on", "123" or "" for a key the
// workload format reads as text, any value that is not valid plain YAML (": ", " #", a leading
// "*", "&", "!", "-", ...). Numbers and booleans are written plain, as the format wants them.
//
// A missing key is inserted after the last entry of its mapping (after that entry's nested
// block), with the mapping's indentation; missing parent mappings are created, indented by
// the file's own step (two spaces when it has none), after a blank line when the sections of
// that mapping are separated by blank lines. A key whose value is empty ("lambda:") or an empty
// flow mapping ("lambda: {}") gets its first key on the next line. Inserted lines use the
// file's line ending; a file without a final line break stays without one.
//
// Keys inside a list's items are edited as in any mapping; the items themselves are never
// added, removed or replaced whole.
//
// ApplyEdits refuses, with an error naming the key: a path through a scalar, through a list
// without an item's index or to an item that is not there or is not a mapping of keys; a
// value that is a block scalar (| or >), spans several lines, or carries an anchor, alias or
// tag; adding or deleting keys inside a non-empty flow mapping ({a: 1}); a file that is not a
// single YAML document with a mapping at the top. On error src is not changed and nil is
// returned.
func ApplyEdits(src []byte, edits ...Edit) ([]byte, error) {
	out := bytes.Clone(src)
	if len(edits) == 0 {
		return out, nil
	}
	for _, e := range edits {
		next, err := applyEdit(out, e)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", e.Key, err)
		}
		out = next
	}
	if err := verifyEdits(src, out, edits); err != nil {
		return nil, err
	}
	return out, nil
}

// applyEdit applies one edit to src.
func applyEdit(src []byte, e Edit) ([]byte, error) {
	segs := strings.Split(e.Key, ".")
	for _, s := range segs {
		if _, ok := parseSegment(s); !ok {
			return nil, errors.New("not a dotted key such as function.memory_mb or flow[0].duration_ms")
		}
	}
	d, err := parseDoc(src)
	if err != nil {
		return nil, err
	}
	p, err := d.walk(segs)
	if err != nil {
		return nil, err
	}
	switch {
	case e.Delete && p.key == nil:
		return src, nil
	case e.Delete:
		return d.delete(p, segs)
	case p.key != nil:
		return d.replace(p, segs, e.Value)
	}
	return d.insert(p, segs, e.Value)
}

// span is one line of the source: its text is src[start:end], its line break src[end:next].
type span struct{ start, end, next int }

// doc is a parsed source: the bytes, their lines, and the tree that locates keys in them.
type doc struct {
	src   []byte
	lines []span
	root  *yaml.Node // the top mapping; nil when the document is empty
	order []*yaml.Node
	end   map[*yaml.Node]int // index in order just after each node's subtree
	eol   string
}

var bom = []byte("\ufeff")

func parseDoc(src []byte) (*doc, error) {
	if !utf8.Valid(src) {
		return nil, errors.New("the file is not UTF-8 text")
	}
	dec := yaml.NewDecoder(bytes.NewReader(src))
	var n yaml.Node
	err := dec.Decode(&n)
	if err != nil && err != io.EOF {
		return nil, fmt.Errorf("the file is not valid YAML: %v", err)
	}
	if err == nil {
		var more yaml.Node
		if dec.Decode(&more) != io.EOF {
			return nil, errors.New("the file holds more than one YAML document")
		}
	}
	d := &doc{src: src, lines: splitLines(src), end: map[*yaml.Node]int{}, eol: "\n"}
	for _, l := range d.lines {
		if b := string(src[l.end:l.next]); b == "\r\n" || b == "\r" {
			d.eol = b
		}
		if l.next > l.end {
			break
		}
	}
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		root := n.Content[0]
		switch {
		case root.Kind == yaml.MappingNode:
			d.root = root
		case !isImplicitNull(root):
			return nil, errors.New("the document is not a mapping of keys")
		}
	}
	d.index(d.root)
	return d, nil
}

// index lists n's subtree in document order.
func (d *doc) index(n *yaml.Node) {
	if n == nil {
		return
	}
	d.order = append(d.order, n)
	for _, c := range n.Content {
		d.index(c)
	}
	d.end[n] = len(d.order)
}

// splitLines splits src at the line breaks YAML counts: \r\n, \r, \n, NEL, LS and PS.
func splitLines(src []byte) []span {
	var lines []span
	start := 0
	for i := 0; i < len(src); {
		w := 0
		switch {
		case src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n':
			w = 2
		case src[i] == '\r' || src[i] == '\n':
			w = 1
		case bytes.HasPrefix(src[i:], []byte("\u0085")):
			w = 2
		case bytes.HasPrefix(src[i:], []byte("\u2028")), bytes.HasPrefix(src[i:], []byte("\u2029")):
			w = 3
		}
		if w == 0 {
			i++
			continue
		}
		lines = append(lines, span{start, i, i + w})
		i += w
		start = i
	}
	return append(lines, span{start, len(src), len(src)})
}

func (d *doc) text(line int) string {
	l := d.lines[line-1]
	return string(d.src[l.start:l.end])
}

// offset returns the byte offset of n's position. yaml.v3 counts columns in characters, from
// 1, after a byte order mark.
func (d *doc) offset(n *yaml.Node) (int, error) {
	if n.Line < 1 || n.Line > len(d.lines) {
		return 0, fmt.Errorf("cannot place line %d", n.Line)
	}
	l := d.lines[n.Line-1]
	p := l.start
	if n.Line == 1 && bytes.HasPrefix(d.src, bom) {
		p += len(bom)
	}
	for c := 1; c < n.Column; c++ {
		if p >= l.end {
			return 0, fmt.Errorf("cannot place line %d, column %d", n.Line, n.Column)
		}
		_, w := utf8.DecodeRune(d.src[p:l.end])
		p += w
	}
	return p, nil
}

// startsLine reports whether only spaces stand before n on its line, and returns n's offset.
func (d *doc) startsLine(n *yaml.Node) (int, bool) {
	p, err := d.offset(n)
	if err != nil {
		return 0, false
	}
	l := d.lines[n.Line-1]
	first := l.start
	if n.Line == 1 && bytes.HasPrefix(d.src, bom) {
		first += len(bom)
	}
	return p, strings.Trim(string(d.src[first:p]), " ") == ""
}

// leadsBlock reports whether only spaces, and the "- " of list items, stand before n on its
// line: the keys of a block mapping below it line up with n.
func (d *doc) leadsBlock(n *yaml.Node) bool {
	p, err := d.offset(n)
	if err != nil {
		return false
	}
	l := d.lines[n.Line-1]
	first := l.start
	if n.Line == 1 && bytes.HasPrefix(d.src, bom) {
		first += len(bom)
	}
	return blockLead().Match(d.src[first:p])
}

// blockLead is what may stand before the first key of a block mapping on its line.
var blockLead = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^ *(- +)*$`) })

func isImplicitNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null" && n.Value == "" && n.Style == 0
}

// scalarSpan returns where scalar n is written, on one line.
func (d *doc) scalarSpan(n *yaml.Node) (int, int, error) {
	switch {
	case n.Kind == yaml.AliasNode:
		return 0, 0, fmt.Errorf("is an alias (*%s); edit it by hand", n.Value)
	case n.Kind == yaml.MappingNode:
		return 0, 0, errors.New("is a mapping; edit the keys inside it")
	case n.Kind == yaml.SequenceNode:
		return 0, 0, errors.New("is a list; lists are not edited here")
	case n.Anchor != "" || n.Style&yaml.TaggedStyle != 0:
		return 0, 0, errors.New("has an anchor or a tag (& or !); edit it by hand")
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		return 0, 0, errors.New("is a block scalar (| or >); edit it by hand")
	}
	start, err := d.offset(n)
	if err != nil {
		return 0, 0, err
	}
	lineEnd := d.lines[n.Line-1].end
	multi := errors.New("is written over several lines; edit it by hand")
	switch {
	case n.Style&yaml.DoubleQuotedStyle != 0:
		for i := start + 1; i < lineEnd; i++ {
			switch d.src[i] {
			case '\\':
				i++
			case '"':
				return start, i + 1, nil
			}
		}
		return 0, 0, multi
	case n.Style&yaml.SingleQuotedStyle != 0:
		for i := start + 1; i < lineEnd; i++ {
			if d.src[i] == '\'' {
				if i+1 < lineEnd && d.src[i+1] == '\'' {
					i++
					continue
				}
				return start, i + 1, nil
			}
		}
		return 0, 0, multi
	}
	if !bytes.HasPrefix(d.src[start:lineEnd], []byte(n.Value)) {
		return 0, 0, multi
	}
	return start, start + len(n.Value), nil
}

// afterColon returns the offset just after the ":" that follows key k.
func (d *doc) afterColon(k *yaml.Node) (int, error) {
	_, p, err := d.scalarSpan(k)
	if err != nil {
		return 0, err
	}
	lineEnd := d.lines[k.Line-1].end
	for p < lineEnd && (d.src[p] == ' ' || d.src[p] == '\t') {
		p++
	}
	if p >= lineEnd || d.src[p] != ':' {
		return 0, errors.New("its key is not followed by \":\" on the same line; edit it by hand")
	}
	return p + 1, nil
}

// place is where a dotted key is, or would go.
type place struct {
	depth   int        // segs[:depth] exist as mappings
	mapping *yaml.Node // the mapping holding segs[depth]; nil when there is none yet
	// owner is the key whose value is mapping, or the empty value (implicit null or {}) that
	// the first missing key goes under; nil at the top of the document.
	owner, ownerVal *yaml.Node
	ownerIn         *yaml.Node // the mapping holding owner
	key, value      *yaml.Node // the entry of segs[depth], when it exists
}

// walk finds where the dotted key segs is, or would go. A segment naming a list's item
// ("flow[1]") goes into that item, which must exist and be a mapping of keys: items are
// edited, never added, removed or replaced whole.
func (d *doc) walk(segs []string) (place, error) {
	p := place{mapping: d.root}
	for i, raw := range segs {
		p.depth = i
		seg, _ := parseSegment(raw)
		here := strings.Join(segs[:i+1], ".")
		var k, v *yaml.Node
		if p.mapping != nil {
			var err error
			if k, v, err = lookup(p.mapping, seg.key); err != nil {
				return p, err
			}
		}
		if k == nil { // what is missing from here on is inserted: lists are not
			for j := i; j < len(segs); j++ {
				if s, _ := parseSegment(segs[j]); s.listItem() {
					return p, fmt.Errorf("there is no %s list to edit %s in", s.key, strings.Join(segs[:j+1], "."))
				}
			}
			return p, nil
		}
		p.key, p.value = k, v
		if seg.listItem() {
			item, err := listItem(strings.Join(append(slices.Clone(segs[:i]), seg.key), "."), v, seg.index, i == len(segs)-1)
			if err != nil {
				return p, err
			}
			p = place{mapping: item}
			continue
		}
		if i == len(segs)-1 {
			return p, nil
		}
		next := place{owner: k, ownerVal: v, ownerIn: p.mapping}
		switch {
		case v.Kind == yaml.AliasNode:
			return p, fmt.Errorf("%s is an alias (*%s); edit it by hand", here, v.Value)
		case v.Anchor != "" || v.Style&yaml.TaggedStyle != 0:
			return p, fmt.Errorf("%s has an anchor or a tag (& or !); edit it by hand", here)
		case v.Kind == yaml.MappingNode && len(v.Content) > 0:
			next.mapping = v
		case v.Kind == yaml.MappingNode, isImplicitNull(v):
		case v.Kind == yaml.SequenceNode:
			return p, fmt.Errorf("%s is a list; name one of its items, such as %s[0].%s", here, here, segs[i+1])
		default:
			return p, fmt.Errorf("%s is a value, not a mapping of keys", here)
		}
		p = next
	}
	return p, nil
}

// listItem is item index of the list v, the value of the key named name, when it is a
// mapping of keys that edits can go into; last says the key path ends at the item itself.
func listItem(name string, v *yaml.Node, index int, last bool) (*yaml.Node, error) {
	here := fmt.Sprintf("%s[%d]", name, index)
	switch {
	case v.Kind == yaml.AliasNode:
		return nil, fmt.Errorf("%s is an alias (*%s); edit it by hand", name, v.Value)
	case v.Anchor != "" || v.Style&yaml.TaggedStyle != 0:
		return nil, fmt.Errorf("%s has an anchor or a tag (& or !); edit it by hand", name)
	case v.Kind != yaml.SequenceNode:
		return nil, fmt.Errorf("%s is not a list", name)
	case index >= len(v.Content):
		return nil, fmt.Errorf("%s has %s: there is no %s", name, items(len(v.Content)), here)
	case last:
		return nil, fmt.Errorf("%s is a whole item of a list; edit the keys inside it", here)
	}
	item := v.Content[index]
	switch {
	case item.Kind == yaml.AliasNode:
		return nil, fmt.Errorf("%s is an alias (*%s); edit it by hand", here, item.Value)
	case item.Anchor != "" || item.Style&yaml.TaggedStyle != 0:
		return nil, fmt.Errorf("%s has an anchor or a tag (& or !); edit it by hand", here)
	case item.Kind != yaml.MappingNode || len(item.Content) == 0:
		return nil, fmt.Errorf("%s is not a mapping of keys", here)
	}
	return item, nil
}

// items is "1 item" or "N items".
func items(n int) string {
	if n == 1 {
		return "1 item"
	}
	return fmt.Sprintf("%d items", n)
}

// lookup returns the entry of key in mapping m, or nils.
func lookup(m *yaml.Node, key string) (k, v *yaml.Node, err error) {
	if m.Kind != yaml.MappingNode {
		return nil, nil, errors.New("not in a mapping")
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		c := m.Content[i]
		if c.Kind != yaml.ScalarNode || c.Tag == "!!merge" || c.Value != key {
			continue
		}
		if k != nil {
			return nil, nil, fmt.Errorf("%q is given twice (lines %d and %d)", key, k.Line, c.Line)
		}
		k, v = c, m.Content[i+1]
	}
	return k, v, nil
}

func mappingName(segs []string, depth int) string {
	if depth == 0 {
		return "the top of the document"
	}
	return strings.Join(segs[:depth], ".")
}

func (d *doc) replace(p place, segs []string, value string) ([]byte, error) {
	flow := p.mapping.Style&yaml.FlowStyle != 0
	s := specFor(segs)
	if isImplicitNull(p.value) {
		at, err := d.afterColon(p.key)
		if err != nil {
			return nil, err
		}
		text, err := render(value, s, 0, flow)
		if err != nil {
			return nil, err
		}
		return splice(d.src, at, at, " "+text), nil
	}
	start, end, err := d.scalarSpan(p.value)
	if err != nil {
		return nil, err
	}
	text, err := render(value, s, p.value.Style, flow)
	if err != nil {
		return nil, err
	}
	return splice(d.src, start, end, text), nil
}

func (d *doc) delete(p place, segs []string) ([]byte, error) {
	if p.mapping.Style&yaml.FlowStyle != 0 {
		return nil, fmt.Errorf("%s is written as a flow mapping ({...}); write it as an indented block to delete keys",
			mappingName(segs, p.depth))
	}
	if _, ok := d.startsLine(p.key); !ok {
		return nil, errors.New("the key does not start its line; edit it by hand")
	}
	last, err := d.entryEnd(p.key, p.value)
	if err != nil {
		return nil, err
	}
	first := d.lines[p.key.Line-1]
	from, to := first.start, d.lines[last-1].next
	if p.key.Line == 1 && bytes.HasPrefix(d.src, bom) {
		from += len(bom)
	}
	if to == d.lines[last-1].end && p.key.Line > 1 {
		// The file has no final line break: keep it so by removing the one before the key.
		from = d.lines[p.key.Line-2].end
	}
	return splice(d.src, from, to, ""), nil
}

// entryEnd returns the last line of the entry k: v, not counting the blank lines and the
// comment lines (indented no deeper than k) between it and what follows: those belong to the
// next entry or to the mapping.
func (d *doc) entryEnd(k, v *yaml.Node) (int, error) {
	last := len(d.lines)
	if j := d.end[v]; j < len(d.order) {
		next := d.order[j].Line
		if next <= k.Line {
			return 0, errors.New("the entry shares its line with what follows; edit it by hand")
		}
		last = next - 1
	} else {
		for l := k.Line + 1; l <= last; l++ {
			if t := d.text(l); isMarker(t, "---") || isMarker(t, "...") {
				last = l - 1
				break
			}
		}
	}
	indent := k.Column - 1
	for last > k.Line {
		t := d.text(last)
		trimmed := strings.TrimLeft(t, " \t")
		if trimmed != "" && !(strings.HasPrefix(trimmed, "#") && len(t)-len(trimmed) <= indent) {
			break
		}
		last--
	}
	return last, nil
}

func isMarker(line, marker string) bool {
	rest, ok := strings.CutPrefix(line, marker)
	return ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t')
}

// blankAbove reports whether a blank line stands above k and its comment lines.
func (d *doc) blankAbove(k *yaml.Node) bool {
	l := k.Line - 1
	for l >= 1 && strings.HasPrefix(strings.TrimLeft(d.text(l), " \t"), "#") {
		l--
	}
	return l >= 1 && strings.Trim(d.text(l), " \t") == ""
}

// indentStep returns how much deeper the file indents a nested mapping than its key.
func (d *doc) indentStep() int {
	for _, n := range d.order {
		if n.Kind != yaml.MappingNode || n.Style&yaml.FlowStyle != 0 {
			continue
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if v.Kind == yaml.MappingNode && v.Style&yaml.FlowStyle == 0 && v.Line > k.Line && v.Column > k.Column {
				return v.Column - k.Column
			}
		}
	}
	return 2
}

func (d *doc) insert(p place, segs []string, value string) ([]byte, error) {
	step := d.indentStep()
	var (
		indent     int
		after      int  // the new lines go after this line (0: at the end of the file)
		separate   bool // a blank line before them
		cut, cutTo int  // bytes removed before the new lines ("{}")
	)
	switch {
	case p.mapping != nil:
		if p.mapping.Style&yaml.FlowStyle != 0 {
			return nil, fmt.Errorf("%s is written as a flow mapping ({...}); write it as an indented block to add keys",
				mappingName(segs, p.depth))
		}
		first, lastK, lastV := p.mapping.Content[0], p.mapping.Content[len(p.mapping.Content)-2], p.mapping.Content[len(p.mapping.Content)-1]
		if !d.leadsBlock(first) {
			return nil, fmt.Errorf("cannot tell the indentation of %s; edit it by hand", mappingName(segs, p.depth))
		}
		indent = first.Column - 1
		end, err := d.entryEnd(lastK, lastV)
		if err != nil {
			return nil, err
		}
		after = end
		separate = p.depth < len(segs)-1 && d.blankAbove(lastK)
	case p.owner != nil:
		owner := mappingName(segs, p.depth)
		if p.ownerIn.Style&yaml.FlowStyle != 0 {
			return nil, fmt.Errorf("%s is inside a flow mapping ({...}); write it as an indented block to add keys", owner)
		}
		if _, ok := d.startsLine(p.owner); !ok || p.ownerVal.Anchor != "" || p.ownerVal.Style&yaml.TaggedStyle != 0 {
			return nil, fmt.Errorf("cannot add keys under %s; edit it by hand", owner)
		}
		indent, after = p.owner.Column-1+step, p.owner.Line
		if p.ownerVal.Kind == yaml.MappingNode { // {} on the key's line: removed
			at, err := d.afterColon(p.owner)
			if err != nil {
				return nil, err
			}
			open, err := d.offset(p.ownerVal)
			if p.ownerVal.Line != p.owner.Line || err != nil || strings.Trim(string(d.src[at:open]), " \t") != "" {
				return nil, fmt.Errorf("%s: {} is not on the key's line; edit it by hand", owner)
			}
			closing := bytes.IndexByte(d.src[open:d.lines[p.owner.Line-1].end], '}')
			if closing < 0 || strings.Trim(string(d.src[open+1:open+closing]), " \t") != "" {
				return nil, fmt.Errorf("%s: cannot find the end of {}; edit it by hand", owner)
			}
			cut, cutTo = at, open+closing+1
		}
	}
	lines := make([]string, 0, len(segs)+1)
	if separate {
		lines = append(lines, "")
	}
	for j, seg := range segs[p.depth:] {
		line := strings.Repeat(" ", indent+j*step) + renderKey(seg) + ":"
		if p.depth+j == len(segs)-1 {
			text, err := render(value, specFor(segs), 0, false)
			if err != nil {
				return nil, err
			}
			line += " " + text
		}
		lines = append(lines, line)
	}
	block := strings.Join(lines, d.eol)
	at, broken := len(d.src), len(d.src) > 0 && d.lines[len(d.lines)-1].start < len(d.src)
	if after > 0 {
		l := d.lines[after-1]
		at, broken = l.next, l.next == l.end
	}
	if broken { // after a last line without a line break: the file stays without a final one
		block = d.eol + block
	} else {
		block += d.eol
	}
	out := splice(d.src, at, at, block)
	if cutTo > cut {
		out = splice(out, cut, cutTo, "")
	}
	return out, nil
}

func splice(src []byte, from, to int, text string) []byte {
	out := make([]byte, 0, len(src)-(to-from)+len(text))
	out = append(out, src[:from]...)
	out = append(out, text...)
	return append(out, src[to:]...)
}
