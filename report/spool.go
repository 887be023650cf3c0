package report

// spoolMemory is how much of the table's and markdown's rendered details a Writer keeps in
// memory before it moves them to a temporary file: 1 MB, some 100 workloads of the table's
// ~10 KB. The details come after the summary, which needs every workload, so they wait until
// Close; a set of 10,000 would otherwise hold ~100 MB of text (issue 12: at most 200 MB of
// RSS; it measured 329 MB, and 194-205 MB with the spool).
const spoolMemory = 1 << 20
