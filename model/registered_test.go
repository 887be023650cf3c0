package model_test

// Importing package platforms registers every platform for the tests of package model too:
// they run in the same binary, after every package's init.
import _ "github.com/breakeven/breakeven/model/platforms"
