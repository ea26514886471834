package index

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

const holdEnv = "CROSSCHECK_INDEX_TEST_HOLD"

// TestHelperHoldIndex is not a test: run as a child process with holdEnv set, it
// opens that index, says "ready" and holds it until its stdin closes.
func TestHelperHoldIndex(t *testing.T) {
	dir := os.Getenv(holdEnv)
	if dir == "" {
		t.Skip("helper process only")
	}
	ix, err := Open(dir, Options{})
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	fmt.Println("ready")
	io.Copy(io.Discard, os.Stdin)
	ix.Close()
	os.Exit(0)
}

func TestLocked(t *testing.T) {
	tests := []struct {
		name  string
		other bool // held by another process, not by this one
		opt   Options
	}{
		{"same process, writer", false, Options{Timeout: 300 * time.Millisecond}},
		{"same process, reader", false, Options{ReadOnly: true, Timeout: 300 * time.Millisecond}},
		{"other process, writer", true, Options{Timeout: 300 * time.Millisecond}},
		{"other process, reader", true, Options{ReadOnly: true, Timeout: 300 * time.Millisecond}},
		{"other process, default timeout", true, Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "ix")
			if tt.other {
				holdInChild(t, dir)
			} else {
				openT(t, dir, Options{})
			}
			start := time.Now()
			ix, err := Open(dir, tt.opt)
			took := time.Since(start)
			if err == nil {
				ix.Close()
			}
			var le *LockedError
			if !errors.As(err, &le) || le.Dir != dir {
				t.Fatalf("second Open = %v, want *LockedError", err)
			}
			want := tt.opt.Timeout
			if want == 0 {
				want = DefaultTimeout
			}
			// bbolt gives up one retry interval (50ms) early
			if took < want-100*time.Millisecond || took > want+3*time.Second {
				t.Errorf("second Open failed after %v, want about %v", took, want)
			}
		})
	}
}

// holdInChild starts the test binary as a helper holding dir open until the test ends.
func holdInChild(t *testing.T, dir string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHoldIndex$")
	cmd.Env = append(os.Environ(), holdEnv+"="+dir)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stdin.Close()
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if line != "ready\n" {
		t.Fatalf("helper: %q, %v", line, err)
	}
}
