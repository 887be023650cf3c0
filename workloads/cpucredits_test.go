package workloads

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
)

func TestParseCPUCredits(t *testing.T) {
	w, err := Parse("api.yaml", []byte(minimal+"ec2:\n  instance_type: t3.micro\n  cpu_credits: standard\n"))
	if err != nil {
		t.Fatal(err)
	}
	if w.EC2.CPUCredits != model.CreditsStandard {
		t.Errorf("cpu_credits %q", w.EC2.CPUCredits)
	}
	// Left out, it stays empty: the model fills in unlimited for a burstable type only.
	w, err = Parse("api.yaml", []byte(minimal))
	if err != nil || w.EC2.CPUCredits != "" {
		t.Errorf("cpu_credits %q, %v", w.EC2.CPUCredits, err)
	}
	_, err = Parse("api.yaml", []byte(minimal+"ec2:\n  cpu_credits: burst\n"))
	if err == nil || !strings.Contains(err.Error(), "api.yaml:8:16: ec2.cpu_credits") || !strings.Contains(err.Error(), "unlimited") {
		t.Errorf("error %v", err)
	}
}
