package workloads

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Regenerate examples/workload.schema.json after changing the spec table with:
//
//	go test ./workloads -update
var update = flag.Bool("update", false, "rewrite examples/workload.schema.json from Schema()")

func TestSchemaFileIsCurrent(t *testing.T) {
	file := filepath.Join("examples", "workload.schema.json")
	if *update {
		if err := os.WriteFile(file, Schema(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, Schema()) {
		t.Errorf("%s differs from Schema(); run go test ./workloads -update and review the diff", file)
	}
}

func TestSpecTable(t *testing.T) {
	if err := formatSpec().Check(); err != nil {
		t.Fatal(err)
	}
}

func TestExamples(t *testing.T) {
	names := ExampleNames()
	if len(names) < 12 {
		t.Errorf("only %d examples", len(names))
	}
	ws := Examples()
	if len(ws) != len(names) {
		t.Fatalf("Examples() = %d workloads, ExampleNames() = %d", len(ws), len(names))
	}
	for i, w := range ws {
		if w.Name != names[i] {
			t.Errorf("examples/%s.yaml is called %q; name the file after the workload", names[i], w.Name)
		}
		if w.File != "examples/"+names[i]+".yaml" {
			t.Errorf("File = %q", w.File)
		}
		if w.Description == "" {
			t.Errorf("%s has no description", w.Name)
		}
		src, err := ExampleSource(names[i])
		if err != nil {
			t.Fatal(err)
		}
		if first, _, _ := strings.Cut(string(src), "\n"); first != "# yaml-language-server: $schema=workload.schema.json" {
			t.Errorf("%s: first line is %q", w.Name, first)
		}
	}
}

// TestExamplesCoverTheFormat keeps the examples teaching every part of the format.
func TestExamplesCoverTheFormat(t *testing.T) {
	var perSecond, freeTier, provisioned, spot, arm, lambdaTooLong, lambdaTooBig, engineChooses bool
	for _, w := range Examples() {
		perSecond = perSecond || w.Traffic.PerSecond
		freeTier = freeTier || lambdaOf(w).FreeTier
		provisioned = provisioned || lambdaOf(w).ProvisionedConcurrency > 0
		spot = spot || ec2Of(w).Purchase == "spot"
		arm = arm || lambdaOf(w).Architecture == "arm64"
		lambdaTooLong = lambdaTooLong || w.Function.DurationMs.IntPart() > 15*60*1000
		lambdaTooBig = lambdaTooBig || w.Function.MemoryMB == 10240
		engineChooses = engineChooses || ec2Of(w).InstanceType == ""
	}
	for what, ok := range map[string]bool{
		"requests_per_second": perSecond, "free tier": freeTier, "provisioned concurrency": provisioned,
		"spot": spot, "arm64": arm, "infeasible on Lambda (duration)": lambdaTooLong,
		"10 GB memory": lambdaTooBig, "an instance type left to the engine": engineChooses,
	} {
		if !ok {
			t.Errorf("no example shows %s", what)
		}
	}
}

func TestExampleSource(t *testing.T) {
	if _, err := ExampleSource("mobile-backend"); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"mobile-backnd":   `no example called "mobile-backnd" (did you mean "mobile-backend"?)`,
		"zzz":             `no example called "zzz"; the examples are auth-tokens, `,
		"../spec.go":      `no example called "../spec.go"`,
		"workload.schema": `no example called "workload.schema"`,
	} {
		_, err := ExampleSource(name)
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("ExampleSource(%q) = %v, want %q...", name, err, want)
		}
	}
}
