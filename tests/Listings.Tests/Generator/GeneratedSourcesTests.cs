using System.Collections.Generic;
using System.IO;
using System.Linq;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Generator;

/// <summary>
/// generated/Listings.French/Generated/ holds the emitted classifiers for review. A pull request that
/// changes listings/ must also update it (the command below, then commit the file), or this fails.
/// </summary>
public class GeneratedSourcesTests
{
    private const string Committed = "generated/Listings.French/Generated/Listings.Generator/Listings.Generator.ListingsGenerator/FrenchListings.g.cs";

    [Fact]
    public void The_committed_French_classifiers_are_what_the_listings_generate_today()
    {
        var listings = Directory.EnumerateFiles(RepositoryPaths.Listings, "*.listing", SearchOption.AllDirectories)
            .Select(path => (Path: Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'), Text: File.ReadAllText(path)))
            .ToList();
        var properties = new Dictionary<string, string>
        {
            ["build_property.ListingsNamespace"] = "Listings.French",
            ["build_property.ListingsClassName"] = "FrenchListings",
        };

        var (source, diagnostics, _) = GeneratorHarness.Run(listings, properties);

        diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ShouldBeEmpty();
        var committed = File.ReadAllText(Path.Combine(RepositoryPaths.Root, Committed)).TrimStart('\uFEFF');
        source.ShouldNotBeNull();
        source.Replace("\r\n", "\n").ShouldBe(committed.Replace("\r\n", "\n"),
            "the committed generated source is stale: run 'dotnet build generated/Listings.French --no-incremental "
            + "-p:UpdateGeneratedSources=true' and commit " + Committed);
    }
}
