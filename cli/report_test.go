package cli

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/platformtest"
	"github.com/breakeven/breakeven/report"
	"github.com/shopspring/decimal"
)

// The report's cases: testdata/html/<case>.html.golden is `breakeven report` of the case's
// arguments, byte for byte (go test ./cli -update rewrites them). The golden files freeze the
// document; TestReportFiguresAreTheJSONs checks its figures against compare's and price's JSON
// of the same files, and the structure and self-containment tests check every one.
var reportCases = []struct {
	name string
	args []string
}{
	{"flat-api", []string{"testdata/html/flat-api.yaml"}},
	{"nightly-batch-november", []string{"--month", "2026-11", "testdata/html/nightly-batch.yaml"}},
	{"portfolio", []string{"--months", "6", "testdata/html/flat-api.yaml", "testdata/html/nightly-batch.yaml"}},
}

func TestReportGolden(t *testing.T) {
	for _, c := range reportCases {
		t.Run(c.name, func(t *testing.T) {
			got := runOK(t, append([]string{"report"}, c.args...)...)
			golden(t, filepath.Join(testdataDir, "html", c.name+".html.golden"), got)
			if again := runOK(t, append([]string{"report"}, c.args...)...); !bytes.Equal(got, again) {
				t.Error("two runs of the same input differ")
			}
		})
	}
}

// compareJSON is what the report's summary shows of `breakeven compare --format json`.
type compareJSON struct {
	Catalog     string `json:"catalog"`
	AsOf        string `json:"as_of"`
	Month       string `json:"month"`
	MonthHours  int64  `json:"month_hours"`
	Comparisons []struct {
		Workload string `json:"workload"`
		Cheapest string `json:"cheapest"`
		Now      []struct {
			Platform    string `json:"platform"`
			Feasible    bool   `json:"feasible"`
			MonthlyCost string `json:"monthly_cost"`
		} `json:"now"`
		Recommendations []struct {
			Action        string   `json:"action"`
			MonthlySaving string   `json:"monthly_saving"`
			Evidence      []string `json:"evidence"`
		} `json:"recommendations"`
	} `json:"comparisons"`
}

// portfolioJSON is what the report's portfolio and bills show of `breakeven price --format
// json`.
type portfolioJSON struct {
	Workloads []struct {
		Estimates []struct {
			Platform    platformID `json:"platform"`
			Feasible    bool       `json:"feasible"`
			MonthlyCost string     `json:"monthly_cost"`
			LineItems   []struct {
				ID        string `json:"id"`
				Quantity  string `json:"quantity"`
				Unit      string `json:"unit"`
				UnitPrice string `json:"unit_price"`
				Cost      string `json:"cost"`
				Source    string `json:"source"`
				AsOf      string `json:"as_of"`
				Estimate  string `json:"estimate"`
			} `json:"line_items"`
		} `json:"estimates"`
	} `json:"workloads"`
	Portfolio struct {
		Platforms []struct {
			Platform    platformID `json:"platform"`
			MonthlyCost string     `json:"monthly_cost"`
		} `json:"platforms"`
		CheapestMix string `json:"cheapest_mix"`
	} `json:"portfolio"`
}

// Every figure of the summary is the JSON's of the same files, rounded to the cent: each
// workload's cheapest platform and its monthly bill, twelve times it for the year, the saving
// against each other platform (their difference), its three largest recommendations with
// their savings and evidence, and the portfolio's totals; the provenance names the JSON's
// catalog, date and month.
func TestReportFiguresAreTheJSONs(t *testing.T) {
	twelve := decimal.NewFromInt(12)
	for _, c := range reportCases {
		t.Run(c.name, func(t *testing.T) {
			page := string(runOK(t, append([]string{"report"}, c.args...)...))
			var cmp compareJSON
			if err := json.Unmarshal(runOK(t, append([]string{"compare", "--format", "json"}, c.args...)...), &cmp); err != nil {
				t.Fatal(err)
			}
			summary := section(t, page, `<section class="summary"`)
			for _, w := range cmp.Comparisons {
				row := tableRow(t, summary, "<tr><th scope=\"row\">"+w.Workload+"</th>")
				var cheapest decimal.Decimal
				for _, n := range w.Now {
					if n.Platform == w.Cheapest {
						cheapest = decimal.RequireFromString(n.MonthlyCost)
					}
				}
				wantCells := []string{
					">" + report.Money(cheapest),
					">" + report.Money(cheapest.Mul(twelve)) + "<",
				}
				for _, n := range w.Now {
					if n.Platform == w.Cheapest || !n.Feasible {
						continue
					}
					d := decimal.RequireFromString(n.MonthlyCost).Sub(cheapest)
					wantCells = append(wantCells, report.Money(d)+" a month ("+report.Money(d.Mul(twelve))+" a year) against ")
				}
				for _, want := range wantCells {
					if !strings.Contains(row, want) {
						t.Errorf("%s: the summary row has no %q:\n%s", w.Workload, want, row)
					}
				}
				top := summary
				for _, r := range w.Recommendations[:min(3, len(w.Recommendations))] {
					saving := decimal.RequireFromString(r.MonthlySaving)
					if !strings.Contains(top, escHTML(r.Action)+": saves <strong>"+report.Money(saving)+" a month</strong> ("+report.Money(saving.Mul(twelve))+" a year)") {
						t.Errorf("%s: the summary lacks %q saving %s", w.Workload, r.Action, report.Money(saving))
					}
					for _, ev := range r.Evidence {
						if !strings.Contains(top, "<li>"+escHTML(ev)+"</li>") {
							t.Errorf("%s: the summary lacks the evidence %q", w.Workload, ev)
						}
					}
				}
			}
			if !strings.Contains(page, "catalog "+cmp.Catalog+" as of "+cmp.AsOf) || !strings.Contains(page, strings.TrimSuffix(cmp.Month, " month")) {
				t.Errorf("the provenance does not name catalog %s as of %s, %s", cmp.Catalog, cmp.AsOf, cmp.Month)
			}
			var priced portfolioJSON
			if err := json.Unmarshal(runOK(t, append([]string{"price", "--format", "json"}, filesOf(c.args)...)...), &priced); err != nil {
				t.Fatal(err)
			}
			checkBills(t, page, priced)
			if len(cmp.Comparisons) < 2 {
				return
			}
			mix := decimal.RequireFromString(priced.Portfolio.CheapestMix)
			for _, p := range priced.Portfolio.Platforms {
				cost := decimal.RequireFromString(p.MonthlyCost)
				row := tableRow(t, summary, "<tr><th scope=\"row\">All on "+p.Platform.name())
				if !strings.Contains(row, ">"+report.Money(cost)) || !strings.Contains(row, ">"+report.Money(cost.Mul(twelve))+"<") || !strings.Contains(row, ">"+report.Money(cost.Sub(mix))+"<") {
					t.Errorf("the portfolio lacks %s's %s (or its %s above the mix)", p.Platform, report.Money(cost), report.Money(cost.Sub(mix)))
				}
			}
			if row := tableRow(t, summary, "<tr><th scope=\"row\">Each on its cheapest"); !strings.Contains(row, ">"+report.Money(mix)) || !strings.Contains(row, ">"+report.Money(mix.Mul(twelve))+"<") {
				t.Errorf("the portfolio lacks the mix's %s a month", report.Money(mix))
			}
		})
	}
}

// platformID is a platform's id in the JSON.
type platformID string

// name is how the report names the platform.
func (p platformID) name() string { return model.Platform(p).Name() }

// checkBills checks every line of every bill in the page against price's JSON of the same
// files (the cases' Lambda throttles nothing, so compare's base is price's bill): its
// quantity (to four places), unit, unit price, cost to the cent, source, date and estimate, and
// each bill's total.
func checkBills(t *testing.T, page string, priced portfolioJSON) {
	t.Helper()
	for i, w := range priced.Workloads {
		workload := section(t, page, fmt.Sprintf(`<section class="workload" id="w%d">`, i+1))
		for _, e := range w.Estimates {
			if !e.Feasible {
				continue
			}
			bill := section(t, workload, `<section class="bill"><h3>`+e.Platform.name()+" bill")
			total := tableRow(t, bill, `<tr class="total">`)
			if !strings.Contains(total, ">"+report.Money(decimal.RequireFromString(e.MonthlyCost))+"<") {
				t.Errorf("w%d %s: the total is not %s: %s", i+1, e.Platform, e.MonthlyCost, total)
			}
			for _, it := range e.LineItems {
				row := tableRow(t, bill, "<code>"+it.ID+"</code>")
				want := []string{
					">" + report.Shown(decimal.RequireFromString(it.Quantity)) + " " + it.Unit + "<",
					">" + report.UnitPrice(decimal.RequireFromString(it.UnitPrice)) + "<",
					">" + report.Money(decimal.RequireFromString(it.Cost)) + "<",
					`<a href="` + it.Source + `">`, "as of " + it.AsOf,
				}
				if it.Estimate != "" {
					want = append(want, `<span class="estimate-note">`+escHTML(it.Estimate)+"</span>")
				}
				for _, s := range want {
					if !strings.Contains(row, s) {
						t.Errorf("w%d %s %s: no %q in %s", i+1, e.Platform, it.ID, s, row)
					}
				}
			}
		}
	}
}

// filesOf drops the flags price does not share with report (--months N).
func filesOf(args []string) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		if args[i] == "--months" {
			i++
			continue
		}
		out = append(out, args[i])
	}
	return out
}

// escHTML escapes text as the report writes it.
func escHTML(s string) string {
	return strings.NewReplacer("&", "&amp;", "'", "&#39;", "<", "&lt;", ">", "&gt;", `"`, "&#34;").Replace(s)
}

// section returns page from the first occurrence of start to the end of that element (the
// matching close of its tag name, counted).
func section(t *testing.T, page, start string) string {
	t.Helper()
	i := strings.Index(page, start)
	if i < 0 {
		t.Fatalf("no %q in the page", start)
	}
	tag := strings.Fields(strings.TrimPrefix(start, "<"))[0]
	tag = strings.TrimSuffix(strings.SplitN(tag, ">", 2)[0], ">")
	depth, j := 0, i
	for j < len(page) {
		open := strings.Index(page[j+1:], "<"+tag)
		closing := strings.Index(page[j+1:], "</"+tag+">")
		if closing < 0 {
			break
		}
		if open >= 0 && open < closing {
			depth++
			j += 1 + open
			continue
		}
		if depth == 0 {
			return page[i : j+1+closing+len("</"+tag+">")]
		}
		depth--
		j += 1 + closing
	}
	t.Fatalf("%q is not closed", start)
	return ""
}

// tableRow returns the row of html that starts with start, to its </tr>.
func tableRow(t *testing.T, html, start string) string {
	t.Helper()
	i := strings.Index(html, start)
	if i < 0 {
		t.Fatalf("no row %q", start)
	}
	return html[i : i+strings.Index(html[i:], "</tr>")]
}

// What would make the document load something: an element that fetches (img, script, link,
// iframe, object, embed, source, video, audio), a src or srcset, a CSS import or url() that
// is not a fragment of the document, an xlink or href in the svg other than a fragment.
var fetches = []*regexp.Regexp{
	regexp.MustCompile(`(?i)<(img|script|link|iframe|object|embed|source|video|audio|base|frame)\b`),
	regexp.MustCompile(`(?i)\s(src|srcset|poster|data|action)\s*=`),
	regexp.MustCompile(`(?i)@import`),
	regexp.MustCompile(`(?i)url\(\s*['"]?[^#'"\s]`),
	regexp.MustCompile(`(?i)xlink:href`),
	regexp.MustCompile(`(?i)http-equiv`),
}

// anchorHref is a link: the only place an address may stand, as a navigation.
var anchorHref = regexp.MustCompile(`<a href="[^"]*"`)

// The report loads nothing: no element or style fetches anything; the addresses it holds are
// links (<a href>) to the sources it cites, which a reader may follow and nothing loads.
func TestReportLoadsNothing(t *testing.T) {
	pages := map[string]string{"examples": string(runOK(t, "report"))}
	for _, c := range reportCases {
		pages[c.name] = string(runOK(t, append([]string{"report"}, c.args...)...))
	}
	for name, page := range pages {
		for _, re := range fetches {
			if m := re.FindString(page); m != "" {
				t.Errorf("%s: the report would load something: %q", name, m)
			}
		}
		rest := anchorHref.ReplaceAllString(page, "<a")
		for _, addr := range []string{"http://", "https://"} {
			if i := strings.Index(rest, addr); i >= 0 && !strings.HasPrefix(rest[i:], "http://www.w3.org/2000/svg\"") {
				// An address is text of a link or the svg namespace, never an attribute that loads.
				before := rest[max(0, i-12):i]
				if strings.HasSuffix(before, "=\"") {
					t.Errorf("%s: an address in an attribute other than <a href>: %q", name, rest[max(0, i-40):min(len(rest), i+60)])
				}
			}
		}
		if strings.Count(page, "<a href=\"https://") == 0 {
			t.Errorf("%s: no source is linked", name)
		}
	}
}

var (
	figureRE = regexp.MustCompile(`(?s)<figure class="chart-figure" id="([^"]+)">(.*?)</figure>`)
	svgRE    = regexp.MustCompile(`(?s)<svg .*?</svg>`)
)

// Every chart of every example's report is well-formed SVG with a title and a description
// (named by aria-labelledby), a title drawn, two axis labels (one for a bar chart, whose rows
// are labelled), a legend of at least one entry, and a data table in its figure; and there is
// no svg outside a figure.
func TestReportChartsAreComplete(t *testing.T) {
	page := string(runOK(t, "report"))
	figures := figureRE.FindAllStringSubmatch(page, -1)
	if len(figures) < 15*3 {
		t.Fatalf("%d figures in the examples' report", len(figures))
	}
	svgs := 0
	kinds := map[string]bool{}
	for _, f := range figures {
		id, body := f[1], f[2]
		kinds[id[strings.Index(id, "-")+1:]] = true
		if !strings.Contains(body, `<table class="data">`) || !strings.Contains(body, "<caption>") || !strings.Contains(body, "<tbody>") && !strings.Contains(body, "<tr>") {
			t.Errorf("%s: no data table", id)
		}
		for _, svg := range svgRE.FindAllString(body, -1) {
			svgs++
			var doc struct {
				XMLName xml.Name `xml:"svg"`
				Label   string   `xml:"aria-labelledby,attr"`
				Title   struct {
					ID   string `xml:"id,attr"`
					Text string `xml:",chardata"`
				} `xml:"title"`
				Desc struct {
					ID   string `xml:"id,attr"`
					Text string `xml:",chardata"`
				} `xml:"desc"`
				Texts []struct {
					Class string `xml:"class,attr"`
					Text  string `xml:",chardata"`
				} `xml:"text"`
				Groups []struct {
					Class string `xml:"class,attr"`
					Texts []struct {
						Text string `xml:",chardata"`
					} `xml:"text"`
				} `xml:"g"`
			}
			if err := xml.Unmarshal([]byte(svg), &doc); err != nil {
				t.Errorf("%s: not well-formed: %v", id, err)
				continue
			}
			if doc.Title.Text == "" || doc.Desc.Text == "" || doc.Label != doc.Title.ID+" "+doc.Desc.ID {
				t.Errorf("%s: title %q, desc %q, aria-labelledby %q", id, doc.Title.Text, doc.Desc.Text, doc.Label)
			}
			var titles, axisLabels int
			for _, tx := range doc.Texts {
				switch {
				case tx.Class == "chart-title" && tx.Text == doc.Title.Text:
					titles++
				case tx.Class == "axis-label" && strings.TrimSpace(tx.Text) != "":
					axisLabels++
				}
			}
			wantAxes := 2
			if strings.Contains(svg, `class="bar-label"`) {
				wantAxes = 1
			}
			if titles != 1 || axisLabels < wantAxes {
				t.Errorf("%s: %d drawn titles, %d axis labels (want %d)", id, titles, axisLabels, wantAxes)
			}
			legend := 0
			for _, g := range doc.Groups {
				if g.Class == "legend" {
					legend += len(g.Texts)
				}
			}
			if legend == 0 {
				t.Errorf("%s: no legend", id)
			}
		}
	}
	if all := strings.Count(page, "<svg "); all != svgs {
		t.Errorf("%d svgs, %d of them in figures", all, svgs)
	}
	for _, kind := range []string{"platforms", "curve", "hourly", "sweep", "growth", "tornado", "commitment"} {
		if !kinds[kind] {
			t.Errorf("no %s chart in the examples' report", kind)
		}
	}
}

// Bad input writes nothing, as every command: FILE:LINE:COLUMN on stderr, exit 2, nothing on
// stdout, and --out neither created nor changed.
func TestReportBadInputWritesNothing(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("name: bad\ntraffic: {requests_per_month: 1000}\nfunction: {duration_ms: 100, memroy_mb: 512}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "proposal.html")
	for _, existing := range []bool{false, true} {
		if existing {
			if err := os.WriteFile(out, []byte("before"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		code, stdout, stderr := run(t, "report", "--out", out, bad)
		if code != exitUsage || stdout != "" || !strings.Contains(stderr, bad+":3:") {
			t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
		}
		got, err := os.ReadFile(out)
		switch {
		case !existing && !os.IsNotExist(err):
			t.Errorf("--out was created: %v", err)
		case existing && string(got) != "before":
			t.Errorf("--out was changed: %q", got)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("files left in the directory: %v", entries)
	}
	for _, args := range [][]string{{"report", "--months", "0"}, {"report", "--format", "json"}, {"report", "--month", "2026-13"}} {
		if code, stdout, _ := run(t, args...); code != exitUsage || stdout != "" {
			t.Errorf("%v: exit %d, stdout %q", args, code, stdout)
		}
	}
}

// --out writes the document standard output would have, replacing the file whole, with no
// temporary file left beside it and nothing on stdout; a directory that does not exist is
// bad usage. "-" reads the workload from standard input.
func TestReportOut(t *testing.T) {
	want := runOK(t, "report", "testdata/html/flat-api.yaml")
	dir := t.TempDir()
	out := filepath.Join(dir, "proposal.html")
	if err := os.WriteFile(out, []byte("an older report"), 0o600); err != nil {
		t.Fatal(err)
	}
	path, err := filepath.Abs(filepath.Join("..", "testdata", "html", "flat-api.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, "report", "--out", out, path)
	if code != exitOK || stdout != "" || stderr != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, bytes.ReplaceAll(want, []byte("testdata/html/flat-api.yaml"), []byte(path))) {
		t.Error("--out differs from standard output")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files left beside the report: %v", entries)
	}
	if code, _, stderr := run(t, "report", "--out", filepath.Join(dir, "missing", "x.html"), path); code != exitUsage || !strings.Contains(stderr, "--out") {
		t.Errorf("--out into a missing directory: exit %d, %q", code, stderr)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	code, fromStdin, _ := runStdin(t, string(data), "report", "-")
	if code != exitOK || fromStdin != strings.ReplaceAll(string(want), "testdata/html/flat-api.yaml", "&lt;stdin&gt;") {
		t.Errorf("report - : exit %d, not the file's report with <stdin> for its name", code)
	}
}

// A platform added to the registry (after the seven of issue 16) is in every part of the
// report with no edit to it: the title, a bar (the last, the bars 40 apart from y 59), a line
// of each chart's legend, a column of each table and a bill ($30.00, what FlatRate bills for
// flat-api's 10,000,000 requests).
func TestReportTakesAFourthPlatform(t *testing.T) {
	t.Cleanup(model.RegisterPlatform(platformtest.FlatRate{}))
	page := string(runOK(t, "report", "testdata/html/flat-api.yaml"))
	names := make([]string, len(model.Platforms)-1)
	for i, p := range model.Platforms[:len(names)] {
		names[i] = p.Name()
	}
	for _, want := range []string{
		"<h1>Where to run flat-api: " + strings.Join(names, ", ") + " or FlatRate</h1>",
		fmt.Sprintf(`<text class="bar-label" x="82" y="%d">FlatRate</text>`, 59+40*len(names)),
		`<section class="bill"><h3>FlatRate bill</h3>`,
		"<td class=\"num\">$30.00</td>",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	for _, f := range figureRE.FindAllStringSubmatch(page, -1) {
		id, body := f[1], f[2]
		if strings.HasSuffix(id, "-sweep") || strings.HasSuffix(id, "-hourly") || strings.HasSuffix(id, "-tornado") || strings.HasSuffix(id, "-commitment") {
			continue // Lambda's sizes; hours sized only by fleets; one platform's bill; the plan's bill, not a platform's
		}
		if !strings.Contains(body, ">FlatRate</text>") || !strings.Contains(body, ">FlatRate</th>") {
			t.Errorf("%s: no FlatRate in its legend and its table", id)
		}
	}
}
