using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Listings.Cli;
using Listings.Runtime;
using Listings.Tests.Support;
using PuppeteerSharp;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace Listings.Tests.Site;

/// <summary>
/// The site of the French listings in headless Chromium (Debian's <c>chromium</c>, driven by
/// PuppeteerSharp through its executable's path: neither can download a browser here), opened from
/// disk: a salt form typed into the search box leads to its entry's page and timeline; the page's
/// script keys every listed name as the C# runtime does and reads salts as <c>classify</c> does (or
/// says it cannot); axe-core finds no serious or critical violation on the four kinds of page.
/// Without Chromium or axe-core these tests fail and say what to install (.ci/run installs both).
/// Screenshots go to <c>site-screenshots/</c> in the test output folder.
/// </summary>
public class SiteBrowserTests : IClassFixture<FrenchSite>
{
    private readonly FrenchSite _site;
    private readonly ITestOutputHelper _output;

    public SiteBrowserTests(FrenchSite site, ITestOutputHelper output)
    {
        _site = site;
        _output = output;
    }

    private static string Screenshots
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "site-screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>The system's Chromium: <c>LISTINGS_CHROMIUM</c>, else <c>chromium</c> or <c>chromium-browser</c> on the PATH.</summary>
    private static string Chromium()
    {
        var given = Environment.GetEnvironmentVariable("LISTINGS_CHROMIUM");
        if (!string.IsNullOrEmpty(given))
            return File.Exists(given) ? given : throw new InvalidOperationException($"LISTINGS_CHROMIUM is {given}, which does not exist");
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in new[] { "chromium", "chromium-browser" })
                if (File.Exists(Path.Combine(folder, name)))
                    return Path.Combine(folder, name);
        throw new InvalidOperationException(
            "The site's browser tests need headless Chromium: install Debian's chromium package (apt-get install chromium; .ci/run does) "
            + "or set LISTINGS_CHROMIUM to the browser's executable.");
    }

    private static string AxeScript()
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "Listings.Tests", "Site", "axe", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(path))
            throw new InvalidOperationException(
                $"The accessibility test needs axe-core: run 'npm install --prefix tests/Listings.Tests/Site/axe' (.ci/run does); {path} was not found.");
        return File.ReadAllText(path);
    }

    private static async Task<IBrowser> Launch() =>
        await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = Chromium(),
            // Root in a container has no user namespace for the sandbox; /dev/shm may be small there.
            // No background connections: the machine's network is closed, and the site must not need one.
            Args = new[]
            {
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=fr-FR", "--no-first-run", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            },
        });

    private string Url(string sitePath) => new Uri(_site.Path_(sitePath)).AbsoluteUri;

    [Fact]
    public async Task A_salt_form_typed_in_the_search_box_leads_to_its_entrys_page_and_timeline()
    {
        await using var browser = await Launch();
        var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1200, Height = 900 });
        var requests = new List<string>();
        page.Request += (_, e) => requests.Add(e.Request.Url);
        await page.GoToAsync(Url("index.html"));

        await page.FocusAsync("#q");
        await page.Keyboard.TypeAsync("chlorhydrate de cocaïne");
        await page.WaitForSelectorAsync("#resultats ul.results a", new WaitForSelectorOptions { Timeout = 10_000 });
        var results = await page.EvaluateExpressionAsync<string>("document.getElementById('resultats').textContent");
        _output.WriteLine(results);
        results.ShouldContain("Cocaïne");
        results.ShouldContain("sel de");
        await page.ScreenshotAsync(Path.Combine(Screenshots, "1-search-chlorhydrate-de-cocaine.png"));

        // Follow the first result with the keyboard, as a reader who does not use a mouse would.
        var firstResult = await page.EvaluateExpressionAsync<string>("document.querySelector('#resultats ul.results a').textContent");
        firstResult.ShouldBe("Cocaïne");
        await page.FocusAsync("#resultats ul.results a");
        await Task.WhenAll(page.WaitForNavigationAsync(), page.Keyboard.PressAsync("Enter"));
        page.Url.ShouldContain("/entrees/");
        (await page.EvaluateExpressionAsync<string>("document.querySelector('h1').textContent")).ShouldBe("Cocaïne");
        var timeline = await page.WaitForSelectorAsync("ol.timeline li");
        timeline.ShouldNotBeNull();
        (await page.EvaluateExpressionAsync<int>("document.querySelectorAll('ol.timeline li').length")).ShouldBeGreaterThan(0);
        await timeline.ScrollIntoViewAsync();
        await page.ScreenshotAsync(Path.Combine(Screenshots, "2-entry-cocaine-timeline.png"));

        requests.ShouldAllBe(url => url.StartsWith("file://", StringComparison.Ordinal), "the site asks for nothing outside itself");
    }

    [Fact]
    public async Task The_pages_script_keys_every_listed_name_as_the_runtime_does_and_reads_salts_as_classify_does_or_says_it_cannot()
    {
        var data = _site.SearchData();
        var on = DateTime.ParseExact(data.GetProperty("on").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var names = data.GetProperty("names").EnumerateArray().Select(n => (Key: n[0].GetString()!, Name: n[1].GetString()!, Entry: n[2].GetInt32())).ToList();
        var entries = data.GetProperty("entries").EnumerateArray()
            .Select(e => (Title: e[1].GetString()!, Current: e[3].GetInt32() == 1, Salts: e[4].GetInt32() == 1, Preparation: e[5].GetInt32() == 1)).ToList();

        await using var browser = await Launch();
        var page = await browser.NewPageAsync();
        await page.GoToAsync(Url("index.html"));

        // Keys: the script's MatchKey of every listed name is the C# one.
        var keys = await page.EvaluateFunctionAsync<string[]>("names => names.map(n => window.listingsSearch.matchKey(n))", new object[] { names.Select(n => n.Name).ToArray() });
        var wrong = names.Zip(keys).Where(p => p.First.Key != p.Second).Select(p => $"{p.First.Name}: C# {p.First.Key}, page {p.Second}").ToList();
        wrong.ShouldBeEmpty();
        // And of spellings of them that a reader types.
        var spellings = names.SelectMany(n => new[] { n.Name.ToUpperInvariant(), n.Name.Replace('-', ' '), " " + n.Name.Replace(" ", "  ") + " ", n.Name.Replace('\'', '’') }).Distinct().ToArray();
        var spellingKeys = await page.EvaluateFunctionAsync<string[]>("names => names.map(n => window.listingsSearch.matchKey(n))", new object[] { spellings });
        spellings.Zip(spellingKeys).Where(p => MatchKey.Of(p.First) != p.Second).Select(p => p.First).ShouldBeEmpty();

        // Salts: every answer the page gives is classify's entry; where it cannot conclude it says so.
        var classifier = ListingSet.Load(new[] { RepositoryPaths.Listings }).Classifier;
        var queries = new List<string>();
        foreach (var entry in entries.Where(e => e.Current))
        {
            queries.Add("chlorhydrate de " + entry.Title);
            queries.Add(entry.Title + " hydrochloride");
            queries.Add("sulfate de " + entry.Title + " pentahydraté");
            queries.Add("dichlorhydrate d'" + entry.Title);
            queries.Add("sel sodique de " + entry.Title);
        }
        // And every name of an entry in force: the page names its entry, classify must find it there.
        queries.AddRange(names.Where(n => entries[n.Entry].Current && !entries[n.Entry].Preparation).Select(n => n.Name));
        queries.Add("chlorhydrate de cocaïne");
        queries.Add("sulfate de morphine pentahydraté");
        var answers = await page.EvaluateFunctionAsync<string>(
            "qs => JSON.stringify(qs.map(q => { const a = window.listingsSearch.answer(q); return { kind: a.kind, entries: a.results.map(r => r.index) }; }))",
            new object[] { queries.ToArray() });
        var parsed = JsonDocument.Parse(answers).RootElement.EnumerateArray().ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var disagreements = new List<string>();
        for (var i = 0; i < queries.Count; i++)
        {
            var kind = parsed[i].GetProperty("kind").GetString()!;
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
            if (kind != "salt" && kind != "name")
                continue;
            var answer = classifier.Classify(new ClassificationQuery(queries[i], on));
            var found = answer.Classifications.Select(c => c.Entry).Concat(answer.Exceptions.Select(e => e.Entry)).ToHashSet(StringComparer.Ordinal);
            foreach (var index in parsed[i].GetProperty("entries").EnumerateArray().Select(e => e.GetInt32()))
            {
                var entry = entries[index];
                if (kind == "salt" && !(entry.Current && entry.Salts))
                    continue; // shown as "cannot conclude" on the page
                if (!entry.Current || entry.Preparation)
                    continue; // shown as no longer in force, or as an entry reached through a hand-off
                if (!found.Contains(entry.Title))
                    disagreements.Add($"{queries[i]}: the page says {entry.Title}, classify says {answer.Status} [{string.Join(", ", found)}]");
            }
        }
        _output.WriteLine(string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key + " " + c.Value)));
        disagreements.ShouldBeEmpty();
        counts.GetValueOrDefault("salt").ShouldBeGreaterThan(200, "the page reads most salt forms of the entries that take salts");
    }

    [Fact]
    public async Task The_version_picker_moves_between_versions_with_the_keyboard_and_a_version_prints_without_the_navigation()
    {
        await using var browser = await Launch();
        var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1200, Height = 900 });
        await page.GoToAsync(Url("versions/2008-03-08.html"));
        (await page.EvaluateExpressionAsync<string>("document.getElementById('version-choisie').value")).ShouldBe("2008-03-08");

        // Tab to the picker, choose the next version with the arrow key, and submit with Enter.
        await page.FocusAsync("#version-choisie");
        await page.Keyboard.PressAsync("ArrowDown");
        var chosen = await page.EvaluateExpressionAsync<string>("document.getElementById('version-choisie').value");
        chosen.ShouldNotBe("2008-03-08");
        page.Url.ShouldEndWith("/versions/2008-03-08.html", Case.Sensitive, "choosing a version does not move before it is asked to");
        await page.Keyboard.PressAsync("Tab");
        await Task.WhenAll(page.WaitForNavigationAsync(), page.Keyboard.PressAsync("Enter"));
        page.Url.ShouldEndWith("/versions/" + chosen + ".html");
        (await page.EvaluateExpressionAsync<string>("document.querySelector('h1 time').getAttribute('datetime')")).ShouldBe(chosen);

        // Printed, a version is its lists: no navigation, no search box, no picker.
        await page.EmulateMediaTypeAsync(PuppeteerSharp.Media.MediaType.Print);
        (await page.EvaluateExpressionAsync<string>("getComputedStyle(document.querySelector('header')).display")).ShouldBe("none");
        (await page.EvaluateExpressionAsync<string>("getComputedStyle(document.querySelector('nav.versions')).display")).ShouldBe("none");
        (await page.EvaluateExpressionAsync<string>("getComputedStyle(document.querySelector('li.entry')).display")).ShouldNotBe("none");
        await page.PdfAsync(Path.Combine(Screenshots, "version-" + chosen + "-print.pdf"));
    }

    public static IEnumerable<object[]> AxePages() => new[]
    {
        new object[] { "home", "index.html" },
        new object[] { "version", "versions/2008-03-08.html" },
        new object[] { "entry", "entrees/cocaine.html" },
        new object[] { "act", "actes/stupefiants-13.html" },
    };

    [Theory]
    [MemberData(nameof(AxePages))]
    public async Task Axe_finds_no_serious_or_critical_violation(string kind, string sitePath)
    {
        var axe = AxeScript();
        File.Exists(_site.Path_(sitePath)).ShouldBeTrue(sitePath + " is one of the site's pages");
        await using var browser = await Launch();
        var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1200, Height = 900 });
        await page.GoToAsync(Url(sitePath));
        await page.AddScriptTagAsync(new AddTagOptions { Content = axe });
        var json = await page.EvaluateExpressionAsync<string>(
            "axe.run(document, { resultTypes: ['violations'] }).then(r => JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, "
            + "nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))))");
        var violations = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
        foreach (var v in violations)
            _output.WriteLine($"{kind}: {v.GetProperty("impact")} {v.GetProperty("id")} ({v.GetProperty("nodes")}): {v.GetProperty("help")} {v.GetProperty("targets")}");
        await page.ScreenshotAsync(Path.Combine(Screenshots, "axe-" + kind + ".png"));
        violations.Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("impact")} {v.GetProperty("id")}: {v.GetProperty("help")} {v.GetProperty("targets")}")
            .ShouldBeEmpty();
    }
}
