using Listings.Grammar.Parsing;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar;

/// <summary>
/// The generator and the analyzers share one parse of a text (<see cref="ParseCache"/>): the same path
/// and text give the parse already made, and a changed text or another path is parsed again, never
/// answered with the parse of what was there before.
/// </summary>
public class ParseCacheTests
{
    private const string Text = """
        annexe I de stupefiants
        - "Cocaïne"

        """;

    [Fact]
    public void The_same_path_and_text_are_parsed_once()
    {
        var path = "parse-cache/" + System.Guid.NewGuid().ToString("N") + ".listing";

        var first = ParseCache.Parse(path, Text);

        ParseCache.Parse(path, new string(Text.ToCharArray())).ShouldBeSameAs(first);
        first.ShouldBe(ListingParser.Parse(path, Text));
    }

    [Fact]
    public void A_changed_text_or_another_path_is_parsed_again()
    {
        var path = "parse-cache/" + System.Guid.NewGuid().ToString("N") + ".listing";
        var before = ParseCache.Parse(path, Text);

        var edited = ParseCache.Parse(path, Text.Replace("Cocaïne", "Morphine"));
        var elsewhere = ParseCache.Parse(path + ".copy", Text);

        edited.ShouldNotBeSameAs(before);
        edited.ShouldBe(ListingParser.Parse(path, Text.Replace("Cocaïne", "Morphine")));
        elsewhere.Document.Path.ShouldBe(path + ".copy");
        ParseCache.Parse(path, Text).ShouldBe(before);
    }
}
