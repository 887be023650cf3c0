package workloads

import (
	"fmt"
	"strconv"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

func stepKinds() []string {
	out := make([]string, len(model.StepKinds))
	for i, k := range model.StepKinds {
		out[i] = string(k)
	}
	return out
}

// maxFlowSteps is the most steps a flow may have: real flows have a few dozen, and comparing
// a flow prices it again for each step that could merge with its caller.
const maxFlowSteps = 100

// flowSpec is the flow section: what each request triggers beyond the workload's function.
var flowSpec = &yamlspec.Spec{Kind: yamlspec.List, MaxItems: maxFlowSteps,
	Doc: "What each request triggers beyond the workload's own function (the step called entry), in order: each step names the step that triggers it. At most 100 steps; a step runs at most 1,000,000 times per request, and the flow makes at most 10^15 invocations, messages and executions a month.",
	Elem: &yamlspec.Spec{Kind: yamlspec.Object, Doc: "a step", Fields: []yamlspec.Field{
		{Key: "name", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String, Pattern: namePattern, MaxLength: nameMaxLength,
			PatternDoc: "a name of lowercase letters, digits and dashes", Doc: "The step's name, unique in the flow (entry is the workload's own function)."}},
		{Key: "type", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String, Enum: stepKinds(),
			Doc: "function, sqs (a queue), sns (a topic), eventbridge (an event bus) or step-functions (a state machine)."}},
		{Key: "from", Default: model.EntryStep, Spec: &yamlspec.Spec{Kind: yamlspec.String,
			Doc: "The step that triggers this one: entry or a step listed above."}},
		{Key: "per_parent", Default: "1", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "1000000", MaxPlaces: 4,
			Doc: "How many times this step runs each time its parent runs: calls, messages, events or executions (0.25: one parent run in four)."}},
		{Key: "duration_ms", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "86400000", MaxPlaces: 3,
			Doc: "A function's average duration, or an express workflow's; required for both."}},
		{Key: "memory_mb", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "1048576",
			Doc: "A function's memory (required), or an express workflow's (default 64)."}},
		{Key: "invoke", Spec: &yamlspec.Spec{Kind: yamlspec.String, Enum: []string{string(model.Sync), string(model.Async)},
			Doc: "For a function called by a function: sync (the caller waits, billed) or async (Lambda's event queue, retried); default sync."}},
		{Key: "batch_size", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "10000",
			Doc: "For a function reading an sqs step: messages per invocation on average (default 1; full batches only under steady load)."}},
		{Key: "fifo", Spec: &yamlspec.Spec{Kind: yamlspec.Bool, Doc: "For sqs: a FIFO queue (default false)."}},
		{Key: "message_kb", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "1024", MaxPlaces: 3,
			Doc: "For sqs, sns and eventbridge: one message's size in KB, billed in 64 KB chunks (default 1)."}},
		{Key: "workflow", Spec: &yamlspec.Spec{Kind: yamlspec.String, Enum: []string{string(model.Standard), string(model.Express)},
			Doc: "For step-functions: standard (per state transition) or express (per execution, duration and memory); default standard."}},
		{Key: "transitions", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "1000000",
			Doc: "For a standard workflow: state transitions per execution (required)."}},
	}}}

// stepKeys says which optional keys go with which step type, for the "goes with" check.
var stepKeys = map[string][]model.StepKind{
	"duration_ms": {model.StepFunction, model.StepStateMachine},
	"memory_mb":   {model.StepFunction, model.StepStateMachine},
	"invoke":      {model.StepFunction},
	"batch_size":  {model.StepFunction},
	"fifo":        {model.StepSQS},
	"message_kb":  {model.StepSQS, model.StepSNS, model.StepEventBridge},
	"workflow":    {model.StepStateMachine},
	"transitions": {model.StepStateMachine},
}

// buildFlow reads the flow section. A step may only name a step above it as its parent, so
// flows have no cycles.
func buildFlow(v *yamlspec.Value, b *builder) ([]model.Step, yamlspec.ErrorList) {
	var errs yamlspec.ErrorList
	var steps []model.Step
	kinds := map[string]model.StepKind{model.EntryStep: model.StepFunction}
	names := []string{model.EntryStep}
	for _, sv := range v.Items() {
		s, problems := buildStep(sv, b, kinds, names)
		errs = append(errs, problems...)
		if _, dup := kinds[s.Name]; dup && sv.Get("name") != nil {
			errs = append(errs, sv.Get("name").Errorf("%q is already a step of the flow", s.Name))
			continue
		}
		kinds[s.Name] = s.Kind
		names = append(names, s.Name)
		steps = append(steps, s)
	}
	return steps, errs
}

func buildStep(v *yamlspec.Value, b *builder, kinds map[string]model.StepKind, names []string) (model.Step, yamlspec.ErrorList) {
	var errs yamlspec.ErrorList
	s := model.Step{Name: v.Get("name").Str(), Kind: model.StepKind(v.Get("type").Str())}
	for key, allowed := range stepKeys {
		if kv := v.Get(key); kv != nil && !hasKind(allowed, s.Kind) {
			errs = append(errs, kv.Errorf("goes with type %s, not %s", kindList(allowed), s.Kind))
		}
	}
	s.From = itemText(v, b, "from")
	s.PerParent = itemDec(v, b, "per_parent")
	parent, known := kinds[s.From]
	if !known {
		at := v.Get("from")
		msg := fmt.Sprintf("no step %q above this one: name entry or a step listed earlier", s.From)
		if near, ok := yamlspec.Suggest(s.From, names); ok {
			msg += fmt.Sprintf(" (did you mean %q?)", near)
		}
		errs = append(errs, at.Errorf("%s", msg))
	}
	if known && parent == model.StepSQS && s.Kind != model.StepFunction {
		errs = append(errs, v.Get("from").Errorf("%s is a queue: only a function can read it", s.From))
	}
	switch s.Kind {
	case model.StepFunction:
		errs = append(errs, need(v, "duration_ms", "memory_mb")...)
		s.DurationMs = v.Get("duration_ms").Decimal()
		s.MemoryMB = v.Get("memory_mb").Int()
		if known && parent == model.StepFunction {
			s.Invoke = model.Invoke(itemTextOr(v, b, "invoke", string(model.Sync)))
		} else if iv := v.Get("invoke"); iv != nil && known {
			errs = append(errs, iv.Errorf("goes with a function called by a function; %s invokes it as %s does", s.From, parent))
		}
		if known && parent == model.StepSQS {
			s.BatchSize = int64(itemIntOr(v, b, "batch_size", 1))
		} else if bv := v.Get("batch_size"); bv != nil && known {
			errs = append(errs, bv.Errorf("goes with a function reading an sqs step, but %s is %s", s.From, parent))
		}
	case model.StepSQS, model.StepSNS, model.StepEventBridge:
		s.MessageKB = decimal.RequireFromString(itemTextOr(v, b, "message_kb", "1"))
		s.FIFO = v.Get("fifo").Bool()
	case model.StepStateMachine:
		s.Workflow = model.Workflow(itemTextOr(v, b, "workflow", string(model.Standard)))
		if s.Workflow == model.Express {
			errs = append(errs, need(v, "duration_ms")...)
			s.DurationMs = v.Get("duration_ms").Decimal()
			s.MemoryMB = int64(itemIntOr(v, b, "memory_mb", 64))
			if tv := v.Get("transitions"); tv != nil {
				errs = append(errs, tv.Errorf("goes with a standard workflow; express workflows are billed by duration"))
			}
		} else {
			errs = append(errs, need(v, "transitions")...)
			s.TransitionsPerExecution = v.Get("transitions").Int()
			for _, k := range []string{"duration_ms", "memory_mb"} {
				if kv := v.Get(k); kv != nil {
					errs = append(errs, kv.Errorf("goes with an express workflow; standard workflows are billed per transition"))
				}
			}
		}
	}
	return s, errs
}

// need reports the keys of v that its type requires but the file left out.
func need(v *yamlspec.Value, keys ...string) yamlspec.ErrorList {
	var errs yamlspec.ErrorList
	for _, k := range keys {
		if v.Get(k) == nil {
			errs = append(errs, v.Errorf("a %s step needs %s", v.Get("type").Str(), k))
		}
	}
	return errs
}

func hasKind(kinds []model.StepKind, k model.StepKind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

func kindList(kinds []model.StepKind) string {
	out := ""
	for i, k := range kinds {
		if i > 0 {
			out += " or "
		}
		out += string(k)
	}
	return out
}

// itemText returns the value of key in the list item v, or the spec's default (recorded
// under the item's path).
func itemText(v *yamlspec.Value, b *builder, key string) string {
	return itemTextOr(v, b, key, v.Spec().Field(key).Default)
}

// itemTextOr returns the value of key in v, or def (recorded as a default).
func itemTextOr(v *yamlspec.Value, b *builder, key, def string) string {
	if kv := v.Get(key); kv != nil {
		return kv.Str()
	}
	b.record(v.Path()+"."+key, def, "default")
	return def
}

func itemDec(v *yamlspec.Value, b *builder, key string) decimal.Decimal {
	d, err := decimal.NewFromString(itemText(v, b, key))
	if err != nil {
		return decimal.Zero
	}
	return d
}

func itemIntOr(v *yamlspec.Value, b *builder, key string, def int) int {
	i, _ := strconv.Atoi(itemTextOr(v, b, key, strconv.Itoa(def)))
	return i
}
