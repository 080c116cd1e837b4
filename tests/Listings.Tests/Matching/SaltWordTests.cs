using System.Collections.Generic;
using System.Linq;
using Listings.Runtime;
using Listings.Tests.Classifying;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Matching;

/// <summary>
/// Every salt word of the table (<see cref="SaltWords"/>), in each of its spellings and in both word
/// orders, with a substance of each annex and part: a salt where the preamble or the entry includes
/// salts, nothing where it does not.
/// </summary>
public class SaltWordTests
{
    /// <summary>A substance, where it is printed, and whether its annex or its entry includes its salts (and the line that says so).</summary>
    public sealed record Substance(string Name, Printed Printed, string List, string Annex, bool Salts, Printed Rule);

    public static readonly Substance[] Substances =
    {
        // "les sels desdites substances, de leurs isomères, de leurs esters et éthers" (annex I, line 50)
        new("Cocaïne", Printed.Stupefiants(80, "Cocaïne"), SeedText.Stupefiants, "I", true, Printed.Stupefiants(50, "les sels desdites substances")),
        // "les sels desdites substances et de leurs isomères" (annex II, line 166)
        new("Codéine", Printed.Stupefiants(171, "Codéine"), SeedText.Stupefiants, "II", true, Printed.Stupefiants(166, "les sels desdites substances")),
        // "leurs sels dans tous les cas où ils peuvent exister" (annex III, line 189)
        new("Amphétamine", Printed.Stupefiants(195, "Amphétamine"), SeedText.Stupefiants, "III", true, Printed.Stupefiants(189, "leurs sels")),
        // annex IV includes "les produits ci-après désignés ainsi que leurs préparations" (line 246): salts only where the entry says so
        new("Kétamine", Printed.Stupefiants(259, "Kétamine"), SeedText.Stupefiants, "IV", true, Printed.Stupefiants(259, "Kétamine et ses sels")),
        new("BZP", Printed.Stupefiants(255, "BZP"), SeedText.Stupefiants, "IV", false, Printed.Stupefiants(246, "les produits ci-après désignés ainsi que leurs préparations")),
        new("Phénylacétone", Printed.Stupefiants(266, "Phénylacétone"), SeedText.Stupefiants, "IV", false, Printed.Stupefiants(246, "les produits ci-après désignés ainsi que leurs préparations")),
        // "les substances ci-après énumérées ainsi que leurs sels" (psychotropes, parts 1 and 3, lines 26 and 108)
        new("Zolpidem", Printed.Psychotropes(95, "Zolpidem"), SeedText.Psychotropes, "1", true, Printed.Psychotropes(26, "ainsi que leurs sels")),
        new("zopiclone", Printed.Psychotropes(111, "zopiclone"), SeedText.Psychotropes, "3", true, Printed.Psychotropes(108, "ainsi que leurs sels")),
    };

    /// <summary>Every spelling of every salt word, before the name with "de" and after it.</summary>
    public static IEnumerable<object[]> Cases()
    {
        foreach (var substance in Substances)
            foreach (var word in SaltWords.Table)
                foreach (var spelling in word.Spellings)
                {
                    yield return new object[] { spelling + " de " + substance.Name, substance.Name };
                    yield return new object[] { substance.Name + " " + spelling, substance.Name };
                }
    }

    private static Substance Of(string name) => Substances.Single(s => s.Name == name);

    private static void Answers(string typed, Substance substance)
    {
        substance.Printed.ShouldBeOnItsLine();
        substance.Rule.ShouldBeOnItsLine();
        var answer = Ask.Name(typed);

        if (substance.Salts)
            answer.Classifications.ShouldContain(c => c.List == substance.List && c.Annex == substance.Annex && c.Entry == substance.Name
                && c.Via == Via.Salt, answer.Show());
        else
            answer.Status.ShouldBe(ClassificationStatus.NotListed, answer.Show());
    }

    [Fact]
    public void The_table_has_the_salt_words_of_everyday_pharmaceutical_use_including_those_the_sources_print()
    {
        var spellings = SaltWords.Table.SelectMany(w => w.Spellings).Select(NameFolding.Key).ToList();

        // "clorazépate dipotassique" (sources/actes-cites.txt, line 3), "sulfate d’atropine" (stupéfiants, line 93)
        SeedText.LinesOf("actes-cites.txt")[2].ShouldContain("clorazépate dipotassique");
        spellings.ShouldContain("potassique");
        SaltWords.Multipliers.ShouldContain("di");
        spellings.ShouldContain("sulfate");
        foreach (var common in new[] { "chlorhydrate", "hydrochloride", "bromhydrate", "sodique", "sodium", "napsilate", "napsylate", "mesilate", "maleate", "tartrate", "citrate", "hydrate" })
            spellings.ShouldContain(common);
        spellings.ShouldBeUnique();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_salt_word_in_either_order_names_a_salt_where_salts_are_included_and_nothing_where_they_are_not(string typed, string substance)
    {
        Answers(typed, Of(substance));
    }

    public static IEnumerable<object[]> Multiplied()
    {
        foreach (var substance in Substances)
            foreach (var multiplier in SaltWords.Multipliers)
            {
                yield return new object[] { multiplier + "chlorhydrate de " + substance.Name, substance.Name };
                yield return new object[] { substance.Name + " " + multiplier + "hydrate", substance.Name };
            }
    }

    [Theory]
    [MemberData(nameof(Multiplied))]
    public void A_salt_word_with_a_multiplier_is_the_same_kind_of_salt(string typed, string substance)
    {
        Answers(typed, Of(substance));
    }

    [Theory]
    [InlineData("clorazépate dipotassique", SeedText.Psychotropes, "1", "Clorazépate")]
    [InlineData("pentobarbital sodique", SeedText.Psychotropes, "1", "Pentobarbital")]
    [InlineData("sodium pentobarbital", SeedText.Psychotropes, "1", "Pentobarbital")]
    [InlineData("sel sodique de phénobarbital", SeedText.Psychotropes, "1", "Phénobarbital")]
    [InlineData("dichlorhydrate de zopiclone", SeedText.Psychotropes, "3", "zopiclone")]
    [InlineData("napsilate de dextropropoxyphène", SeedText.Stupefiants, "II", "Dextropropoxyphène")]
    [InlineData("dextropropoxyphene napsylate", SeedText.Stupefiants, "II", "Dextropropoxyphène")]
    [InlineData("chlorhydrate de morphine trihydraté", SeedText.Stupefiants, "I", "Morphine")]
    [InlineData("morphine sulfate pentahydrate", SeedText.Stupefiants, "I", "Morphine")]
    [InlineData("codeine phosphate hemihydrate", SeedText.Stupefiants, "II", "Codéine")]
    [InlineData("Morphine (chlorhydrate de)", SeedText.Stupefiants, "I", "Morphine")]
    [InlineData("chlorhydrate de l’ester méthylique de l’ecgonine", SeedText.Stupefiants, "I", "Ecgonine")]
    [InlineData("sels de cocaïne", SeedText.Stupefiants, "I", "Cocaïne")]
    [InlineData("gamma-hydroxybutyrate de sodium", SeedText.Stupefiants, "III", "GHB")] // "acide gamma-hydroxybutyrique" (line 210)
    [InlineData("sodium gamma-hydroxybutyrate", SeedText.Stupefiants, "III", "GHB")]
    [InlineData("gamma-hydroxybutyrate", SeedText.Stupefiants, "III", "GHB")]
    [InlineData("lysergate de sodium", SeedText.Stupefiants, "IV", "Acide lysergique")] // "Acide lysergique, ses dérivés halogènés, et leurs sels" (line 251)
    public void Salts_as_pharmacists_write_them(string typed, string list, string annex, string entry)
    {
        var answer = Ask.Name(typed);

        answer.Classifications.ShouldContain(c => c.List == list && c.Annex == annex && c.Entry == entry && c.Via == Via.Salt, answer.Show());
    }

    [Theory]
    [InlineData("chlorhydrate de HHC")]
    [InlineData("HHC hydrochloride")]
    public void The_2023_decision_says_nothing_of_salts_so_none_is_listed(string typed)
    {
        // "Sont ajoutés comme substances stupéfiantes" (sources/2023-06-12-decision-hhc.txt, line 2): no annex, no rule.
        Printed.HhcDecision(2, "Sont ajoutés comme substances stupéfiantes").ShouldBeOnItsLine();

        Ask.Name(typed).Status.ShouldBe(ClassificationStatus.NotListed);
    }
}
