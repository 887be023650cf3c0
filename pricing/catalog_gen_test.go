package pricing

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/shopspring/decimal"
)

// TestGeneratedCatalogIsTheYAML proves catalog_gen.go holds what pricing/data/aws.yaml says:
// every field of every source, instance type, rate, tier and allowance, each decimal with the
// same digits and exponent (0.50 is not 0.5: the exponent decides how a quantity prints). After
// an edit of the YAML it fails until `go generate ./pricing` is run.
func TestGeneratedCatalogIsTheYAML(t *testing.T) {
	parsed, errs := Parse(EmbeddedFile, embeddedCatalog, nil)
	if len(errs) > 0 {
		t.Fatalf("%s is invalid:\n%v", EmbeddedFile, errs)
	}
	parsed.resolveSources() // the generated rates carry their sources' addresses
	var diffs []string
	sameValue(reflect.ValueOf(generatedCatalog()), reflect.ValueOf(parsed), "catalog", &diffs)
	for i, d := range diffs {
		if i == 20 {
			t.Errorf("... and %d more", len(diffs)-i)
			break
		}
		t.Error(d)
	}
	if len(diffs) > 0 {
		t.Log("catalog_gen.go is stale: run go generate ./pricing")
	}
}

// TestGeneratedCatalogIsACopy checks each call builds a catalog of its own: Load lays
// overlays over it in place.
func TestGeneratedCatalogIsACopy(t *testing.T) {
	a, b := generatedCatalog(), generatedCatalog()
	a.Regions["us-east-1"].Rates["lambda.requests"] = Rate{Key: "changed"}
	a.Sources["x"] = Source{}
	if b.Regions["us-east-1"].Rates["lambda.requests"].Key != "lambda.requests" || len(b.Sources) == len(a.Sources) {
		t.Error("two calls share their maps")
	}
}

var decimalType = reflect.TypeFor[decimal.Decimal]()

// sameValue appends to diffs where got and want differ, walking structs, maps, slices and
// pointers; decimals are the same when their coefficients and exponents are.
func sameValue(got, want reflect.Value, path string, diffs *[]string) {
	if got.Type() == decimalType {
		g, w := got.Interface().(decimal.Decimal), want.Interface().(decimal.Decimal)
		if g.Exponent() != w.Exponent() || g.Coefficient().Cmp(w.Coefficient()) != 0 {
			*diffs = append(*diffs, fmt.Sprintf("%s: generated %s (exponent %d), YAML %s (exponent %d)", path, g, g.Exponent(), w, w.Exponent()))
		}
		return
	}
	switch got.Kind() {
	case reflect.Pointer:
		if got.IsNil() != want.IsNil() {
			*diffs = append(*diffs, fmt.Sprintf("%s: generated nil %t, YAML nil %t", path, got.IsNil(), want.IsNil()))
			return
		}
		if !got.IsNil() {
			sameValue(got.Elem(), want.Elem(), path, diffs)
		}
	case reflect.Struct:
		for i := range got.NumField() {
			sameValue(got.Field(i), want.Field(i), path+"."+got.Type().Field(i).Name, diffs)
		}
	case reflect.Map:
		for _, k := range want.MapKeys() {
			g := got.MapIndex(k)
			if !g.IsValid() {
				*diffs = append(*diffs, fmt.Sprintf("%s[%v]: missing from the generated catalog", path, k))
				continue
			}
			sameValue(g, want.MapIndex(k), fmt.Sprintf("%s[%v]", path, k), diffs)
		}
		for _, k := range got.MapKeys() {
			if !want.MapIndex(k).IsValid() {
				*diffs = append(*diffs, fmt.Sprintf("%s[%v]: not in the YAML", path, k))
			}
		}
	case reflect.Slice:
		if got.Len() != want.Len() {
			*diffs = append(*diffs, fmt.Sprintf("%s: generated %d items, YAML %d", path, got.Len(), want.Len()))
			return
		}
		for i := range got.Len() {
			sameValue(got.Index(i), want.Index(i), fmt.Sprintf("%s[%d]", path, i), diffs)
		}
	case reflect.String, reflect.Int64, reflect.Int, reflect.Bool:
		if !got.Equal(want) {
			*diffs = append(*diffs, fmt.Sprintf("%s: generated %v, YAML %v", path, got, want))
		}
	default:
		*diffs = append(*diffs, fmt.Sprintf("%s: cannot compare a %s; teach sameValue", path, got.Type()))
	}
}
