package lambda

import (
	"testing"

	"github.com/breakeven/breakeven/model"
)

func TestThrottlingAgainstTheLimit(t *testing.T) {
	// 3,600 requests an hour of 10 s each: a mean concurrency of 10 (Little's law), whose 99th
	// percentile (Poisson) is 18. With a limit of 10 every hour throttles; Erlang's loss
	// formula for 10 servers at a load of 10 turns away 0.214582 (tables: 0.2146), so 772.496,
	// rounded to 772, of each hour's 3,600: 563,560 in the month.
	series := make([]int64, 730)
	for h := range series {
		series[h] = 3600
	}
	th := lambdaThrottling(series, nil, 10000, 10, model.NewPeakWindow(dec("99"), 10000))
	if th.PeakConcurrency != 18 || th.Hours != 730 {
		t.Errorf("peak %d, %d throttled hours", th.PeakConcurrency, th.Hours)
	}
	if th.Requests != 563560 {
		t.Errorf("throttled %d, want 563,560", th.Requests)
	}
	// With the default limit of 1,000 nothing throttles.
	if th = lambdaThrottling(series, nil, 10000, 0, model.NewPeakWindow(dec("99"), 10000)); th.Hours != 0 || th.Requests != 0 || th.Limit != 1000 {
		t.Errorf("%+v", th)
	}
}

func TestBurstScalingRamp(t *testing.T) {
	// From nothing to 5,000,000 requests of 1 s in an hour: a mean concurrency of 1,389 whose
	// 99th percentile is 1,476 (1,388.9 + 2.3263 x 37.27 + 0.2353, rounded up): a rise of 1,476
	// takes two 10-second steps of 1,000.
	th := lambdaThrottling([]int64{0, 5000000}, nil, 1000, 100000, model.NewPeakWindow(dec("99"), 1000))
	if th.LargestRise != 1476 || th.RampSeconds != 20 {
		t.Errorf("rise %d, ramp %d s", th.LargestRise, th.RampSeconds)
	}
}

func TestAnHourThatServesRunsOneEnvironment(t *testing.T) {
	// 36 requests of 100 ms in an hour: a mean concurrency of 36 x 100 / 3,600,000 = 0.001,
	// whose 99th-percentile Poisson count is 0 (e^-0.001 = 0.999 >= 0.99). The hour still runs
	// one environment at its peak; an idle hour runs none.
	th := lambdaThrottling([]int64{0, 36, 0}, nil, 100, 1000, model.NewPeakWindow(dec("99"), 100))
	if th.PeakConcurrency != 1 || th.LargestRise != 1 || th.Hours != 0 {
		t.Errorf("peak %d, largest rise %d, throttled hours %d; want 1, 1, 0", th.PeakConcurrency, th.LargestRise, th.Hours)
	}
	if th = lambdaThrottling([]int64{0, 0}, nil, 100, 1000, model.NewPeakWindow(dec("99"), 100)); th.PeakConcurrency != 0 {
		t.Errorf("idle month: peak %d, want 0", th.PeakConcurrency)
	}
}
