package workloads

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model"
)

// Template returns a commented workload file called name, for `breakeven init NAME`: the
// required keys with sample values, and every optional key commented out showing its default.
// name must follow the rule of the name: key.
func Template(name string) ([]byte, error) {
	if err := formatSpec().Field("name").Spec.CheckText(name); err != nil {
		return nil, fmt.Errorf("workload name: %v", err)
	}
	var b strings.Builder
	b.WriteString(templateHead)
	for _, sec := range model.Sections() {
		b.WriteString(sec.SectionTemplate())
		b.WriteString("\n")
	}
	b.WriteString(templateTail)
	text := strings.ReplaceAll(b.String(), "PLATFORMS", strings.Join(PlatformIDs(), ", "))
	return []byte(strings.ReplaceAll(text, "NAME", name)), nil
}

// templateHead is the file Template writes up to the platforms' sections (each platform's
// SectionTemplate, in the order of model.Platforms); templateTail follows them. TestTemplate
// checks that the file names every key of the spec table and shows each default as the
// table gives it.
const templateHead = `# yaml-language-server: $schema=workload.schema.json
# A breakeven workload: one service or job, priced on every platform breakeven knows.
# Units are in the key names. A key that is commented out shows its default (or is chosen by
# the engine when it has none); uncomment it to set it. The first line points editors at
# workload.schema.json (breakeven init writes it; or run breakeven schema > workload.schema.json)
# so they complete and check keys. Price it with: breakeven price NAME.yaml
name: NAME
description: What this workload does
# region: us-east-1                      # the AWS region whose prices apply
# platforms: [PLATFORMS]                 # show only these; left out: every one that can run it

traffic:                                 # give exactly one of these two
  requests_per_month: 1000000            # requests in a month, bursts included
  # requests_per_second: 0.5             # or the average rate, around the clock
  # growth_percent_per_month: 5         # compounding; price --months-ahead 12 projects it
  # peak_percentile: 99                  # size fleets for this percentile of requests a second
  # shape: flat                          # flat, diurnal, business-hours or weights
  # time_zone: UTC                       # the zone the shape's and bursts' hours are in
  # diurnal:                             # with shape: diurnal
    # peak_to_average: 2.5               # the busiest hour carries 2.5x the average hour
    # peak_hour: 14                      # at 14:00 local time
  # business_hours:                      # with shape: business-hours
    # days: [mon, tue, wed, thu, fri]
    # start_hour: 9                      # local time
    # end_hour: 18                       # 18:00 not included
    # off_hours_percent: 5               # share of a week's requests outside those hours
  # weights: [1, 1, 1, 1, ...]           # with shape: weights: 24 (per hour) or 168 (per week hour)
  # bursts:                              # for example: events that multiply the rate
    # - name: black-friday
    #   multiplier: 4
    #   hours_per_month: 12              # the month's 12 busiest hours; or:
    # - name: monday-reports
    #   multiplier: 3
    #   days: [mon]
    #   start_hour: 0                    # local time
    #   end_hour: 24                     # not included

function:                                # how one request behaves
  duration_ms: 100                       # average duration of one request at memory_mb
  memory_mb: 512                         # memory one request needs

`

// templateTail is the template after the platforms' sections.
const templateTail = `# database:                              # a relational database the workload uses
  # max_connections: 200                 # checked against each platform's peak
  # connections_per_task: 10             # pool of one Fargate task
  # connections_per_instance: 10         # pool of one EC2 instance
  # rds_proxy: false                     # RDS Proxy pools connections (priced per database vCPU)
  # vcpu: 2                              # the database's vCPUs, for RDS Proxy pricing

# The services around the function: each section is priced only when it is given.
# flow:                                  # what each request triggers beyond this function (entry)
  # - name: validate                     # a function the entry calls
  #   type: function                     # function, sqs, sns, eventbridge or step-functions
  #   from: entry                        # the step that triggers it: entry or a step above
  #   per_parent: 1                      # runs per run of its parent (0.25: one in four)
  #   duration_ms: 40
  #   memory_mb: 256
  #   invoke: sync                       # sync (the caller waits, billed) or async (retried)
  # - name: orders
  #   type: sqs
  #   from: validate
  #   fifo: false                        # a FIFO queue
  #   message_kb: 1                      # billed in 64 KB chunks (sqs, sns, eventbridge)
  # - name: worker
  #   type: function
  #   from: orders                       # reads the queue
  #   batch_size: 1                      # messages per invocation on average
  #   duration_ms: 300
  #   memory_mb: 1024
  # - name: fulfil
  #   type: step-functions
  #   from: worker
  #   workflow: standard                 # standard (per transition) or express (duration_ms, memory_mb)
  #   transitions: 8                     # state transitions per execution

# front_door:                            # what receives the requests
  # lambda: http-api                     # http-api, rest-api, function-url, alb or none
  # containers: alb                      # alb, http-api, rest-api or none (Fargate and EC2)
  # request_kb: 1                        # one request
  # response_kb: 4                       # one response: data transfer out
  # cache_size_gb: 0.5                   # with rest-api: a cache of 0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118 or 237 GB
  # cache_hit_percent: 40                # with a cache: requests it answers
  # new_connection_percent: 100          # ALB: requests that open a connection
  # connection_seconds: 1                # ALB: how long a connection stays open
  # rules_per_request: 1                 # ALB: listener rules evaluated (10 free)

# logs:                                  # CloudWatch Logs
  # kb_per_invocation: 0.15              # your code's logs; Lambda adds its START, END and REPORT lines (0.35 KB)
  # retention_days: 30                   # days log groups keep events

# network:
  # nat_gateways: 0                      # one per zone; 0: tasks and instances get public IPv4
  # nat_kb_per_request: 0                # data through NAT per request
  # availability_zones: 2                # the ALB holds a public IPv4 address in each

# tracing:
  # xray: true                           # trace requests with X-Ray
  # sample_percent: 5                    # left out: the first request each second and 5% of the rest

# retries:
  # error_percent: 0                     # invocations that fail
  # sync_retries: 0                      # client or caller retries
  # async_retries: 2                     # Lambda's retries of async events (0 to 2)
  # queue_max_receives: 5                # the redrive policy's maxReceiveCount
  # dead_letter_queue: false             # failures land in an SQS queue

# schedules:                             # jobs that run on a cron schedule
  # - name: nightly-export
  #   cron: "0 2 * * *"                  # five fields or @hourly, @daily, @weekly, @monthly
  #   time_zone: UTC
  #   duration_ms: 60000                 # a run that finds work
  #   memory_mb: 1024
  #   parallel: 1                        # tasks or invocations per run
  #   early_exit_percent: 0              # runs that find nothing to do...
  #   early_exit_ms: 200                 # with early_exit_percent above 0: they stop after this long
  #   work_items_per_month: 100          # compare with an event-driven trigger
  #   task_vcpu: 0.5                     # Fargate task; left out, chosen from memory_mb
  #   task_memory_gb: 1
  #   ec2: service                       # service (the service's instances) or dedicated

# tuning:                                # for breakeven sweep: how duration changes with memory
  # cpu_bound_percent: 50                # share of duration_ms that is CPU work; measure it
  # threads: 1                           # vCPUs the code keeps busy (1: nothing gained past 1,769 MB)
  # arm64_duration_percent: 100          # duration on arm64 relative to x86_64
  # min_memory_mb: 128                   # the least memory the code needs
  # balanced_weight: 0.5                 # Power Tuning's balancedWeight: 0 fastest, 1 cheapest
  # max_slowdown_percent: 10             # advice: a size or arm64 runs at most this much slower
  # memory_sizes: [128, 512, 1024, 1769, 3008]   # sizes to show; every size is swept
  # measured:                            # average durations you measured
  #   - {memory_mb: 512, duration_ms: 310, architecture: x86_64}
  # power_tuning: power-tuning.json      # AWS Lambda Power Tuning's output, relative to this file

# scenarios:                             # traffic levels breakeven compare prices side by side
  # - name: low                          # left out: low 0.5, expected 1 and high 2
  #   traffic_multiplier: 0.5            # the traffic times this
  # - name: launch-week
  #   traffic_multiplier: 3

# purchase:                              # how you buy compute (compare prices each platform so)
  # lambda: savings-plan-1y              # on-demand, or a Compute Savings Plan (duration only)
  # fargate: spot                        # on-demand, spot, savings-plan-1y, ...-3y-all-upfront
  # ec2: reserved-1y-all-upfront         # also convertible-, instance-savings-plan-, savings-plan-
  # discounts:                           # your discount off on-demand, percent, where no rate is published
  #   ec2.reserved-1y-all-upfront: 40
  # rates:                               # your rates, USD, by catalog rate key
  #   ec2.m7g.large.reserved-1y-partial-upfront: {price: "0.0230", upfront: "201"}
`
