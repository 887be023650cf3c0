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
	if ec2Of(w).CPUCredits != model.CreditsStandard {
		t.Errorf("cpu_credits %q", ec2Of(w).CPUCredits)
	}
	// Left out, it stays empty: the model fills in unlimited for a burstable type only.
	w, err = Parse("api.yaml", []byte(minimal))
	if err != nil || ec2Of(w).CPUCredits != "" {
		t.Errorf("cpu_credits %q, %v", ec2Of(w).CPUCredits, err)
	}
	_, err = Parse("api.yaml", []byte(minimal+"ec2:\n  cpu_credits: burst\n"))
	if err == nil || !strings.Contains(err.Error(), "api.yaml:8:16: ec2.cpu_credits") || !strings.Contains(err.Error(), "unlimited") {
		t.Errorf("error %v", err)
	}
}
