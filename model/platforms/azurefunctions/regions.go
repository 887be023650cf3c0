package azurefunctions

import "slices"

// nearestRegions maps an AWS region to the Azure region nearest it: the same metro area where
// Azure has one, else the same country, else the nearest by geography (Azure geographies,
// https://azure.microsoft.com/en-us/explore/global-infrastructure/geographies/). The catalog
// prices East US; every other region is unpriced until the user states its rates.
var nearestRegions = map[string]string{
	"us-east-1":      "eastus",             // N. Virginia: East US (Virginia)
	"us-east-2":      "eastus2",            // Ohio: East US 2 (Virginia), no Azure region in Ohio
	"us-west-1":      "westus",             // N. California: West US (California)
	"us-west-2":      "westus2",            // Oregon: West US 2 (Washington)
	"ca-central-1":   "canadacentral",      // Montreal: Canada Central (Toronto)
	"sa-east-1":      "brazilsouth",        // Sao Paulo: Brazil South (Sao Paulo State)
	"eu-west-1":      "northeurope",        // Ireland: North Europe (Ireland)
	"eu-west-2":      "uksouth",            // London: UK South (London)
	"eu-west-3":      "francecentral",      // Paris: France Central (Paris)
	"eu-central-1":   "germanywestcentral", // Frankfurt: Germany West Central (Frankfurt)
	"eu-north-1":     "swedencentral",      // Stockholm: Sweden Central (Gavle)
	"eu-south-1":     "italynorth",         // Milan: Italy North (Milan)
	"ap-south-1":     "centralindia",       // Mumbai: Central India (Pune)
	"ap-northeast-1": "japaneast",          // Tokyo: Japan East (Tokyo)
	"ap-northeast-2": "koreacentral",       // Seoul: Korea Central (Seoul)
	"ap-northeast-3": "japanwest",          // Osaka: Japan West (Osaka)
	"ap-southeast-1": "southeastasia",      // Singapore: Southeast Asia (Singapore)
	"ap-southeast-2": "australiaeast",      // Sydney: Australia East (New South Wales)
	"ap-east-1":      "eastasia",           // Hong Kong: East Asia (Hong Kong)
	"me-central-1":   "uaenorth",           // UAE: UAE North (Dubai)
	"af-south-1":     "southafricanorth",   // Cape Town: South Africa North (Johannesburg)
}

// fallbackRegion is the region taken for an AWS region the table does not list.
const fallbackRegion = "eastus"

// NearestRegion is the Azure region nearest the AWS region aws (nearestRegions), and whether
// the table lists it; an AWS region it does not list takes East US.
func NearestRegion(aws string) (string, bool) {
	if r, ok := nearestRegions[aws]; ok {
		return r, true
	}
	return fallbackRegion, false
}

// otherRegions are Azure regions no AWS region maps to that azure_functions.region also
// accepts (Azure geographies, above).
var otherRegions = []string{
	"australiasoutheast", "canadaeast", "centralus", "israelcentral", "koreasouth", "mexicocentral",
	"northcentralus", "norwayeast", "polandcentral", "qatarcentral", "southcentralus", "southindia",
	"spaincentral", "switzerlandnorth", "ukwest", "westcentralus", "westeurope", "westindia", "westus3",
}

// regionNames are the Azure regions azure_functions.region accepts: those of the table and
// otherRegions, sorted.
func regionNames() []string {
	names := slices.Clone(otherRegions)
	for _, r := range nearestRegions {
		if !slices.Contains(names, r) {
			names = append(names, r)
		}
	}
	slices.Sort(names)
	return names
}
