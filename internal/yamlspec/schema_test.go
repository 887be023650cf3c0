package yamlspec

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// Regenerate testdata/schema.golden.json with: go test ./internal/yamlspec -update
var update = flag.Bool("update", false, "rewrite golden files")

func TestSchemaGolden(t *testing.T) {
	got := Schema(testSpec, "https://example.com/test.schema.json", "Test")
	if !json.Valid(got) {
		t.Fatalf("Schema is not valid JSON:\n%s", got)
	}
	if !bytes.Equal(got, Schema(testSpec, "https://example.com/test.schema.json", "Test")) {
		t.Fatal("Schema is not deterministic")
	}
	golden := filepath.Join("testdata", "schema.golden.json")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("Schema differs from %s (run go test ./internal/yamlspec -update and review the diff):\n%s", golden, got)
	}
}

func TestSchemaContent(t *testing.T) {
	var s map[string]any
	if err := json.Unmarshal(Schema(testSpec, "id", "T"), &s); err != nil {
		t.Fatal(err)
	}
	props := s["properties"].(map[string]any)
	lambda := props["lambda"].(map[string]any)["properties"].(map[string]any)
	mem := lambda["memory_mb"].(map[string]any)
	if mem["type"] != "integer" || mem["minimum"] != 128.0 || mem["maximum"] != 10240.0 || mem["default"] != 128.0 {
		t.Errorf("memory_mb = %v", mem)
	}
	dur := lambda["duration_ms"].(map[string]any)
	if dur["exclusiveMinimum"] != 0.0 || dur["description"] != "Duration. At most 3 decimal places." {
		t.Errorf("duration_ms = %v", dur)
	}
	if lambda["free_tier"].(map[string]any)["default"] != false {
		t.Errorf("free_tier default = %v", lambda["free_tier"])
	}
	if s["additionalProperties"] != false || s["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("root = %v", s)
	}
	if req := s["required"].([]any); len(req) != 2 || req[0] != "name" || req[1] != "traffic" {
		t.Errorf("required = %v", req)
	}
	if _, ok := props["traffic"].(map[string]any)["oneOf"]; !ok {
		t.Error("traffic lacks oneOf")
	}
	if _, ok := props["ec2"].(map[string]any)["allOf"]; !ok {
		t.Error("ec2 lacks its if/then/else")
	}
}
