using System.Linq;
using Listings.Compiler.Binding;
using Listings.Grammar.Parsing;
using Shouldly;
using Xunit;
using static Listings.Tests.Binding.BindingFixtures;

namespace Listings.Tests.Binding;

/// <summary>
/// The binding the generator and the analyzers share in one build: the same documents get the same
/// binding, and an edited file (a new parse) never gets the binding of its old text.
/// </summary>
public class BindCacheTests
{
    [Fact]
    public void An_edited_listing_is_bound_again_and_an_unchanged_set_is_bound_once()
    {
        var list = ListingParser.Parse("cache/a.listing", List).Document;
        var before = ListingParser.Parse("cache/b.listing", AnnexI).Document;
        var after = ListingParser.Parse("cache/b.listing", AnnexI.Replace("\"Cocaïne\"", "\"Cocaïne\"\n- \"Ecgonine\"")).Document;

        var first = BindCache.Bind(new[] { list, before });
        var edited = BindCache.Bind(new[] { list, after });
        var again = BindCache.Bind(new[] { before, list });

        first.Model.Entries.Select(e => e.Title).ShouldBe(new[] { "Cocaïne" });
        edited.Model.Entries.Select(e => e.Title).ShouldBe(new[] { "Cocaïne", "Ecgonine" });
        again.ShouldBeSameAs(first);
        var unshared = ListingBinder.Bind(new[] { list, before });
        first.Model.ShouldBe(unshared.Model);
        first.Diagnostics.ShouldBe(unshared.Diagnostics);
    }
}
