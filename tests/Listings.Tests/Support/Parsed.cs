using System.Collections.Generic;
using System.Linq;
using Listings.Grammar.Parsing;
using Listings.Grammar.Syntax;
using Shouldly;

namespace Listings.Tests.Support;

/// <summary>Parses the small listings the grammar tests are written in.</summary>
public static class Parsed
{
    public const string Path = "test.listing";

    public static ParseResult Text(string text) => ListingParser.Parse(Path, text);

    /// <summary>Parses text that must be valid; a diagnostic fails the test and is shown.</summary>
    public static ListingDocument Valid(string text)
    {
        var result = Text(text);
        result.Diagnostics.ShouldBeEmpty("unexpected diagnostics:\n" + string.Join("\n", result.Diagnostics));
        return result.Document;
    }

    /// <summary>The one entry of <paramref name="entryLines"/>, read under <c>annexe I de stupefiants</c> (so it starts on line 2).</summary>
    public static EntrySyntax Entry(string entryLines) =>
        Entries(Valid("annexe I de stupefiants\n" + entryLines)).ShouldHaveSingleItem();

    public static SubstanceEntrySyntax Substance(string entryLines) => Entry(entryLines).ShouldBeOfType<SubstanceEntrySyntax>();

    /// <summary>The one clause of type <typeparamref name="T"/> of the single entry.</summary>
    public static T Clause<T>(string entryLines) where T : EntryClauseSyntax =>
        Entry(entryLines).Clauses.OfType<T>().ShouldHaveSingleItem();

    /// <summary>Every entry of every annex, in file order.</summary>
    public static IReadOnlyList<EntrySyntax> Entries(ListingDocument document) =>
        document.Annexes.SelectMany(a => a.Sections).SelectMany(s => s.Entries).ToList();

    public static IReadOnlyList<string> Names(IEnumerable<EntrySyntax> entries) => entries.Select(e => e.Title.Value).ToList();
}
