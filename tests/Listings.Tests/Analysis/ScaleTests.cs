using System.Globalization;
using System.Linq;
using System.Text;
using Listings.Compiler.Analysis;
using Listings.Compiler.Binding;
using Listings.Grammar.Parsing;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Analysis;

/// <summary>
/// The checks look names up in an index instead of comparing entries pairwise: 20,000 distinct names
/// and two duplicates give the two duplicates and nothing else, and the index holds one group per
/// distinct name. Not a timing test; it stays fast because the work is linear.
/// </summary>
public class ScaleTests
{
    private const int Distinct = 20_000;

    // Lines 1-5 of big.listing; entry i ("Composé 00000" … "Composé 19999") is on line 6 + i.
    private const string Header = """
        liste stupefiants "Liste des stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
        annexe I de stupefiants
        comprend leurs isomères, sauf exception expresse
        comprend les sels des substances
        """;

    private const int FirstEntryLine = 6;

    private static string Name(int i) => "Composé " + i.ToString("D5", CultureInfo.InvariantCulture);

    private static string Big()
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < Distinct; i++)
            text.Append("- \"").Append(Name(i)).Append("\"\n");
        return text.ToString();
    }

    // dup.listing: line 2 repeats entry 42, line 3 repeats entry 19999 in another spelling.
    private const string Duplicates = """
        annexe II de stupefiants
        - "Composé 00042"
        - "COMPOSE 19999"
        """;

    [Fact]
    public void Twenty_thousand_distinct_entries_and_two_duplicates_give_exactly_the_two_duplicate_findings()
    {
        var findings = Analyzed.Findings(("big.listing", Big()), ("dup.listing", Duplicates));

        findings.Count.ShouldBe(2, Analyzed.Show(findings.Take(10)));
        findings.ShouldAllBe(f => f.Id == "LST2001");
        findings[0].Span.ShouldBeAt("dup.listing", 2, 3);
        findings[0].OtherSide().ShouldBeAt("big.listing", FirstEntryLine + 42, 3);
        findings[1].Span.ShouldBeAt("dup.listing", 3, 3);
        findings[1].OtherSide().ShouldBeAt("big.listing", FirstEntryLine + 19_999, 3);
    }

    [Fact]
    public void The_name_index_holds_one_group_per_distinct_name_and_only_the_duplicates_share_one()
    {
        var documents = new[] { ("big.listing", Big()), ("dup.listing", Duplicates) }
            .Select(f => ListingParser.Parse(f.Item1, f.Item2).Document).ToList();
        var model = ListingBinder.Bind(documents).Model;

        var index = new NameIndex(model);

        var groups = index.Groups.ToList();
        groups.Count.ShouldBe(Distinct);
        groups.Where(g => g.Count > 1).Select(g => g[0].Key).OrderBy(k => k, System.StringComparer.Ordinal)
            .ShouldBe(new[] { Runtime.MatchKey.Of(Name(42)), Runtime.MatchKey.Of(Name(19_999)) });
        groups.Where(g => g.Count > 1).ShouldAllBe(g => g.Count == 2);
    }
}
