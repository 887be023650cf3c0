package workloads

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// powerTuningLimit bounds the Power Tuning file read: its output is a few KB (one stat per
// memory size tried), describe-execution's answer a few times that.
var powerTuningLimit = yamlspec.Limit{What: "a Power Tuning output", Bytes: 4 << 20}

// ReadPowerTuning reads the output of an AWS Lambda Power Tuning execution and returns its
// stats as measured durations (architecture left for the caller to set). It accepts what
// users save:
//
//   - the state machine's output, {"results": {"power": ..., "stats": [...]}} (README-INPUT-OUTPUT.md
//     of alexcasalboni/aws-lambda-power-tuning, "State Machine Output"; stats are there only
//     when the execution ran with includeOutputResults: true);
//   - the analyzer's output itself, {"power": ..., "stats": [...]};
//   - `aws stepfunctions describe-execution`'s answer, whose "output" is that JSON as a
//     string, or the same with "output" as the object itself (as the console and tools that
//     decode it show it);
//   - the bare stats list, [{"value": 128, "averagePrice": ..., "averageDuration": ...}, ...].
//
// Like lambda/analyzer.js (extractStatistics), a stat whose averageDuration is missing, null
// or zero (an empty result of the executor) is left out. value is the memory in MB, a whole
// number from 128 to 10,240; averageDuration the mean duration in ms, read as the exact
// decimal written, above 0 and at most Lambda's 15-minute timeout. Every value past those is
// reported, with the file and its JSON path.
func ReadPowerTuning(path string) ([]model.MeasuredDuration, error) {
	data, errs := yamlspec.ReadFile(path, powerTuningLimit)
	if errs != nil {
		return nil, errs
	}
	return decodePowerTuning(path, data)
}

// lambdaMaxDurationMs is Lambda's longest invocation, its 15-minute timeout
// (https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html): no measured
// average is longer.
const lambdaMaxDurationMs = 900000

// decodePowerTuning reads the stats of Power Tuning's output in data, the contents of path.
func decodePowerTuning(path string, data []byte) ([]model.MeasuredDuration, error) {
	stats, at, err := powerTuningStats(data, "")
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	var out []model.MeasuredDuration
	var problems []error
	seen := map[int64]bool{}
	for i, s := range stats {
		key := fmt.Sprintf("%s[%d]", at, i)
		if s == nil || isNull(s.AverageDuration) {
			continue
		}
		d, err := jsonDecimal(s.AverageDuration)
		if err == nil && d.IsZero() {
			continue
		}
		switch {
		case err != nil:
		case d.IsNegative():
			err = fmt.Errorf("%s is below 0", s.AverageDuration)
		case d.GreaterThan(decimal.NewFromInt(lambdaMaxDurationMs)):
			err = fmt.Errorf("%s is past Lambda's 15-minute timeout", s.AverageDuration)
		}
		if err != nil {
			problems = append(problems, fmt.Errorf("%s: %s.averageDuration: %v; expected a mean duration in ms above 0 and at most %d", path, key, err, lambdaMaxDurationMs))
			continue
		}
		mb, err := jsonDecimal(bytes.Trim(s.Value, `"`))
		if err == nil && (!mb.IsInteger() || mb.LessThan(decimal.NewFromInt(128)) || mb.GreaterThan(decimal.NewFromInt(10240))) {
			err = fmt.Errorf("%s is not a Lambda memory size", s.Value)
		}
		if err != nil {
			problems = append(problems, fmt.Errorf("%s: %s.value: %v; expected a whole number of MB from 128 to 10240", path, key, err))
			continue
		}
		if seen[mb.IntPart()] {
			problems = append(problems, fmt.Errorf("%s: %s.value: %s MB appears twice", path, key, mb))
			continue
		}
		seen[mb.IntPart()] = true
		out = append(out, model.MeasuredDuration{MemoryMB: mb.IntPart(), DurationMs: d, Source: path})
	}
	if len(problems) > 0 {
		return nil, errors.Join(problems...)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no stats with an averageDuration", path)
	}
	return out, nil
}

// maxJSONDigits bounds the digits and the exponent of a number read from Power Tuning's
// output: JavaScript writes at most 17 significant digits, and a bound keeps 1e5000 from
// being worked with at all.
const maxJSONDigits = 40

// jsonDecimal reads a JSON number (or the digits of a quoted one) as the exact decimal
// written: never through a float, and refusing what is not a finite number (NaN and
// Infinity are not JSON, but files hold them as text), has more than maxJSONDigits digits or
// more places. A number past 10^maxJSONDigits (1e5000) is returned as 10^(maxJSONDigits+1),
// with its sign: it is past every bound checked, and is never worked with at full size.
func jsonDecimal(raw []byte) (decimal.Decimal, error) {
	text := string(raw)
	d, err := decimal.NewFromString(text)
	if err != nil || len(text) == 0 || text[0] == '"' || text[0] == '+' || text[0] == '.' {
		return decimal.Decimal{}, fmt.Errorf("%s is not a number", text)
	}
	if d.NumDigits() > maxJSONDigits || d.Exponent() < -maxJSONDigits {
		return decimal.Decimal{}, fmt.Errorf("%s is not a number Power Tuning writes", text)
	}
	if d.Exponent() > maxJSONDigits { // past every bound it is checked against: kept small
		return decimal.New(int64(d.Sign()), maxJSONDigits+1), nil
	}
	return d, nil
}

// isNull says a JSON value is absent or null.
func isNull(raw json.RawMessage) bool {
	t := bytes.TrimSpace(raw)
	return len(t) == 0 || string(t) == "null"
}

// powerTuningStat is one entry of Power Tuning's stats, numbers kept as written.
type powerTuningStat struct {
	Value           json.RawMessage `json:"value"`
	AverageDuration json.RawMessage `json:"averageDuration"`
}

// powerTuningStats finds the stats list in any of the shapes ReadPowerTuning accepts, and
// its JSON path (prefix, then "results.stats", "stats" or "" for a bare list).
func powerTuningStats(data []byte, prefix string) ([]*powerTuningStat, string, error) {
	data = bytes.TrimSpace(data)
	if len(data) > 0 && data[0] == '[' {
		var stats []*powerTuningStat
		if err := json.Unmarshal(data, &stats); err != nil {
			return nil, "", jsonProblem(data, err)
		}
		at := strings.TrimSuffix(prefix, ".") // the list itself, or output holding it
		if at == "" {
			at = "stats"
		}
		return stats, at, nil
	}
	var doc struct {
		Output  json.RawMessage `json:"output"`
		Results *struct {
			Stats []*powerTuningStat `json:"stats"`
		} `json:"results"`
		Stats []*powerTuningStat `json:"stats"`
		Power json.RawMessage    `json:"power"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, "", jsonProblem(data, err)
	}
	switch {
	case !isNull(doc.Output):
		inner := []byte(doc.Output)
		if inner[0] == '"' { // describe-execution: the output as a string of JSON
			var text string
			if err := json.Unmarshal(inner, &text); err != nil {
				return nil, "", fmt.Errorf("%soutput: %v", prefix, err)
			}
			inner = []byte(text)
		}
		stats, at, err := powerTuningStats(inner, prefix+"output.")
		if err != nil && !strings.HasPrefix(err.Error(), prefix+"output") {
			err = fmt.Errorf("%soutput: %v", prefix, err)
		}
		return stats, at, err
	case doc.Results != nil && doc.Results.Stats != nil:
		return doc.Results.Stats, prefix + "results.stats", nil
	case doc.Stats != nil:
		return doc.Stats, prefix + "stats", nil
	case doc.Results != nil || doc.Power != nil:
		return nil, "", errors.New("has no stats: run Power Tuning with includeOutputResults: true to have them")
	}
	return nil, "", errors.New("is not Power Tuning's output: expected {\"results\": {\"stats\": [...]}} or a stats list")
}

// jsonProblem says where JSON is broken, as line and column of the file.
func jsonProblem(data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	offset := int64(-1)
	switch {
	case errors.As(err, &se):
		offset = se.Offset - 1 // the error occurred after reading the offending byte
	case errors.As(err, &te):
		offset = te.Offset
	}
	if offset < 0 {
		return fmt.Errorf("invalid JSON: %v", err)
	}
	before := data[:min(int(offset), len(data))]
	line := bytes.Count(before, []byte("\n")) + 1
	col := len(before) - bytes.LastIndexByte(before, '\n')
	return fmt.Errorf("invalid JSON at line %d, column %d: %v", line, col, err)
}
