package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A file too large for a workload (or a pricing file) is refused by name with exit 2 and
// nothing on stdout, before it is decoded.
func TestRefusesAFileTooLarge(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.yaml")
	if err := os.WriteFile(big, []byte("name: big\n# "+strings.Repeat("x", 5<<20)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"price", big},
		{"validate", big},
		{"price", "--pricing", big, "testdata/mobile-backend.yaml"},
		{"pricing", "--pricing", big},
	} {
		code, stdout, stderr := run(t, args...)
		if code != exitUsage || stdout != "" || !strings.HasPrefix(stderr, big+": is 5242893 bytes; a ") || !strings.Contains(stderr, "may be at most") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, stdout, stderr)
		}
	}
}
