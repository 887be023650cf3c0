package html

// Importing package platforms registers every platform for this package's tests, as main does.
import _ "github.com/breakeven/breakeven/model/platforms"
