package lambda

import (
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

func TestDurationModelByHand(t *testing.T) {
	w := mobileBackend()
	w.Function = model.Function{DurationMs: dec("200"), MemoryMB: 1024}
	w.Tuning = model.Tuning{CPUBoundPercent: decimal.NewNullDecimal(dec("50"))}
	m := newDurationModel(w)
	for _, c := range []struct {
		mb   int64
		arch model.Architecture
		want string
	}{
		// 100 ms of I/O + 100 ms of CPU at 1,024 MB, the CPU scaled by 1,024 / e(m):
		{1024, model.X86_64, "200"},
		{512, model.X86_64, "300"},         // 100 + 100 x 2
		{128, model.X86_64, "900"},         // 100 + 100 x 8
		{2048, model.X86_64, "157.885811"}, // single-threaded: e = 1,769; 100 + 102,400 / 1,769
		{10240, model.X86_64, "157.885811"},
		{1024, model.ARM64, "200"}, // arm64 at 100%
	} {
		if got := m.at(c.mb, c.arch); !got.Equal(dec(c.want)) {
			t.Errorf("%d MB %s: %s ms, want %s", c.mb, c.arch, got, c.want)
		}
	}

	// Two threads: the CPU keeps scaling to 3,538 MB: at 3,538 MB 100 + 100 x 1,024 / 3,538
	// = 128.942906 (28.94290559... to six places). arm64 at 80% of x86_64: 200 x 0.8 = 160.
	w.Tuning.Threads = 2
	w.Tuning.ARM64DurationPercent = dec("80")
	m = newDurationModel(w)
	if got := m.at(3538, model.X86_64); !got.Equal(dec("128.942906")) {
		t.Errorf("two threads at 3,538 MB: %s", got)
	}
	if got := m.at(10240, model.X86_64); !got.Equal(dec("128.942906")) {
		t.Errorf("two threads at 10,240 MB: %s", got)
	}
	if got := m.at(1024, model.ARM64); !got.Equal(dec("160")) {
		t.Errorf("arm64 at 80%%: %s", got)
	}
	// The file's duration measured on arm64: x86_64 takes 100/80 of it, 250 ms.
	model.EditSettings(&w, model.PlatformLambda, func(c *model.LambdaConfig) { c.Architecture = model.ARM64 })
	if got := newDurationModel(w).at(1024, model.X86_64); !got.Equal(dec("250")) {
		t.Errorf("x86_64 from arm64 at 80%%: %s", got)
	}
}

func TestDurationModelThroughPoints(t *testing.T) {
	w := mobileBackend()
	w.Function = model.Function{DurationMs: dec("205.4"), MemoryMB: 1024}
	w.Tuning.Measured = []model.MeasuredDuration{
		{MemoryMB: 512, DurationMs: dec("401.6")},
		{MemoryMB: 1536, DurationMs: dec("130.1")},
		{MemoryMB: 3008, DurationMs: dec("109.9")},
	}
	m := newDurationModel(w)
	for _, c := range []struct {
		mb   int64
		want string
	}{
		// linear in 1/e between 1,024 (205.4) and 1,536 (130.1): at 1,280, t = 0.6,
		// 205.4 - 75.3 x 0.6 = 160.22
		{1280, "160.22"},
		{1536, "130.1"},
		// between 1,536 and 3,008, e runs to 1,769 then stays: at 1,769 (e = 1,769),
		// t = (1/1769 - 1/1536) / (1/1769 - 1/1536) = 1: 109.9
		{1769, "109.9"},
		{2500, "109.9"},
		// beyond 3,008 nothing changes
		{10240, "109.9"},
		// below 512: the line through 512 (401.6) and 1,024 (205.4, the file's point) in
		// 1/e: its CPU part at 512 MB is (401.6 - 205.4) x 1,024 x 512 / ((1,024 - 512) x
		// 512) = 392.4 ms, the I/O 9.2 ms; at 128 MB 9.2 + 392.4 x 4 = 1,578.8, at 256 MB
		// 9.2 + 392.4 x 2 = 794.
		{128, "1578.8"},
		{256, "794"},
	} {
		if got := m.at(c.mb, model.X86_64); !got.Equal(dec(c.want)) {
			t.Errorf("%d MB: %s ms, want %s", c.mb, got, c.want)
		}
	}
	// A pair faster than CPU alone explains: 512 at 400 ms, 1,024 at 150 ms: the CPU part
	// at 512 would be (400 - 150) x 1,024 x 512 / (512 x 512) = 500 ms, more than the 400
	// ms, so it is kept to all of it: at 256 MB 400 x 2 = 800 ms.
	w.Tuning.Measured = []model.MeasuredDuration{{MemoryMB: 512, DurationMs: dec("400")}, {MemoryMB: 1024, DurationMs: dec("150")}}
	if got := newDurationModel(w).at(256, model.X86_64); !got.Equal(dec("800")) {
		t.Errorf("below the points: %s, want 800", got)
	}
	// Noise that makes more memory slower is kept at no gain: beyond the last point the
	// duration stays.
	w.Tuning.Measured = []model.MeasuredDuration{{MemoryMB: 512, DurationMs: dec("190")}}
	if got := newDurationModel(w).at(768, model.X86_64); !got.Equal(dec("200.266667")) {
		// between 512 (190) and 1,024 (205.4, the file's), t = (1/768 - 1/512)/(1/1024 -
		// 1/512) = 2/3: 190 + 15.4 x 2/3 = 200.2666...
		t.Errorf("between: %s", got)
	}
	if got := newDurationModel(w).at(300, model.X86_64); !got.Equal(dec("190")) {
		t.Errorf("below a slower-with-more-memory pair: %s, want 190", got)
	}
}
