package workloads

import (
	"strconv"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestApplyEditsInListItems: keys inside the items of lists (a schedule, a flow step) are
// replaced in place, inserted and deleted as in any mapping, comments and layout kept.
func TestApplyEditsInListItems(t *testing.T) {
	for _, c := range []struct {
		name string
		src  string
		edit Edit
		want string
	}{
		{name: "a schedule's cron keeps its quotes and its comment",
			src:  "schedules:\n  - name: sweep\n    cron: \"*/5 * * * *\"   # every 5 minutes\n    duration_ms: 30000\n",
			edit: Edit{Key: "schedules[0].cron", Value: "0 * * * *"},
			want: "schedules:\n  - name: sweep\n    cron: \"0 * * * *\"   # every 5 minutes\n    duration_ms: 30000\n"},
		{name: "a cron written plain is quoted where YAML needs it",
			src:  "schedules:\n  - name: sweep\n    cron: '@daily'\n",
			edit: Edit{Key: "schedules[0].cron", Value: "@hourly"},
			want: "schedules:\n  - name: sweep\n    cron: '@hourly'\n"},
		{name: "the second item, not the first",
			src:  "flow:\n  - name: a\n    type: function\n    duration_ms: 30\n  - name: b\n    type: function\n    duration_ms: 40  # b\n",
			edit: Edit{Key: "flow[1].duration_ms", Value: "44.5"},
			want: "flow:\n  - name: a\n    type: function\n    duration_ms: 30\n  - name: b\n    type: function\n    duration_ms: 44.5  # b\n"},
		{name: "an item written as a flow mapping",
			src:  "flow:\n  - {name: a, type: function, duration_ms: 30, memory_mb: 256}   # validate\n",
			edit: Edit{Key: "flow[0].memory_mb", Value: "512"},
			want: "flow:\n  - {name: a, type: function, duration_ms: 30, memory_mb: 512}   # validate\n"},
		{name: "the key on the item's dash line",
			src:  "schedules:\n  - name: sweep\n    cron: '@daily'\n",
			edit: Edit{Key: "schedules[0].name", Value: "tidy"},
			want: "schedules:\n  - name: tidy\n    cron: '@daily'\n"},
		{name: "insert after the item's last key, before the next item",
			src:  "schedules:\n  - name: a\n    cron: '@daily'\n\n  - name: b\n    cron: '@hourly'\nregion: x\n",
			edit: Edit{Key: "schedules[0].parallel", Value: "4"},
			want: "schedules:\n  - name: a\n    cron: '@daily'\n    parallel: 4\n\n  - name: b\n    cron: '@hourly'\nregion: x\n"},
		{name: "insert into an item of one key, lined up with it",
			src:  "schedules:\n  - name: a\nregion: x\n",
			edit: Edit{Key: "schedules[0].cron", Value: "@daily"},
			want: "schedules:\n  - name: a\n    cron: \"@daily\"\nregion: x\n"},
		{name: "insert into a list written at its key's indentation",
			src:  "schedules:\n- name: a\n  cron: '@daily'\n- name: b\n",
			edit: Edit{Key: "schedules[1].parallel", Value: "2"},
			want: "schedules:\n- name: a\n  cron: '@daily'\n- name: b\n  parallel: 2\n"},
		{name: "delete a key inside an item",
			src:  "flow:\n  - name: a\n    invoke: sync   # the default\n    memory_mb: 1\n",
			edit: Edit{Key: "flow[0].invoke", Delete: true},
			want: "flow:\n  - name: a\n    memory_mb: 1\n"},
		{name: "a list inside a mapping",
			src:  "traffic:\n  bursts:\n    - name: sale\n      multiplier: 4\n",
			edit: Edit{Key: "traffic.bursts[0].multiplier", Value: "5"},
			want: "traffic:\n  bursts:\n    - name: sale\n      multiplier: 5\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := ApplyEdits([]byte(c.src), c.edit)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != c.want {
				t.Errorf("got:\n%q\nwant:\n%q", got, c.want)
			}
		})
	}
}

// TestApplyEditsInListItemsRefuses: an item that is not there, a whole item, a list that is
// not one, and what write-back refuses in any mapping are refused with the reason.
func TestApplyEditsInListItemsRefuses(t *testing.T) {
	for _, c := range []struct {
		src  string
		edit Edit
		want string
	}{
		{"flow:\n  - name: a\n", Edit{Key: "flow[1].name", Value: "b"}, "flow[1].name: flow has 1 item: there is no flow[1]"},
		{"flow:\n  - name: a\n  - name: b\n", Edit{Key: "flow[7].name", Value: "b"}, "flow[7].name: flow has 2 items: there is no flow[7]"},
		{"flow:\n  - name: a\n", Edit{Key: "flow[0]", Value: "b"}, "flow[0]: flow[0] is a whole item of a list; edit the keys inside it"},
		{"name: x\n", Edit{Key: "schedules[0].cron", Value: "@daily"}, "schedules[0].cron: there is no schedules list to edit schedules[0] in"},
		{"name: x\n", Edit{Key: "traffic.bursts[0].multiplier", Value: "2"}, "traffic.bursts[0].multiplier: there is no bursts list to edit traffic.bursts[0] in"},
		{"flow: 3\n", Edit{Key: "flow[0].name", Value: "b"}, "flow[0].name: flow is not a list"},
		{"flow:\n  - a\n", Edit{Key: "flow[0].name", Value: "b"}, "flow[0].name: flow[0] is not a mapping of keys"},
		{"flow:\n  - &s {name: a}\n", Edit{Key: "flow[0].name", Value: "b"}, "flow[0].name: flow[0] has an anchor or a tag (& or !); edit it by hand"},
		{"flow:\n  - {name: a}\n", Edit{Key: "flow[0].memory_mb", Value: "1"},
			"flow[0].memory_mb: flow[0] is written as a flow mapping ({...}); write it as an indented block to add keys"},
		{"flow:\n  - name: a\n    type: sqs\n", Edit{Key: "flow[0].name", Delete: true}, "flow[0].name: the key does not start its line; edit it by hand"},
		{"flow:\n  - name: a\n", Edit{Key: "flow[x].name", Value: "b"}, "flow[x].name: not a dotted key such as function.memory_mb or flow[0].duration_ms"},
		{"flow:\n  - name: a\n", Edit{Key: "flow[-1].name", Value: "b"}, "flow[-1].name: not a dotted key such as function.memory_mb or flow[0].duration_ms"},
		{"flow:\n  - name: a\n", Edit{Key: "flow[01].name", Value: "b"}, "flow[01].name: not a dotted key such as function.memory_mb or flow[0].duration_ms"},
		{"flow:\n  - name: a\n", Edit{Key: "[0].name", Value: "b"}, "[0].name: not a dotted key such as function.memory_mb or flow[0].duration_ms"},
		{"flow:\n  - name: a\n", Edit{Key: "flow[0]x.name", Value: "b"}, "flow[0]x.name: not a dotted key such as function.memory_mb or flow[0].duration_ms"},
	} {
		got, err := ApplyEdits([]byte(c.src), c.edit)
		if err == nil {
			t.Errorf("%q %+v: no error; got %q", c.src, c.edit, got)
			continue
		}
		if err.Error() != c.want {
			t.Errorf("%q %+v:\n got: %s\nwant: %s", c.src, c.edit, err, c.want)
		}
	}
}

// TestApplyEditsListExamples changes, in every example with schedules or a flow, each
// schedule's duration and cron and each function step's memory: the file loads with the new
// value and differs from the original in exactly the one line.
func TestApplyEditsListExamples(t *testing.T) {
	tried := 0
	for _, name := range ExampleNames() {
		src, err := ExampleSource(name)
		if err != nil {
			t.Fatal(err)
		}
		w, err := Parse(name+".yaml", src)
		if err != nil {
			t.Fatal(err)
		}
		type check struct {
			edit Edit
			ok   func(after model.Workload) bool
		}
		var checks []check
		for i := range w.Schedules {
			checks = append(checks,
				check{Edit{Key: "schedules[" + strconv.Itoa(i) + "].duration_ms", Value: "1234.5"}, func(a model.Workload) bool { return a.Schedules[i].DurationMs.String() == "1234.5" }},
				check{Edit{Key: "schedules[" + strconv.Itoa(i) + "].cron", Value: "0 3 * * 1"}, func(a model.Workload) bool { return a.Schedules[i].Cron == "0 3 * * 1" }})
		}
		for i, s := range w.Flow {
			if s.Kind == model.StepFunction {
				checks = append(checks, check{Edit{Key: "flow[" + strconv.Itoa(i) + "].memory_mb", Value: "3008"}, func(a model.Workload) bool { return a.Flow[i].MemoryMB == 3008 }})
			}
		}
		for _, c := range checks {
			tried++
			out, err := ApplyEdits(src, c.edit)
			if err != nil {
				t.Errorf("%s %s: %v", name, c.edit.Key, err)
				continue
			}
			after, err := Parse(name+".yaml", out)
			if err != nil || !c.ok(after) {
				t.Errorf("%s %s: the edited file loads with %v, value kept: %v", name, c.edit.Key, err, err == nil && c.ok(after))
				continue
			}
			a, b := strings.Split(string(src), "\n"), strings.Split(string(out), "\n")
			differ := 0
			for i := range min(len(a), len(b)) {
				if a[i] != b[i] {
					differ++
				}
			}
			if len(a) != len(b) || differ != 1 {
				t.Errorf("%s %s: %d lines became %d, %d differ", name, c.edit.Key, len(a), len(b), differ)
			}
		}
	}
	if tried < 5 {
		t.Errorf("only %d list edits tried: the examples have lost their schedules and flows", tried)
	}
}
