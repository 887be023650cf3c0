package workloads

import (
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestApplyEdits(t *testing.T) {
	arm := Edit{Key: "lambda.architecture", Value: "arm64"}
	for _, c := range []struct {
		name     string
		src      string
		edits    []Edit
		want     string
		wantSame bool // the output must equal src
	}{
		{name: "replace keeps the trailing comment and the spacing",
			src:   "function:\n  duration_ms: 35     # one write\n  memory_mb: 512\n",
			edits: []Edit{{Key: "function.duration_ms", Value: "40.5"}},
			want:  "function:\n  duration_ms: 40.5     # one write\n  memory_mb: 512\n"},
		{name: "replace a number by a longer one",
			src:   "function:\n  memory_mb: 512 # MB\n",
			edits: []Edit{{Key: "function.memory_mb", Value: "10240"}},
			want:  "function:\n  memory_mb: 10240 # MB\n"},
		{name: "a number quoted by mistake is written plain, as the format wants it",
			src:   "function:\n  memory_mb: \"512\"\n",
			edits: []Edit{{Key: "function.memory_mb", Value: "1024"}},
			want:  "function:\n  memory_mb: 1024\n"},
		{name: "double quotes kept when the new value needs none",
			src:   "traffic:\n  time_zone: \"America/New_York\"  # the shop's\n",
			edits: []Edit{{Key: "traffic.time_zone", Value: "Europe/Berlin"}},
			want:  "traffic:\n  time_zone: \"Europe/Berlin\"  # the shop's\n"},
		{name: "single quotes kept, a quote doubled",
			src:   "description: 'old'\n",
			edits: []Edit{{Key: "description", Value: "it's new"}},
			want:  "description: 'it''s new'\n"},
		{name: "a time zone needs no quotes",
			src:   "traffic:\n  time_zone: UTC\n",
			edits: []Edit{{Key: "traffic.time_zone", Value: "Europe/Berlin"}},
			want:  "traffic:\n  time_zone: Europe/Berlin\n"},
		{name: "text YAML 1.1 reads as a boolean is quoted",
			src:   "description: x\n",
			edits: []Edit{{Key: "description", Value: "yes"}},
			want:  "description: \"yes\"\n"},
		{name: "text that reads as a number is quoted",
			src:   "description: x\n",
			edits: []Edit{{Key: "description", Value: "1e3"}},
			want:  "description: \"1e3\"\n"},
		{name: "text that is not plain YAML is quoted",
			src:   "description: x # about\n",
			edits: []Edit{{Key: "description", Value: "a: b # c"}},
			want:  "description: \"a: b # c\" # about\n"},
		{name: "a line break in text is escaped",
			src:   "description: x\n",
			edits: []Edit{{Key: "description", Value: "two\nlines"}},
			want:  "description: \"two\\nlines\"\n"},
		{name: "a boolean is written plain",
			src:   "lambda:\n  free_tier: false\n",
			edits: []Edit{{Key: "lambda.free_tier", Value: "true"}},
			want:  "lambda:\n  free_tier: true\n"},
		{name: "an empty value gets one",
			src:   "description:\nname: a\n",
			edits: []Edit{{Key: "description", Value: "hello"}},
			want:  "description: hello\nname: a\n"},
		{name: "an empty value with a comment gets one before the comment",
			src:   "description:   # later\n",
			edits: []Edit{{Key: "description", Value: "hello"}},
			want:  "description: hello   # later\n"},
		{name: "replace in a flow mapping",
			src:   "lambda: {architecture: x86_64, free_tier: false}\n",
			edits: []Edit{{Key: "lambda.architecture", Value: "arm64"}},
			want:  "lambda: {architecture: arm64, free_tier: false}\n"},
		{name: "columns count characters: non-ASCII text before the value",
			src:   "x: {\"éé\": \"ü\", b: 19}   # ça\n",
			edits: []Edit{{Key: "x.b", Value: "20"}},
			want:  "x: {\"éé\": \"ü\", b: 20}   # ça\n"},
		{name: "insert after the last key of a mapping",
			src:   "lambda:\n  architecture: arm64   # Go\n\nfargate:\n  vcpu: 1\n",
			edits: []Edit{{Key: "lambda.free_tier", Value: "true"}},
			want:  "lambda:\n  architecture: arm64   # Go\n  free_tier: true\n\nfargate:\n  vcpu: 1\n"},
		{name: "insert after the last key's nested block, before the next section's comment",
			src: "traffic:\n  requests_per_month: 5\n  diurnal:\n    peak_to_average: 2\n    peak_hour: 19\n\n" +
				"# how a request behaves\nfunction:\n  memory_mb: 1\n",
			edits: []Edit{{Key: "traffic.time_zone", Value: "Europe/Berlin"}},
			want: "traffic:\n  requests_per_month: 5\n  diurnal:\n    peak_to_average: 2\n    peak_hour: 19\n" +
				"  time_zone: Europe/Berlin\n\n# how a request behaves\nfunction:\n  memory_mb: 1\n"},
		{name: "insert after a list written at its key's indentation",
			src:   "traffic:\n  bursts:\n  - name: a\n    multiplier: 3\nfunction:\n  memory_mb: 1\n",
			edits: []Edit{{Key: "traffic.time_zone", Value: "UTC"}, {Key: "traffic.diurnal.peak_hour", Value: "19"}},
			want: "traffic:\n  bursts:\n  - name: a\n    multiplier: 3\n  time_zone: UTC\n  diurnal:\n    peak_hour: 19\n" +
				"function:\n  memory_mb: 1\n"},
		{name: "replace three levels down",
			src:   "traffic:\n  diurnal:\n    peak_hour: 19 # local\n",
			edits: []Edit{{Key: "traffic.diurnal.peak_hour", Value: "20"}},
			want:  "traffic:\n  diurnal:\n    peak_hour: 20 # local\n"},
		{name: "insert keeps a comment that ends the mapping after the new key",
			src:   "a:\n  b: 1\n  # c: 2 (one day)\n# the end\n",
			edits: []Edit{{Key: "a.c", Value: "2"}},
			want:  "a:\n  b: 1\n  c: 2\n  # c: 2 (one day)\n# the end\n"},
		{name: "insert creating the parent at the end, sections separated by blank lines",
			src:   "name: a\n\nfunction:\n  memory_mb: 1\n",
			edits: []Edit{arm},
			want:  "name: a\n\nfunction:\n  memory_mb: 1\n\nlambda:\n  architecture: arm64\n"},
		{name: "insert creating the parent at the end, no blank lines",
			src:   "a: 1\nb: 2\n",
			edits: []Edit{{Key: "c.d", Value: "1"}},
			want:  "a: 1\nb: 2\nc:\n  d: 1\n"},
		{name: "insert creating two levels, the file's four-space step",
			src:   "name: a\ntraffic:\n    requests_per_month: 5\n",
			edits: []Edit{{Key: "traffic.diurnal.peak_hour", Value: "19"}},
			want:  "name: a\ntraffic:\n    requests_per_month: 5\n    diurnal:\n        peak_hour: 19\n"},
		{name: "insert under an empty key",
			src:   "lambda:   # later\nfargate:\n  vcpu: 1\n",
			edits: []Edit{arm},
			want:  "lambda:   # later\n  architecture: arm64\nfargate:\n  vcpu: 1\n"},
		{name: "insert into an empty flow mapping",
			src:   "lambda: {}  # none yet\nx: 1\n",
			edits: []Edit{arm},
			want:  "lambda:  # none yet\n  architecture: arm64\nx: 1\n"},
		{name: "insert into an empty file",
			src:   "",
			edits: []Edit{{Key: "name", Value: "a"}},
			want:  "name: a\n"},
		{name: "insert into a file of comments",
			src:   "# yaml-language-server: $schema=workload.schema.json\n",
			edits: []Edit{{Key: "name", Value: "a"}},
			want:  "# yaml-language-server: $schema=workload.schema.json\nname: a\n"},
		{name: "a key that needs quotes",
			src:   "a: 1\n",
			edits: []Edit{{Key: "tags.team: x", Value: "y"}},
			want:  "a: 1\ntags:\n  \"team: x\": y\n"},
		{name: "delete keeps the comment above",
			src:   "fargate:\n  # size\n  vcpu: 1   # one\n  memory_gb: 2\n",
			edits: []Edit{{Key: "fargate.vcpu", Delete: true}},
			want:  "fargate:\n  # size\n  memory_gb: 2\n"},
		{name: "delete a section with its nested block; comments above and blank lines stay",
			src:   "a: 1\n\n# Fargate\nfargate:\n  vcpu: 1\n  # min\n  min_tasks: 2\n\nec2:\n  x: 1\n",
			edits: []Edit{{Key: "fargate", Delete: true}},
			want:  "a: 1\n\n# Fargate\n\nec2:\n  x: 1\n"},
		{name: "delete a block scalar with its lines",
			src:   "a: |\n  # not a comment\n  text\nb: 1\n",
			edits: []Edit{{Key: "a", Delete: true}},
			want:  "b: 1\n"},
		{name: "delete the last key of a mapping leaves it empty",
			src:   "lambda:\n  architecture: arm64\nname: a\n",
			edits: []Edit{{Key: "lambda.architecture", Delete: true}},
			want:  "lambda:\nname: a\n"},
		{name: "delete the last line of a file without a final line break",
			src:   "a: 1\nb: 2",
			edits: []Edit{{Key: "b", Delete: true}},
			want:  "a: 1"},
		{name: "delete a missing key changes nothing",
			src:      "a: 1\n",
			edits:    []Edit{{Key: "b.c", Delete: true}},
			wantSame: true},
		{name: "several edits at once, in order",
			src: "# yaml-language-server: $schema=workload.schema.json\nname: api\n\nfunction:\n  duration_ms: 20\n" +
				"  memory_mb: 512   # measured\n\nfargate:\n  vcpu: 1\n  memory_gb: 2\n",
			edits: []Edit{
				{Key: "function.memory_mb", Value: "1536"},
				arm,
				{Key: "fargate.vcpu", Delete: true},
				{Key: "fargate.memory_gb", Value: "4"},
			},
			want: "# yaml-language-server: $schema=workload.schema.json\nname: api\n\nfunction:\n  duration_ms: 20\n" +
				"  memory_mb: 1536   # measured\n\nfargate:\n  memory_gb: 4\n\nlambda:\n  architecture: arm64\n"},
		{name: "CRLF line endings kept and used for new lines",
			src:   "a: 1\r\nb:\r\n  c: 2\r\n",
			edits: []Edit{{Key: "a", Value: "3"}, {Key: "b.d", Value: "4"}, {Key: "e.f", Value: "5"}},
			want:  "a: 3\r\nb:\r\n  c: 2\r\n  d: 4\r\ne:\r\n  f: 5\r\n"},
		{name: "a file without a final line break stays without one",
			src:   "a:\n  b: 1",
			edits: []Edit{{Key: "a.c", Value: "2"}},
			want:  "a:\n  b: 1\n  c: 2"},
		{name: "a byte order mark stays",
			src:   "\ufeffname: a\nb: 2\n",
			edits: []Edit{{Key: "name", Value: "b"}, {Key: "b", Delete: true}},
			want:  "\ufeffname: b\n"},
		{name: "deleting the first key after a byte order mark",
			src:   "\ufeffa: 1\nb: 2\n",
			edits: []Edit{{Key: "a", Delete: true}},
			want:  "\ufeffb: 2\n"},
		{name: "a line separator in a comment is a line break to YAML",
			src:   "a: 1 # x\u2028b: 2\n",
			edits: []Edit{{Key: "b", Value: "3"}},
			want:  "a: 1 # x\u2028b: 3\n"},
		{name: "no edits", src: "a: [1\n", wantSame: true},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := ApplyEdits([]byte(c.src), c.edits...)
			if err != nil {
				t.Fatal(err)
			}
			want := c.want
			if c.wantSame {
				want = c.src
			}
			if string(got) != want {
				t.Errorf("got:\n%q\nwant:\n%q", got, want)
			}
		})
	}
}

func TestApplyEditsRefuses(t *testing.T) {
	for _, c := range []struct {
		src  string
		edit Edit
		want string // the whole message
	}{
		{"traffic:\n  bursts:\n    - name: a\n", Edit{Key: "traffic.bursts.name", Value: "b"},
			"traffic.bursts.name: traffic.bursts is a list; name one of its items, such as traffic.bursts[0].name"},
		{"function:\n  memory_mb: 1\n", Edit{Key: "function.memory_mb.x", Value: "1"},
			"function.memory_mb.x: function.memory_mb is a value, not a mapping of keys"},
		{"traffic:\n  requests_per_month: 1\n", Edit{Key: "traffic", Value: "1"},
			"traffic: is a mapping; edit the keys inside it"},
		{"description: |\n  hi\n", Edit{Key: "description", Value: "x"},
			"description: is a block scalar (| or >); edit it by hand"},
		{"description: a\n  b\n", Edit{Key: "description", Value: "x"},
			"description: is written over several lines; edit it by hand"},
		{"description: \"a\n  b\"\n", Edit{Key: "description", Value: "x"},
			"description: is written over several lines; edit it by hand"},
		{"lambda: {architecture: arm64}\n", Edit{Key: "lambda.free_tier", Value: "true"},
			"lambda.free_tier: lambda is written as a flow mapping ({...}); write it as an indented block to add keys"},
		{"lambda: {architecture: arm64}\n", Edit{Key: "lambda.architecture", Delete: true},
			"lambda.architecture: lambda is written as a flow mapping ({...}); write it as an indented block to delete keys"},
		{"{a: 1}\n", Edit{Key: "b", Value: "1"},
			"b: the top of the document is written as a flow mapping ({...}); write it as an indented block to add keys"},
		{"a: &x 1\nb: *x\n", Edit{Key: "a", Value: "2"}, "a: has an anchor or a tag (& or !); edit it by hand"},
		{"a: &x 1\nb: *x\n", Edit{Key: "b", Value: "2"}, "b: is an alias (*x); edit it by hand"},
		{"a: !!str 1\n", Edit{Key: "a", Value: "2"}, "a: has an anchor or a tag (& or !); edit it by hand"},
		{"a: 1\n---\nb: 2\n", Edit{Key: "a", Value: "2"}, "a: the file holds more than one YAML document"},
		{"- a\n", Edit{Key: "a", Value: "2"}, "a: the document is not a mapping of keys"},
		{"a: 1\n", Edit{Key: "a..b", Value: "2"}, "a..b: not a dotted key such as function.memory_mb or flow[0].duration_ms"},
		{"a: 1\n", Edit{Key: "a", Value: "\xff"}, "a: the new value is not UTF-8 text"},
		{"a:\n\tb: 1\n", Edit{Key: "a.b", Value: "2"},
			"a.b: the file is not valid YAML: yaml: line 2: found character that cannot start any token"},
		// The safety net: a kept ("|+") block scalar owns the blank lines after it, so a key
		// inserted after its text would take them away. The result is compared with the
		// original and refused.
		{"a:\n  s: |+\n    x\n\nb: 1\n", Edit{Key: "a.t", Value: "1"},
			"a.t: the edit would change a.s; edit the file by hand"},
	} {
		got, err := ApplyEdits([]byte(c.src), c.edit)
		if err == nil {
			t.Errorf("%q %+v: no error; got %q", c.src, c.edit, got)
			continue
		}
		if err.Error() != c.want {
			t.Errorf("%q %+v:\n got: %s\nwant: %s", c.src, c.edit, err, c.want)
		}
		if got != nil {
			t.Errorf("%q: output with an error", c.src)
		}
	}
}

// TestApplyEditsExamples changes memory_mb to 2048 in every example (1536 where it is 2048
// already; the region of those that are only schedules): the result loads, has the new value, and differs from the original in
// exactly that line, which is the old line with the number replaced.
func TestApplyEditsExamples(t *testing.T) {
	for _, name := range ExampleNames() {
		src, err := ExampleSource(name)
		if err != nil {
			t.Fatal(err)
		}
		before, err := Parse(name+".yaml", src)
		if err != nil {
			t.Fatal(err)
		}
		mem := int64(2048)
		if before.Function.MemoryMB == 2048 { // already: the edit must change something
			mem = 1536
		}
		memText := strconv.FormatInt(mem, 10)
		edit, old, want := Edit{Key: "function.memory_mb", Value: memText}, "memory_mb: ", "memory_mb: "+memText
		if before.SchedulesOnly {
			edit, old, want = Edit{Key: "region", Value: "eu-west-1"}, "region: ", "region: eu-west-1"
		}
		out, err := ApplyEdits(src, edit)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		after, err := Parse(name+".yaml", out)
		if err != nil {
			t.Errorf("%s: the edited file does not load: %v", name, err)
			continue
		}
		if before.SchedulesOnly && after.Region != "eu-west-1" || !before.SchedulesOnly && int64(after.Function.MemoryMB) != mem {
			t.Errorf("%s: region %s, memory %d after the edit", name, after.Region, after.Function.MemoryMB)
		}
		a, b := strings.Split(string(src), "\n"), strings.Split(string(out), "\n")
		if len(a) != len(b) {
			t.Errorf("%s: %d lines became %d", name, len(a), len(b))
			continue
		}
		differ := 0
		for i := range a {
			if a[i] == b[i] {
				continue
			}
			differ++
			// The new line is the old one with the value between the key and the comment
			// replaced: same indentation, same comment.
			k := strings.Index(a[i], old)
			rest := a[i][k+len(old):]
			end := strings.IndexAny(rest, " #")
			if end < 0 {
				end = len(rest)
			}
			if wantLine := a[i][:k] + want + rest[end:]; b[i] != wantLine {
				t.Errorf("%s: line %d is %q, want %q", name, i+1, b[i], wantLine)
			}
		}
		if differ != 1 {
			t.Errorf("%s: %d lines differ, want 1", name, differ)
		}
	}
}

// TestApplyEditsInsertExample adds a key missing from an example (the Fargate architecture of
// checkout-provisioned) and deletes one (its EC2 purchase option, when present): the file
// still loads, with the new values, and every original line is still there in order.
func TestApplyEditsInsertExample(t *testing.T) {
	src, err := ExampleSource("checkout-provisioned")
	if err != nil {
		t.Fatal(err)
	}
	out, err := ApplyEdits(src, Edit{Key: "fargate.architecture", Value: "arm64"})
	if err != nil {
		t.Fatal(err)
	}
	w, err := Parse("checkout-provisioned.yaml", out)
	if err != nil {
		t.Fatal(err)
	}
	if fargateOf(w).Architecture != "arm64" {
		t.Errorf("fargate architecture %q", fargateOf(w).Architecture)
	}
	a, b := strings.Split(string(src), "\n"), strings.Split(string(out), "\n")
	if len(b) != len(a)+1 {
		t.Fatalf("%d lines became %d", len(a), len(b))
	}
	j := 0
	for _, line := range b {
		if j < len(a) && line == a[j] {
			j++
		} else if line != "  architecture: arm64" {
			t.Errorf("unexpected line %q", line)
		}
	}
	if j != len(a) {
		t.Errorf("only %d of %d original lines kept in order", j, len(a))
	}
}

// TestColumnsCountCharacters pins what offset relies on: yaml.v3 counts columns in
// characters, not bytes.
func TestColumnsCountCharacters(t *testing.T) {
	var n yaml.Node
	if err := yaml.Unmarshal([]byte("\"éé\": x  # ü\n"), &n); err != nil {
		t.Fatal(err)
	}
	// " é é " : space x: x is the 7th character (the 9th byte).
	if v := n.Content[0].Content[1]; v.Column != 7 {
		t.Errorf("column %d, want 7", v.Column)
	}
}

func FuzzApplyEdits(f *testing.F) {
	for _, name := range ExampleNames() {
		src, _ := ExampleSource(name)
		f.Add(src, "function.memory_mb", "2048", false)
		f.Add(src, "lambda.architecture", "arm64", false)
		f.Add(src, "fargate", "", true)
	}
	f.Add([]byte("a: {}\nb:\n  c: 'x'\r\n"), "b.c", "it's", false)
	f.Add([]byte("s:\n  - n: a\n    c: '@daily' # x\n  - {n: b}\n"), "s[0].d", "1", false)
	f.Add([]byte("s:\n- n: a\n  c: 1\n"), "s[0].c", "2", true)
	f.Add([]byte("a: |\n  x\nb: 1"), "c.d.e", "yes", false)
	f.Fuzz(func(t *testing.T, src []byte, key, value string, del bool) {
		out, err := ApplyEdits(src, Edit{Key: key, Value: value, Delete: del})
		if err != nil {
			return
		}
		d, err := parseDoc(out)
		if err != nil {
			t.Fatalf("the output does not parse: %v\n%q", err, out)
		}
		p, err := d.walk(strings.Split(key, "."))
		switch {
		case err != nil:
			t.Fatalf("the output's key cannot be found: %v\n%q", err, out)
		case del && p.key != nil:
			t.Fatalf("%s still there:\n%q", key, out)
		case !del && (p.value == nil || p.value.Value != value):
			t.Fatalf("%s is not %q:\n%q", key, value, out)
		}
	})
}
