package cli

// Importing package platforms registers every platform the commands and the explorer price.
import _ "github.com/breakeven/breakeven/model/platforms"
