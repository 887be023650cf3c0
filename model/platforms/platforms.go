// Package platforms registers the platforms breakeven prices, in the order they are shown:
// Lambda, then Fargate, then EC2. Importing it is what gives a program or a test every
// platform; main (through cli), the explorer and every test that prices import it.
package platforms

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/platforms/ec2"
	"github.com/breakeven/breakeven/model/platforms/fargate"
	"github.com/breakeven/breakeven/model/platforms/lambda"
)

func init() {
	model.RegisterPlatform(lambda.Platform{})
	model.RegisterPlatform(fargate.Platform{})
	model.RegisterPlatform(ec2.Platform{})
}
