using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Listings.Cli.Commands;
using Listings.Tests.Support;

namespace Listings.Tests.Site;

/// <summary>The site of the French listings, written once by <c>listings site --out</c> into a temporary folder for the tests of a class.</summary>
public sealed class FrenchSite : IDisposable
{
    public FrenchSite()
    {
        Folder = Path.Combine(Path.GetTempPath(), "listings-site-" + Guid.NewGuid().ToString("N"));
        var error = new StringWriter();
        var code = SiteCommand.Run(new[] { RepositoryPaths.Listings }, Folder, error);
        if (code != 0)
            throw new InvalidOperationException("listings site failed: " + error);
    }

    public string Folder { get; }

    public IEnumerable<string> HtmlFiles => Directory.EnumerateFiles(Folder, "*.html", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal);

    public string Path_(string sitePath) => Path.Combine(Folder, sitePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The search data: what assets/search-data.js assigns, parsed as JSON.</summary>
    public JsonElement SearchData()
    {
        var script = File.ReadAllText(Path_("assets/search-data.js"));
        const string prefix = "window.LISTINGS_SEARCH = ";
        if (!script.StartsWith(prefix, StringComparison.Ordinal) || !script.EndsWith(";\n", StringComparison.Ordinal))
            throw new InvalidOperationException("search-data.js is not one assignment of a JSON value");
        return JsonDocument.Parse(script[prefix.Length..^2]).RootElement.Clone();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
