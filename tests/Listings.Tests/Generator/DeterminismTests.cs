using System.Globalization;
using System.Linq;
using System.Threading;
using Shouldly;
using Xunit;

namespace Listings.Tests.Generator;

/// <summary>Same listings, same bytes: whatever the run, the culture or the order the build hands files over.</summary>
public class DeterminismTests
{
    [Fact]
    public void Generating_twice_gives_the_same_bytes()
    {
        var first = GeneratorHarness.Run(Fixtures.Set()).Source;
        var second = GeneratorHarness.Run(Fixtures.Set()).Source;

        second.ShouldBe(first);
    }

    [Fact]
    public void Generating_under_the_Turkish_culture_gives_the_same_bytes()
    {
        var invariant = GeneratorHarness.Run(Fixtures.Set()).Source;
        var previous = CultureInfo.CurrentCulture;
        string? turkish;
        try
        {
            // tr-TR folds "I" to "ı" and writes 2.5 as "2,5": the classic breakers of generated code.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            turkish = GeneratorHarness.Run(Fixtures.Set()).Source;
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }

        turkish.ShouldBe(invariant);
    }

    [Fact]
    public void The_order_of_the_additional_files_does_not_change_the_output()
    {
        var forward = GeneratorHarness.Run(Fixtures.Set()).Source;
        var backward = GeneratorHarness.Run(Fixtures.Set().Reverse()).Source;

        backward.ShouldBe(forward);
    }
}
