//go:build unix

package workloads

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func ownerAndGroup(t *testing.T, path string) (uid, gid uint32, ino uint64) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	st := info.Sys().(*syscall.Stat_t)
	return st.Uid, st.Gid, st.Ino
}

// Saving keeps the file's owner and group. As root, saving another user's file: it stays
// his (a plain rename would make it root's), and setuid and setgid go. As another user, on
// his own file given one of his other groups: the group stays (the new file would otherwise
// get his primary group). Either way the file is replaced by rename, not rewritten.
func TestSaveFileKeepsOwnerAndGroup(t *testing.T) {
	dir := t.TempDir()
	path, _ := writeStamped(t, dir, "w.yaml", "a: 1\n", 0o640)
	wantUID, wantGID := uint32(os.Geteuid()), uint32(os.Getegid())
	if os.Geteuid() == 0 {
		wantUID, wantGID = 4242, 4343 // a user and group that are not root's
	} else if groups, err := os.Getgroups(); err == nil {
		for _, g := range groups {
			if uint32(g) != wantGID {
				wantGID = uint32(g)
				break
			}
		}
	}
	if err := os.Chown(path, int(wantUID), int(wantGID)); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o750|fs.ModeSetuid|fs.ModeSetgid); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	stamp, err := StampOf(path, data)
	if err != nil {
		t.Fatal(err)
	}
	_, _, before := ownerAndGroup(t, path)
	if _, err := SaveFile(path, []byte("a: 2\n"), stamp, false); err != nil {
		t.Fatal(err)
	}
	uid, gid, after := ownerAndGroup(t, path)
	if uid != wantUID || gid != wantGID {
		t.Errorf("owner %d:%d after the save, want %d:%d", uid, gid, wantUID, wantGID)
	}
	if after == before {
		t.Errorf("written in place (inode %d), want a rename", after)
	}
	checkFile(t, path, "a: 2\n", 0o750, "w.yaml")
	if info, _ := os.Stat(path); info.Mode()&(fs.ModeSetuid|fs.ModeSetgid) != 0 {
		t.Errorf("mode %v keeps setuid or setgid", info.Mode())
	}
}

// A temporary file whose process is gone is removed at once, however young.
func TestRemoveStaleTempsOfAGoneProcess(t *testing.T) {
	dir := t.TempDir()
	gone := 1 << 30 // above any system's largest process id
	name := fmt.Sprintf(".breakeven-save-%d-7.tmp", gone)
	if err := os.WriteFile(filepath.Join(dir, name), []byte("partial"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("elsewhere", filepath.Join(dir, fmt.Sprintf(".breakeven-save-%d-8.tmp", gone))); err != nil {
		t.Fatal(err)
	}
	if removed := RemoveStaleTemps(dir); len(removed) != 1 || removed[0] != filepath.Join(dir, name) {
		t.Errorf("removed %v, want %s (and not the link)", removed, name)
	}
}

// hangEnv names the directory where the helper process saves and then waits to be killed.
const hangEnv = "BREAKEVEN_TEST_SAVE_AND_HANG"

// A save killed with SIGKILL after writing its temporary file leaves the file as it was and a
// temporary file named for its process; the next start (RemoveStaleTemps) removes it.
func TestSaveKilledMidWay(t *testing.T) {
	if dir := os.Getenv(hangEnv); dir != "" {
		saveAndHang(dir)
		return
	}
	dir := t.TempDir()
	path, _ := writeStamped(t, dir, "w.yaml", "a: 1\n", 0o640)
	cmd := exec.Command(os.Args[0], "-test.run=^TestSaveKilledMidWay$")
	cmd.Env = append(os.Environ(), hangEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if line, err := bufio.NewReader(out).ReadString('\n'); err != nil || line != "about to rename\n" {
		cmd.Process.Kill()
		t.Fatalf("helper said %q, %v", line, err)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	entries, _ := os.ReadDir(dir)
	prefix := fmt.Sprintf(".breakeven-save-%d-", cmd.Process.Pid)
	if len(entries) != 2 || !strings.HasPrefix(entries[0].Name(), prefix) {
		t.Fatalf("after the kill the directory holds %v, want w.yaml and %s*.tmp", entries, prefix)
	}
	if removed := RemoveStaleTemps(dir); len(removed) != 1 {
		t.Errorf("removed %v", removed)
	}
	checkFile(t, path, "a: 1\n", 0o640, "w.yaml")
}

// saveAndHang saves dir/w.yaml and stops just before the rename, for its parent to kill it.
func saveAndHang(dir string) {
	path := filepath.Join(dir, "w.yaml")
	data, _ := os.ReadFile(path)
	stamp, _ := StampOf(path, data)
	renameFile = func(string, string) error {
		fmt.Println("about to rename")
		select {} // until killed
	}
	SaveFile(path, []byte("a: 2\n"), stamp, false)
}
