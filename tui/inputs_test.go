package tui

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
	"github.com/shopspring/decimal"
)

// openExample opens one built-in example on its inputs, its analyses left out.
func openExample(t *testing.T, name string) Model {
	t.Helper()
	data, err := workloads.ExampleSource(name)
	if err != nil {
		t.Fatal(err)
	}
	m := New([]Source{{Path: "examples/" + name + ".yaml", Data: data, Example: true}}, Options{Catalog: catalog(t)})
	return keys(m, "enter", "tab")
}

// keys sends keys one at a time and drops the commands they return: the inputs' tests look
// at the bill, priced at once, not at the analyses that would follow in the background.
func keys(m Model, ks ...string) Model {
	for _, k := range ks {
		next, _ := m.Update(keyMsg(k))
		m = next.(Model)
	}
	return m
}

// typeKeys types s into the focused input, dropping the commands.
func typeKeys(m Model, s string) Model {
	for _, r := range s {
		m = keys(m, string(r))
	}
	return m
}

// selectInput moves the selection to the input labelled label.
func selectInput(t *testing.T, m Model, label string) Model {
	t.Helper()
	for i, f := range fields(m.current().work) {
		if f.label == label {
			m.field = i
			return m
		}
	}
	var labels []string
	for _, f := range fields(m.current().work) {
		labels = append(labels, f.label)
	}
	t.Fatalf("no input %q among %q", label, labels)
	return m
}

// typeValue opens the selected input, replaces its value with text and applies it.
func typeValue(t *testing.T, m Model, text string) Model {
	t.Helper()
	m = keys(m, "enter")
	m.input.SetValue("")
	return keys(typeKeys(m, text), "enter")
}

// TestProvisionedInputs: provisioned concurrency is nudged in from nothing, its schedule
// then appears and cycles to weekly, whose hours are typed; back at 0 the schedule goes
// with it. One environment of 1,024 MB kept warm all of a 730-hour month is 1 GB x 730 h
// x 3,600 s = 2,628,000 GB-seconds, at $0.0000041667 a GB-second (x86_64, us-east-1:
// https://aws.amazon.com/lambda/pricing/) $10.9500876: $10.95.
func TestProvisionedInputs(t *testing.T) {
	m := selectInput(t, openExample(t, "flat-api"), "Provisioned")
	m = keys(m, "right")
	d := m.current()
	if m.status != "Provisioned set to 1" || !strings.Contains(string(d.text), "  provisioned_concurrency: 1\n") {
		t.Fatalf("status %q, file:\n%s", m.status, d.text)
	}
	pc := lineItem(t, d.result.Estimate(model.PlatformLambda), "lambda.provisioned_concurrency")
	if !pc.Quantity.Equal(dec("2628000")) || pc.Cost.Round(2).String() != "10.95" {
		t.Errorf("provisioned concurrency: %s GB-seconds, $%s; want 2628000 and $10.95", pc.Quantity, pc.Cost)
	}
	m = keys(selectInput(t, m, "PC schedule"), "right")
	if m.status != "PC schedule set to weekly" || lambdaOf(d.work).ProvisionedSchedule.Kind != model.Weekly {
		t.Fatalf("status %q", m.status)
	}
	m = typeValue(t, selectInput(t, m, "PC hours"), "9-17")
	s := lambdaOf(d.work).ProvisionedSchedule
	if m.status != "PC hours set to 9-17" || s.StartHour != 9 || s.EndHour != 17 || m.mode != modeNormal {
		t.Fatalf("status %q, hours %d-%d", m.status, s.StartHour, s.EndHour)
	}
	if !strings.Contains(string(d.text), "  provisioned_schedule: weekly\n  provisioned_hours:\n    start_hour: 9\n    end_hour: 17\n") {
		t.Errorf("file:\n%s", d.text)
	}
	m = keys(selectInput(t, m, "Provisioned"), "left")
	if lambdaOf(d.work).ProvisionedConcurrency != 0 || strings.Contains(string(d.text), "provisioned_schedule") || strings.Contains(string(d.text), "provisioned_hours") {
		t.Errorf("back to 0: status %q, file:\n%s", m.status, d.text)
	}
	for _, f := range m.inputs(d) {
		if f.label == "PC schedule" || f.label == "PC hours" {
			t.Errorf("%s is still an input with no provisioned concurrency", f.label)
		}
	}
}

// TestConcurrencyLimitInput: the limit, Lambda's default 1,000 when the file gives none,
// moves ten percent a nudge, and is written under lambda.
func TestConcurrencyLimitInput(t *testing.T) {
	m := keys(selectInput(t, openExample(t, "flat-api"), "Conc. limit"), "right")
	d := m.current()
	if m.status != "Conc. limit set to 1100" || lambdaOf(d.work).ConcurrencyLimit != 1100 || !strings.Contains(string(d.text), "  concurrency_limit: 1100\n") {
		t.Errorf("status %q, file:\n%s", m.status, d.text)
	}
	m = keys(m, "left", "left")
	if lambdaOf(d.work).ConcurrencyLimit != 891 { // 1100 x 0.9 = 990, x 0.9 = 891
		t.Errorf("after two steps down: %d, want 891", lambdaOf(d.work).ConcurrencyLimit)
	}
}

// TestScheduleInputs: a schedule's cron is typed and its duration nudged in its own item of
// the list. Hourly ("0 * * * *") in the 730-hour month, averaged over a year of 8,760
// hours, runs 8,760 / 8,760 x 730 = 730 times, where every 5 minutes ran 8,760.
func TestScheduleInputs(t *testing.T) {
	m := openExample(t, "cleanup-cron")
	d := m.current()
	if got := d.result.Schedules[0].RunsPerMonth; !got.Equal(dec("8760")) {
		t.Fatalf("every 5 minutes: %s runs", got)
	}
	m = typeValue(t, selectInput(t, m, "sweep cron"), "0 * * * *")
	if m.status != "sweep cron set to 0 * * * *" || !d.result.Schedules[0].RunsPerMonth.Equal(dec("730")) {
		t.Fatalf("status %q, %s runs", m.status, d.result.Schedules[0].RunsPerMonth)
	}
	if !strings.Contains(string(d.text), "    cron: \"0 * * * *\"           # every 5 minutes") {
		t.Errorf("the cron was not written in place, comment kept:\n%s", d.text)
	}
	m = keys(selectInput(t, m, "sweep ms"), "right")
	if m.status != "sweep ms set to 33000" || !strings.Contains(string(d.text), "    duration_ms: 33000            # a full scan") {
		t.Errorf("status %q, file:\n%s", m.status, d.text)
	}
	m = keys(selectInput(t, m, "sweep cron"), "right")
	if m.status != "sweep cron is typed: enter opens it" {
		t.Errorf("a nudge of the cron: %q", m.status)
	}
	m = typeValue(t, m, "61 * * * *")
	if m.mode != modeEdit || !strings.HasPrefix(m.status, "refused: ") || d.work.Schedules[0].Cron != "0 * * * *" {
		t.Errorf("a cron that cannot run: mode %v, status %q", m.mode, m.status)
	}
}

// TestFlowStepInputs: each function step of the order pipeline has its duration and memory
// as inputs; a nudge moves that step alone, in its own lines of the file.
func TestFlowStepInputs(t *testing.T) {
	m := openExample(t, "order-pipeline")
	d := m.current()
	var labels []string
	for _, f := range m.inputs(d) {
		labels = append(labels, f.label)
	}
	want := []string{"validate ms", "validate MB", "worker ms", "worker MB", "email ms", "email MB"}
	if got := labels[len(labels)-len(want):]; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("the flow's inputs are %q, want %q", got, want)
	}
	before := string(d.text)
	m = keys(selectInput(t, m, "worker MB"), "right")
	if m.status != "worker MB set to 1152" || d.work.Flow[2].MemoryMB != 1152 || d.work.Flow[0].MemoryMB != 256 || d.work.Flow[4].MemoryMB != 128 {
		t.Fatalf("status %q, memory %d %d %d", m.status, d.work.Flow[0].MemoryMB, d.work.Flow[2].MemoryMB, d.work.Flow[4].MemoryMB)
	}
	if want := strings.Replace(before, "    duration_ms: 400\n    memory_mb: 1024\n", "    duration_ms: 400\n    memory_mb: 1152\n", 1); string(d.text) != want {
		t.Errorf("file:\n%s", d.text)
	}
	m = keys(selectInput(t, m, "email ms"), "left")
	if m.status != "email ms set to 72" || !d.work.Flow[4].DurationMs.Equal(dec("72")) {
		t.Errorf("status %q", m.status)
	}
}

// TestInputsScroll: more inputs than the pane has rows scroll with the selection and say
// how many are above and below.
func TestInputsScroll(t *testing.T) {
	m := openExample(t, "order-pipeline")
	n := len(fields(m.current().work))
	for range n {
		m = keys(m, "down")
	}
	view := plain(m)
	checkSize(t, "inputs scrolled", view, 80, 24)
	if !strings.Contains(view, "▸ email MB") || !strings.Contains(view, "↑ ") || strings.Contains(view, "  Traffic  ") {
		t.Errorf("scrolled to the last input:\n%s", view)
	}
	for rows := 3; rows <= n+1; rows++ {
		for sel := range n {
			a, b := inputsWindow(n, sel, rows)
			if sel < a || sel >= b || b-a+boolInt(a > 0)+boolInt(b < n) > rows {
				t.Fatalf("window %d-%d for %d of %d in %d rows", a, b, sel, n, rows)
			}
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func lineItem(t *testing.T, e model.Estimate, id string) pricing.LineItem {
	t.Helper()
	for _, it := range e.LineItems {
		if it.ID == id {
			return it
		}
	}
	t.Fatalf("no line item %s", id)
	return pricing.LineItem{}
}

// TestEveryInputNudgesEveryExample: on every built-in example, each input that nudges moves
// one step up and one down without the format refusing it, and undo puts the text back
// byte for byte; an input that does not nudge (a cron expression) says it is typed.
func TestEveryInputNudgesEveryExample(t *testing.T) {
	for _, name := range workloads.ExampleNames() {
		m := openExample(t, name)
		d := m.current()
		original := string(d.text)
		for i, f := range m.inputs(d) {
			for _, dir := range []string{"right", "left"} {
				m.field = i
				m = keys(m, dir)
				switch {
				case f.nudge == nil:
					if m.status != f.label+" is typed: enter opens it" {
						t.Errorf("%s %s %s: %q", name, f.label, dir, m.status)
					}
					continue
				case strings.HasPrefix(m.status, "refused"):
					t.Errorf("%s %s %s: %s", name, f.label, dir, m.status)
				}
				for len(d.undo) > 0 {
					m = keys(m, "u")
				}
				if string(d.text) != original {
					t.Errorf("%s %s %s: undo did not restore the text", name, f.label, dir)
				}
			}
		}
	}
}

// TestPurchaseInput: spot is typed with its discount ("spot 65"); nudging away from spot
// drops the discount, which the format allows only with spot.
func TestPurchaseInput(t *testing.T) {
	m := typeValue(t, selectInput(t, openExample(t, "flat-api"), "Purchase"), "spot 65")
	d := m.current()
	if m.status != "Purchase set to spot 65" || ec2Of(d.work).Purchase != model.Spot || !ec2Of(d.work).SpotDiscountPercent.Equal(dec("65")) {
		t.Fatalf("status %q, file:\n%s", m.status, d.text)
	}
	m = keys(m, "right")
	if m.status != "Purchase set to on-demand" || strings.Contains(string(d.text), "spot_discount_percent") {
		t.Errorf("status %q, file:\n%s", m.status, d.text)
	}
	m = typeValue(t, m, "spot")
	if m.mode != modeEdit || !strings.Contains(m.status, "spot_discount_percent") {
		t.Errorf("spot without a discount: mode %v, status %q", m.mode, m.status)
	}
}

// TestSchedulesOnlyInputs: a workload of schedules alone has no traffic, function or
// throughput to edit, only what its runs use and the schedules themselves. Issue 16's
// platforms run schedules too, so their settings of the runs are inputs (Lambda MI's
// instance and minimum, Cloud Run's billing, Azure's plan and Flex instance, the Workers'
// CPU share), and their per-request ones are not (MI conc., Run concurrency, Run min inst.:
// Serving).
func TestSchedulesOnlyInputs(t *testing.T) {
	m := openExample(t, "nightly-batch")
	var labels []string
	for _, f := range fields(m.current().work) {
		labels = append(labels, f.label)
	}
	want := "Lambda arch,Provisioned,Conc. limit,Task size,Instance type,Purchase," +
		"MI instance,MI minimum,Run billing,Azure plan,Flex memory MB,Flex concurrency,Worker CPU %," +
		"reconcile cron,reconcile ms"
	if got := strings.Join(labels, ","); got != want {
		t.Errorf("inputs %s, want %s", got, want)
	}
}
