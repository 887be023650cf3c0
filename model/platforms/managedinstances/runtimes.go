package managedinstances

import "github.com/breakeven/breakeven/model"

// runtimeConcurrency is what AWS says of a runtime on Lambda Managed Instances: whether it
// runs there, and the default of PerExecutionEnvironmentMaxConcurrency per vCPU of the
// environment, with where that figure comes from.
type runtimeConcurrency struct {
	PerVCPU int64
	Why     string
}

// The AWS Lambda Developer Guide's runtime pages for Lambda Managed Instances, each stating its
// runtime's default concurrency per vCPU.
const (
	nodeSource   = "AWS's default for Node.js, 64 concurrent requests per vCPU (Lambda Developer Guide, \"Node.js runtime for Lambda Managed Instances\")"
	pythonSource = "AWS's default for Python, 16 concurrent requests per vCPU (Lambda Developer Guide, \"Python runtime for Lambda Managed Instances\")"
	javaSource   = "AWS's default for Java, 32 concurrent requests per vCPU (Lambda Developer Guide, \"Java runtime for Lambda Managed Instances\")"
	dotnetSource = "AWS's default for .NET, 32 concurrent requests per vCPU (Lambda Developer Guide, \".NET runtime for Lambda Managed Instances\")"
	osOnlySource = "AWS publishes no default for the OS-only runtime (provided.al2023); the lowest it publishes, Python's 16 per vCPU, is taken"
	imageSource  = "AWS publishes no default for container images; the lowest it publishes, Python's 16 per vCPU, is taken"
)

// runtimes are the runtimes of lambda.runtime that Lambda Managed Instances runs: "Java 21 and
// later, Python 3.13 and later, Node.js 22 and later, .NET 8 and later, Rust on the OS-only
// runtime provided.al2023" (Lambda Developer Guide, "Lambda Managed Instances runtimes",
// https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-runtimes.html). Go runs
// on the same OS-only runtime. A runtime not listed (Node.js 20, Python 3.12 and before, Java
// 17 and before, Ruby) does not run there.
var runtimes = map[string]runtimeConcurrency{
	"nodejs22.x":       {64, nodeSource},
	"nodejs24.x":       {64, nodeSource},
	"python3.13":       {16, pythonSource},
	"python3.14":       {16, pythonSource},
	"java21":           {32, javaSource},
	"java21-snapstart": {32, javaSource},
	"java25":           {32, javaSource},
	"dotnet8":          {32, dotnetSource},
	"dotnet10":         {32, dotnetSource},
	"provided.al2023":  {16, osOnlySource},
	"go":               {16, osOnlySource},
	"rust":             {16, osOnlySource},
	"container":        {16, imageSource},
}

// runtimeOf is the function's runtime: lambda.runtime (model's LambdaConfig, the function's
// settings the file gives once for every platform), or Lambda's default.
func runtimeOf(w model.Workload) string {
	if l, ok := model.SettingsOf[model.LambdaConfig](w, model.PlatformLambda); ok && l.ColdStart.Runtime != "" {
		return l.ColdStart.Runtime
	}
	return model.DefaultRuntime
}

// unsupportedRuntime says the runtime does not run on Lambda Managed Instances.
func unsupportedRuntime(runtime string) string {
	return "lambda.runtime " + runtime + " does not run on Lambda Managed Instances: AWS supports Java 21 and later, Python 3.13 and later, Node.js 22 and later, .NET 8 and later and the OS-only provided.al2023 (Lambda Developer Guide, \"Lambda Managed Instances runtimes\")"
}
