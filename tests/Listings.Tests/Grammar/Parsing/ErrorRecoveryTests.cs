using System.Linq;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar.Parsing;

/// <summary>After an error the parser resumes at the next statement: one run reports every independent error.</summary>
public class ErrorRecoveryTests
{
    private const string FiveErrors =
        "liste stupefiants \"Stupéfiants\" fixée par (1)\n" +                                 // 1
        "acte (1) de stupefiants : arrêté du 31/02/1990 \"fixant la liste\"\n" +               // 2  LST0003 at 37
        "annexe I de stupefiants\n" +                                                         // 3
        "- \"Acétorphine\"\n" +                                                               // 4
        "- \"Morphine\n" +                                                                    // 5  LST0002 at 3
        "- \"Codéine\"\n" +                                                                   // 6
        "comprend les substances ci-après désignées\n" +                                      // 7
        "- \"Diphénoxylate\" sauf préparations orales renfermant par unité au plus 2,5 mgs de \"diphénoxylate\"\n" + // 8 LST0005 at 77
        "- \"Cocaïne\"\n" +                                                                   // 9
        "groupe 42\n" +                                                                       // 10 LST0001 at 8
        "- \"Fentanyl\"\n" +                                                                  // 11
        "partie 1 de psychotropes\n" +                                                        // 12
        "autorise \"usage médical\"\n" +                                                      // 13 LST0004 at 1
        "- \"Zolpidem\" (16)\n";                                                              // 14

    [Fact]
    public void Five_independent_errors_on_five_lines_are_all_reported_and_only_they()
    {
        var diagnostics = Parsed.Text(FiveErrors).Diagnostics;

        diagnostics.Select(d => (d.Span.Line, d.Span.Column, d.Id)).ShouldBe(new[]
        {
            (2, 37, "LST0003"),
            (5, 3, "LST0002"),
            (8, 77, "LST0005"),
            (10, 8, "LST0001"),
            (13, 1, "LST0004"),
        });
    }

    [Fact]
    public void The_valid_statements_between_the_errors_are_still_read()
    {
        var document = Parsed.Text(FiveErrors).Document;

        document.Lists.ShouldHaveSingleItem().Id.ShouldBe("stupefiants");
        document.Acts.ShouldBeEmpty();
        document.Annexes.Count.ShouldBe(2);
        var annex = document.Annexes[0];
        annex.Rules.ShouldHaveSingleItem();
        Parsed.Names(annex.Sections.SelectMany(s => s.Entries)).ShouldBe(new[] { "Acétorphine", "Codéine", "Cocaïne", "Fentanyl" });
        Parsed.Names(document.Annexes[1].Sections.SelectMany(s => s.Entries)).ShouldBe(new[] { "Zolpidem" });
        document.Derogations.ShouldBeEmpty();
    }
}
