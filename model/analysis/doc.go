// Package analysis is breakeven's decision analyses of a workload: where the cheapest platform
// flips as traffic, duration and memory move (BreakEvens), the cheapest Fargate task and EC2
// instance type and how to buy it (RightSize), provisioned concurrency at the peak, growth
// month by month, traffic scenarios, sensitivity to each input, a container baseline with
// Lambda for the bursts (PlanHybrid), the flow's steps worth merging (Merges, WithMerges, for
// the outputs that show them) and the recommendations ranked by what they save, gathered with
// the memory sweep (model.Sweep) by Compare. It prices only through the engine's entry,
// model.Price, and loops over model.Platforms: a platform registered with
// model.RegisterPlatform is in every analysis.
package analysis
