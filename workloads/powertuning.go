package workloads

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

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
//   - `aws stepfunctions describe-execution`'s answer, whose "output" is that JSON as a string;
//   - the bare stats list, [{"value": 128, "averagePrice": ..., "averageDuration": ...}, ...].
//
// Like lambda/analyzer.js (extractStatistics), a stat without an averageDuration (an empty
// result of the executor) is left out. value is the memory in MB, averageDuration the mean
// duration in ms (read as the exact decimal written).
func ReadPowerTuning(path string) ([]model.MeasuredDuration, error) {
	data, errs := yamlspec.ReadFile(path, powerTuningLimit)
	if errs != nil {
		return nil, errs
	}
	stats, err := powerTuningStats(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	var out []model.MeasuredDuration
	var problems []error
	seen := map[int64]bool{}
	for i, s := range stats {
		if s == nil || len(s.AverageDuration) == 0 || string(s.AverageDuration) == "0" || string(s.AverageDuration) == "null" {
			continue
		}
		at := fmt.Sprintf("%s: stats[%d]", path, i)
		mb, err := strconv.ParseInt(string(bytes.Trim(s.Value, `"`)), 10, 64)
		if err != nil || mb < 128 || mb > 10240 {
			problems = append(problems, fmt.Errorf("%s: value %s is not a Lambda memory size (128 to 10240 MB)", at, s.Value))
			continue
		}
		d, err := decimal.NewFromString(string(s.AverageDuration))
		if err != nil || !d.IsPositive() {
			problems = append(problems, fmt.Errorf("%s: averageDuration %s is not a positive number of milliseconds", at, s.AverageDuration))
			continue
		}
		if seen[mb] {
			problems = append(problems, fmt.Errorf("%s: %d MB appears twice", at, mb))
			continue
		}
		seen[mb] = true
		out = append(out, model.MeasuredDuration{MemoryMB: mb, DurationMs: d, Source: path})
	}
	if len(problems) > 0 {
		return nil, errors.Join(problems...)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no stats with an averageDuration", path)
	}
	return out, nil
}

// powerTuningStat is one entry of Power Tuning's stats, numbers kept as written.
type powerTuningStat struct {
	Value           json.RawMessage `json:"value"`
	AverageDuration json.RawMessage `json:"averageDuration"`
}

// powerTuningStats finds the stats list in any of the shapes ReadPowerTuning accepts.
func powerTuningStats(data []byte) ([]*powerTuningStat, error) {
	data = bytes.TrimSpace(data)
	if len(data) > 0 && data[0] == '[' {
		var stats []*powerTuningStat
		if err := json.Unmarshal(data, &stats); err != nil {
			return nil, jsonProblem(data, err)
		}
		return stats, nil
	}
	var doc struct {
		Output  *string `json:"output"`
		Results *struct {
			Stats []*powerTuningStat `json:"stats"`
		} `json:"results"`
		Stats []*powerTuningStat `json:"stats"`
		Power json.RawMessage    `json:"power"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, jsonProblem(data, err)
	}
	switch {
	case doc.Output != nil:
		stats, err := powerTuningStats([]byte(*doc.Output))
		if err != nil {
			return nil, fmt.Errorf("output: %v", err)
		}
		return stats, nil
	case doc.Results != nil && doc.Results.Stats != nil:
		return doc.Results.Stats, nil
	case doc.Stats != nil:
		return doc.Stats, nil
	case doc.Results != nil || doc.Power != nil:
		return nil, errors.New("has no stats: run Power Tuning with includeOutputResults: true to have them")
	}
	return nil, errors.New("is not Power Tuning's output: expected {\"results\": {\"stats\": [...]}} or a stats list")
}

// jsonProblem says where JSON is broken, as line and column of the file.
func jsonProblem(data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	offset := int64(-1)
	switch {
	case errors.As(err, &se):
		offset = se.Offset
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
