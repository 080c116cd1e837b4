using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Listings.Cli.Commands;
using Listings.Tests.Generator;
using Listings.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar.Text;

/// <summary>
/// A listing is read by one rule everywhere: UTF-8, no U+FFFD. A file with a byte that is not UTF-8
/// (Latin-1 "Coca\xEFne") is LST0006 for <c>listings check</c> and for the build alike, whatever
/// fallback encoding the compiler used to read it.
/// </summary>
public class ListingTextTests
{
    private const string Head = "liste stupefiants \"Liste des stupéfiants\" fixée par (1)\n"
        + "acte (1) de stupefiants : arrêté du 22/02/1990 \"fixant la liste\" JO du 07/06/1990\n"
        + "annexe I de stupefiants\n";

    /// <summary>The listing with "Cocaïne" written in Latin-1: one byte 0xEF for "ï".</summary>
    private static byte[] Latin1Listing() =>
        Encoding.UTF8.GetBytes(Head + "- \"Coca").Concat(new byte[] { 0xEF }).Concat(Encoding.UTF8.GetBytes("ne\"\n")).ToArray();

    /// <summary>An additional file as the compiler hands it over: bytes decoded in the compiler's fallback encoding.</summary>
    private sealed class CompilerText : AdditionalText
    {
        private readonly SourceText _text;

        public CompilerText(string path, byte[] bytes, Encoding? encoding)
        {
            Path = path;
            _text = SourceText.From(bytes, bytes.Length, encoding);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private static Diagnostic[] Build(Encoding? fallback)
    {
        var driver = GeneratorHarness.Driver(new AdditionalText[] { new CompilerText(GeneratorHarness.Root + "a.listing", Latin1Listing(), fallback) });
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out _, out _);
        return driver.GetRunResult().Results.Single().Diagnostics.ToArray();
    }

    [Fact]
    public void Listings_check_reports_a_file_that_is_not_utf8_at_its_first_line()
    {
        using var folder = new ListingFixture("listing-text-");
        File.WriteAllBytes(folder.PathOf("a.listing"), Latin1Listing());
        var output = new StringWriter();

        var exitCode = CheckCommand.Run(new[] { folder.Root }, output);

        exitCode.ShouldBe(1);
        output.ToString().ShouldContain("a.listing(1,1): error LST0006: cannot read the listing: the file is not valid UTF-8");
    }

    [Fact]
    public void The_build_reports_the_same_file_read_as_utf8_with_replacement_characters()
    {
        // What the compiler hands over where its fallback is UTF-8: U+FFFD for the bad byte.
        var diagnostic = Build(fallback: null).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("LST0006");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.GetMessage().ShouldBe("cannot read the listing: the file is not valid UTF-8");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(0);
    }

    [Fact]
    public void The_build_reports_the_same_file_read_in_a_legacy_code_page()
    {
        // Where the compiler's fallback is a code page (Windows-1252 on Windows), the text looks fine.
        var diagnostic = Build(Encoding.Latin1).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("LST0006");
    }

    [Fact]
    public void A_utf8_file_with_a_byte_order_mark_is_read_the_same_by_check_and_build()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Head + "- \"Cocaïne\"\n")).ToArray();
        using var folder = new ListingFixture("listing-text-");
        File.WriteAllBytes(folder.PathOf("a.listing"), bytes);

        CheckCommand.Run(new[] { folder.Root }, new StringWriter()).ShouldBe(0);
        var driver = GeneratorHarness.Driver(new AdditionalText[] { new CompilerText(GeneratorHarness.Root + "a.listing", bytes, Encoding.UTF8) });
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out _, out _).GetRunResult().Results.Single().Diagnostics.ShouldBeEmpty();
    }
}
