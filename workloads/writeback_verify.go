package workloads

// The safety check of write-back: the edited file, parsed again, must hold what the original
// held with the edits made and nothing else.

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// leaf is what flatten records at one path.
type leaf struct {
	kind, tag, value string
	anyTag           bool // an edited value: only its text is expected
}

const sep = "\x00"

// flatten lists every value of a document by path; empty mappings and empty values alike
// are "empty".
func flatten(src []byte) (map[string]leaf, error) {
	d, err := parseDoc(src)
	if err != nil {
		return nil, err
	}
	out := map[string]leaf{}
	var walk func(path string, n *yaml.Node)
	walk = func(path string, n *yaml.Node) {
		switch {
		case n.Kind == yaml.MappingNode && len(n.Content) > 0:
			out[path] = leaf{kind: "map"}
			for i := 0; i+1 < len(n.Content); i += 2 {
				k := n.Content[i]
				name := k.Value
				if k.Kind != yaml.ScalarNode {
					name = "\x01complex" + strconv.Itoa(i)
				}
				walk(path+sep+name, n.Content[i+1])
			}
		case n.Kind == yaml.MappingNode, isImplicitNull(n):
			out[path] = leaf{kind: "empty"}
		case n.Kind == yaml.SequenceNode:
			out[path] = leaf{kind: "seq"}
			for i, c := range n.Content {
				walk(path+sep+"\x01"+strconv.Itoa(i), c)
			}
		case n.Kind == yaml.AliasNode:
			out[path] = leaf{kind: "alias", value: n.Value}
		default:
			out[path] = leaf{kind: "scalar", tag: n.Tag, value: n.Value}
		}
	}
	if d.root != nil {
		for i := 0; i+1 < len(d.root.Content); i += 2 {
			walk(sep+d.root.Content[i].Value, d.root.Content[i+1])
		}
	}
	return out, nil
}

// verifyEdits checks that out holds what src held, with the edits made and nothing else.
func verifyEdits(src, out []byte, edits []Edit) error {
	want, err := flatten(src)
	if err != nil {
		return err
	}
	got, err := flatten(out)
	keys := make([]string, len(edits))
	for i, e := range edits {
		keys[i] = e.Key
	}
	failed := func(why string) error {
		return fmt.Errorf("%s: the edit would %s; edit the file by hand", strings.Join(keys, ", "), why)
	}
	if err != nil {
		return failed("leave the file unreadable (" + err.Error() + ")")
	}
	for _, e := range edits {
		segs := strings.Split(e.Key, ".")
		path := pathOf(segs)
		if !e.Delete {
			for j := 1; j < len(segs); j++ {
				// A list stays a list and its item a mapping (walk edits only inside items).
				if s, _ := parseSegment(segs[j-1]); s.listItem() {
					want[pathOf(append(slices.Clone(segs[:j-1]), s.key))] = leaf{kind: "seq"}
				}
				want[pathOf(segs[:j])] = leaf{kind: "map"}
			}
			want[path] = leaf{kind: "scalar", value: e.Value, anyTag: true}
			continue
		}
		if _, ok := want[path]; !ok {
			continue
		}
		for p := range want {
			if p == path || strings.HasPrefix(p, path+sep) {
				delete(want, p)
			}
		}
		if parent := pathOf(segs[:len(segs)-1]); len(segs) > 1 {
			empty := true
			for p := range want {
				if strings.HasPrefix(p, parent+sep) {
					empty = false
					break
				}
			}
			if empty {
				want[parent] = leaf{kind: "empty"}
			}
		}
	}
	for p, w := range want {
		g, ok := got[p]
		if w.anyTag {
			g.tag = ""
		}
		w.anyTag = false
		if !ok || g != w {
			return failed("change " + describePath(p))
		}
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			return failed("add " + describePath(p))
		}
	}
	return nil
}

// describePath writes a path of flatten's as a dotted key, list items as [N].
func describePath(p string) string {
	if p == "" {
		return "the document"
	}
	var b strings.Builder
	for i, part := range strings.Split(strings.TrimPrefix(p, sep), sep) {
		if n, ok := strings.CutPrefix(part, "\x01"); ok && n != "" && strings.Trim(n, "0123456789") == "" {
			b.WriteString("[" + n + "]")
			continue
		}
		if i > 0 {
			b.WriteString(".")
		}
		b.WriteString(part)
	}
	return b.String()
}
