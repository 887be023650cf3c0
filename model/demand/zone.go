package demand

import (
	"sync"
	"time"
	// The time zone database is embedded so that shapes and schedules in local time work
	// offline, on any machine.
	_ "time/tzdata"
)

// locations caches time zones: loading one parses the embedded database, which costs more
// than spreading a year of hours.
var locations sync.Map // name -> *time.Location

// Location returns the named time zone ("" is UTC).
func Location(name string) (*time.Location, error) {
	if name == "" {
		return time.UTC, nil
	}
	if loc, ok := locations.Load(name); ok {
		return loc.(*time.Location), nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, err
	}
	locations.Store(name, loc)
	return loc, nil
}
