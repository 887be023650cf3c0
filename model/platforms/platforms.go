// Package platforms registers the platforms breakeven prices, in the order they are shown:
// AWS's first (Lambda, Fargate, EC2, Lambda Managed Instances), then Google Cloud Run, Azure
// Functions and Cloudflare Workers. Importing it is what gives a program or a test every
// platform; main (through cli), the explorer and every test that prices import it.
package platforms

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/platforms/azurefunctions"
	"github.com/breakeven/breakeven/model/platforms/cloudrun"
	"github.com/breakeven/breakeven/model/platforms/ec2"
	"github.com/breakeven/breakeven/model/platforms/fargate"
	"github.com/breakeven/breakeven/model/platforms/lambda"
	"github.com/breakeven/breakeven/model/platforms/managedinstances"
	"github.com/breakeven/breakeven/model/platforms/workers"
)

func init() {
	model.RegisterPlatform(lambda.Platform{})
	model.RegisterPlatform(fargate.Platform{})
	model.RegisterPlatform(ec2.Platform{})
	model.RegisterPlatform(managedinstances.Platform{})
	model.RegisterPlatform(cloudrun.Platform{})
	model.RegisterPlatform(azurefunctions.Platform{})
	model.RegisterPlatform(workers.Platform{})
}
