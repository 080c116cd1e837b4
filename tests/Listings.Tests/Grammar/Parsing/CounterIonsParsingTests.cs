using System.Linq;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar.Parsing;

/// <summary><c>contre-ions "…", "…"</c>: counter-ions the listing set adds to the classifiers' table.</summary>
public class CounterIonsParsingTests
{
    [Fact]
    public void Contre_ions_lists_its_names_in_order()
    {
        var counterIons = Parsed.Valid("contre-ions \"napsilate\", \"napsylate\"\n").CounterIons.ShouldHaveSingleItem();

        counterIons.Names.Select(n => n.Value).ShouldBe(new[] { "napsilate", "napsylate" });
        // '"napsilate", ' is 13 characters after the keyword and its space (12): the second name starts at 26
        (counterIons.Names[1].Span.Line, counterIons.Names[1].Span.Column).ShouldBe((1, 26));
    }

    [Fact]
    public void Contre_ions_may_name_a_single_counter_ion()
    {
        Parsed.Valid("contre-ions \"tosilate\"\n").CounterIons.ShouldHaveSingleItem().Names.ShouldHaveSingleItem().Value.ShouldBe("tosilate");
    }

    [Fact]
    public void Contre_ions_needs_a_quoted_name()
    {
        var diagnostic = Parsed.Text("contre-ions napsilate\n").Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("LST0001");
        (diagnostic.Span.Line, diagnostic.Span.Column).ShouldBe((1, 13));
    }
}
