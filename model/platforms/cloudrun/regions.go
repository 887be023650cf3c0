package cloudrun

// awsToCloudRun maps an AWS region to the geographically nearest Google Cloud region that runs
// Cloud Run (Google's region list: https://cloud.google.com/run/docs/locations), the default
// of cloudrun.region. Where the catalog has no price group for that region (a newer one such
// as us-east5 or europe-west9) the estimate lists its rates as unpriced: state its tier in a
// pricing file (`regions: {us-east5: tier1}`) or another cloudrun.region. The table is
// docs/providers.md's.
var awsToCloudRun = map[string]string{
	"us-east-1":      "us-east4",                // N. Virginia: Ashburn, Virginia
	"us-east-2":      "us-east5",                // Ohio: Columbus, Ohio
	"us-west-1":      "us-west2",                // N. California: Los Angeles
	"us-west-2":      "us-west1",                // Oregon: The Dalles, Oregon
	"ca-central-1":   "northamerica-northeast1", // Montreal: Montréal
	"ca-west-1":      "us-west1",                // Calgary: Oregon, the nearest
	"mx-central-1":   "northamerica-south1",     // Mexico: Querétaro
	"sa-east-1":      "southamerica-east1",      // São Paulo: São Paulo
	"eu-west-1":      "europe-west2",            // Ireland: London, the nearest
	"eu-west-2":      "europe-west2",            // London: London
	"eu-west-3":      "europe-west9",            // Paris: Paris
	"eu-central-1":   "europe-west3",            // Frankfurt: Frankfurt
	"eu-central-2":   "europe-west6",            // Zurich: Zurich
	"eu-north-1":     "europe-north1",           // Stockholm: Hamina, Finland, the nearest
	"eu-south-1":     "europe-west8",            // Milan: Milan
	"eu-south-2":     "europe-southwest1",       // Spain: Madrid
	"il-central-1":   "me-west1",                // Tel Aviv: Tel Aviv
	"me-central-1":   "me-central1",             // UAE: Doha, the nearest
	"me-south-1":     "me-central2",             // Bahrain: Dammam
	"af-south-1":     "africa-south1",           // Cape Town: Johannesburg, the nearest
	"ap-east-1":      "asia-east2",              // Hong Kong: Hong Kong
	"ap-east-2":      "asia-east1",              // Taipei: Changhua County, Taiwan
	"ap-south-1":     "asia-south1",             // Mumbai: Mumbai
	"ap-south-2":     "asia-south1",             // Hyderabad: Mumbai, the nearest
	"ap-northeast-1": "asia-northeast1",         // Tokyo: Tokyo
	"ap-northeast-2": "asia-northeast3",         // Seoul: Seoul
	"ap-northeast-3": "asia-northeast2",         // Osaka: Osaka
	"ap-southeast-1": "asia-southeast1",         // Singapore: Singapore
	"ap-southeast-2": "australia-southeast1",    // Sydney: Sydney
	"ap-southeast-3": "asia-southeast2",         // Jakarta: Jakarta
	"ap-southeast-4": "australia-southeast2",    // Melbourne: Melbourne
	"ap-southeast-5": "asia-southeast1",         // Malaysia: Singapore, the nearest
	"ap-southeast-7": "asia-southeast1",         // Thailand: Singapore, the nearest
}

// RegionFor is the Cloud Run region nearest AWS region awsRegion, and whether the table has
// one (an AWS region it does not know, such as a GovCloud region, has none: the estimate's
// rates are then unpriced until cloudrun.region is stated).
func RegionFor(awsRegion string) (string, bool) {
	r, ok := awsToCloudRun[awsRegion]
	return r, ok
}
