package workloads

import (
	"fmt"
	"strings"
)

// Template returns a commented workload file called name, for `breakeven init NAME`: the
// required keys with sample values, and every optional key commented out showing its default.
// name must follow the rule of the name: key.
func Template(name string) ([]byte, error) {
	if err := spec.Field("name").Spec.CheckText(name); err != nil {
		return nil, fmt.Errorf("workload name: %v", err)
	}
	return []byte(strings.ReplaceAll(template, "NAME", name)), nil
}

// template is the file Template writes. TestTemplate checks that it names every key of the
// spec table and shows each default as the table gives it.
const template = `# yaml-language-server: $schema=workload.schema.json
# A breakeven workload: one service or job, priced on AWS Lambda, Fargate and EC2.
# Units are in the key names. A key that is commented out shows its default (or is chosen by
# the engine when it has none); uncomment it to set it. The first line points editors at
# workload.schema.json (breakeven init writes it; or run breakeven schema > workload.schema.json)
# so they complete and check keys. Price it with: breakeven price NAME.yaml
name: NAME
description: What this workload does
# region: us-east-1                      # the AWS region whose prices apply

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

lambda:
  # architecture: x86_64                 # x86_64 or arm64
  # ephemeral_storage_mb: 512            # 512 to 10240; the first 512 MB are free
  # free_tier: false                     # give this workload the account's monthly free tier
  # provisioned_concurrency: 0           # execution environments kept warm
  # provisioned_schedule: always         # always, weekly (provisioned_hours) or bursts
  # provisioned_hours:                   # with provisioned_schedule: weekly
    # days: [mon, tue, wed, thu, fri]
    # start_hour: 8                      # local time (traffic.time_zone)
    # end_hour: 20                       # not included
  # concurrency_limit: 1000              # the account's quota, or the function's reserved concurrency
  # runtime: nodejs22.x                  # for the cold-start estimate: python3.13, java21, go, ...
  # package_mb: 5                        # deployment package size
  # vpc: false                           # attached to a VPC
  # init_ms: 180                         # a measured Init Duration; overrides the runtime's default
  # keep_alive_minutes: 5                # idle minutes before Lambda recycles an environment

fargate:                                 # keys left out are chosen by the engine
  # architecture: x86_64                 # default: the same as lambda.architecture
  # vcpu: 0.5                            # vCPUs of one task, 0.25 to 32
  # memory_gb: 1                         # memory of one task
  # ephemeral_storage_gb: 20             # 20 to 200; the first 20 GB are free
  # requests_per_second_per_task: 50     # what one task can serve
  # min_tasks: 1                         # tasks kept running even when idle
  # target_utilization_percent: 70       # size tasks to run at 70% of what one sustains
  # scaling: autoscaled                  # autoscaled (hour by hour) or fixed (the month's peak)
  # scale_out_lag_minutes: 5             # minutes before added tasks serve

ec2:                                     # keys left out are chosen by the engine
  # instance_type: t4g.small
  # requests_per_second_per_instance: 100  # what one instance can serve
  # min_instances: 1                     # instances kept running even when idle
  # target_utilization_percent: 70       # size instances to run at 70% of what one sustains
  # scaling: autoscaled                  # autoscaled (hour by hour) or fixed (the month's peak)
  # scale_out_lag_minutes: 5             # minutes before added instances serve
  # purchase: on-demand                  # on-demand, reserved-1y, reserved-3y, savings-plan-1y, savings-plan-3y or spot
  # spot_discount_percent: 65            # required when purchase is spot: the discount you expect

# database:                              # a relational database the workload uses
  # max_connections: 200                 # checked against each platform's peak
  # connections_per_task: 10             # pool of one Fargate task
  # connections_per_instance: 10         # pool of one EC2 instance
  # rds_proxy: false                     # RDS Proxy pools connections (priced per database vCPU)
  # vcpu: 2                              # the database's vCPUs, for RDS Proxy pricing
`
