package model

// LambdaConfig is how the workload is configured on AWS Lambda, the settings package
// model/platforms/lambda decodes from the lambda section and keeps in Workload.Settings
// (SettingsOf[LambdaConfig](w, PlatformLambda)); no field of Workload holds it. Its type stays
// here, a documented contract, for the reason FargateConfig does (package model's own tests
// build workloads with it); the engine, the analyses, the output and the workload format read
// and change it only through the FunctionOwner the platform implements (FunctionSettingsOf,
// WithFunctionSettings).
type LambdaConfig struct {
	Architecture       Architecture
	EphemeralStorageMB int64
	FreeTier           bool
	// ProvisionedConcurrency is the number of execution environments kept initialised while
	// the schedule has them on (0: none).
	ProvisionedConcurrency int64
	// ProvisionedSchedule says when provisioned concurrency is on.
	ProvisionedSchedule ProvisionedSchedule
	// ConcurrencyLimit is the most environments the function may run at once: the account's
	// regional quota or the function's reserved concurrency (0: DefaultConcurrencyLimit).
	ConcurrencyLimit int64
	// ColdStart describes what a cold start takes; memory, architecture and percentile are
	// filled in from the rest of the workload when it is estimated.
	ColdStart ColdStartConfig
	// OmitColdStarts leaves the estimated INIT of cold starts out of the bill (they are still
	// estimated and reported).
	OmitColdStarts bool
	// QuotaRaised says the concurrency limit will be raised to fit the peak: requests above
	// the limit are billed rather than taken off as throttled.
	QuotaRaised bool
}
