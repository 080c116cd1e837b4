using System;
using System.IO;
using System.Linq;
using Listings.Cli;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Classifying;

/// <summary>
/// A name as a user types it (what the README says counts): any case or accents, either apostrophe, stray spaces,
/// an alias or abbreviation, an inverted heading, a salt named by its counter-ion — and nothing that
/// merely looks like a listed name.
/// </summary>
public class NameMatchingTests
{
    private const string Stup = SeedText.Stupefiants;
    private const string Psy = SeedText.Psychotropes;

    [Theory]
    [InlineData("Cocaïne")]
    [InlineData("COCAÏNE")]
    [InlineData("cocaine")]
    [InlineData("CoCaInE")]
    [InlineData("Cocai\u0308ne")] // "ï" written as "i" and a combining diaeresis (NFD)
    public void A_name_is_found_whatever_its_case_and_accents(string typed)
    {
        var answer = Ask.Name(typed);

        answer.Classifications.ShouldContain(c => c.List == Stup && c.Annex == "I" && c.Entry == "Cocaïne", answer.Show());
    }

    [Theory]
    [InlineData("Loflazépate d’éthyle")]
    [InlineData("Loflazépate d'éthyle")]
    [InlineData("loflazepate d'ethyle")]
    public void Curly_and_straight_apostrophes_are_the_same(string typed)
    {
        var answer = Ask.Name(typed);

        answer.Classifications.ShouldContain(c => c.List == Psy && c.Annex == "1" && c.Entry == "Loflazépate d’éthyle", answer.Show());
    }

    [Theory]
    [InlineData("sulfate d'amphétamine")]
    [InlineData("sulfate d’amphétamine")]
    public void A_salt_name_elided_with_either_apostrophe_reaches_the_substance(string typed)
    {
        var answer = Ask.Name(typed);

        answer.Classifications.ShouldContain(c => c.List == Stup && c.Annex == "III" && c.Entry == "Amphétamine" && c.Via == Via.Salt, answer.Show());
    }

    [Theory]
    [InlineData("  cocaïne  ", "I", "Cocaïne")]
    [InlineData("chlorhydrate   de\tcocaïne", "I", "Cocaïne")]
    [InlineData("feuille  de   coca", "I", "Coca, feuille de")]
    [InlineData("Coca,  feuille de", "I", "Coca, feuille de")]
    [InlineData("Loflazépate\u00A0d’éthyle", "1", "Loflazépate d’éthyle")]
    public void Extra_white_space_in_a_name_is_ignored(string typed, string annex, string entry)
    {
        var answer = Ask.Name(typed);

        answer.Classifications.ShouldContain(c => c.Annex == annex && c.Entry == entry, answer.Show());
    }

    [Theory]
    [InlineData("LSD-25", "III", "Lysergide")]
    [InlineData("lsd-25", "III", "Lysergide")]
    [InlineData("PCE", "III", "Eticyclidine")]
    [InlineData("TCP", "III", "Ténocyclidine")]
    [InlineData("MDA", "III", "Tenamfétamine")]
    [InlineData("MDEA", "III", "N-éthylténamphétamine")]
    [InlineData("PHP", "III", "Rolicyclidine")]
    [InlineData("PCPY", "III", "Rolicyclidine")]
    [InlineData("DOM", "III", "STP")]
    [InlineData("benzylpipérazine", "IV", "BZP")]
    [InlineData("acide gamma-hydroxybutyrique", "III", "GHB")]
    public void An_alias_or_abbreviation_reaches_its_entry_as_an_alias(string typed, string annex, string entry)
    {
        var answer = Ask.Name(typed);

        answer.Classifications.ShouldContain(c => c.List == Stup && c.Annex == annex && c.Entry == entry && c.Via == Via.Alias, answer.Show());
    }

    [Theory]
    [InlineData("MDMA", "III")]
    [InlineData("mdma", "III")]
    [InlineData("GHB", "III")]
    [InlineData("BZP", "IV")]
    [InlineData("2-CB", "III")]
    public void An_abbreviation_that_heads_its_entry_is_found_by_name(string typed, string annex)
    {
        var answer = Ask.Name(typed);

        answer.Classifications.ShouldContain(c => c.List == Stup && c.Annex == annex
            && NameFolding.Key(c.Entry) == NameFolding.Key(typed) && c.Via == Via.Name, answer.Show());
    }

    [Theory]
    [InlineData("feuille de coca", "Coca, feuille de")]
    [InlineData("Feuille de Coca", "Coca, feuille de")]
    [InlineData("Coca, feuille de", "Coca, feuille de")]
    [InlineData("intermédiaire du moramide", "Moramide (intermédiaire du)")]
    public void An_inverted_heading_is_found_both_ways(string typed, string entry)
    {
        var answer = Ask.Name(typed);

        answer.Classifications.ShouldContain(c => c.List == Stup && c.Annex == "I" && c.Entry == entry, answer.Show());
    }

    [Theory]
    [InlineData("chlorhydrate de cocaïne", Stup, "I", "Cocaïne")]
    [InlineData("sulfate de morphine", Stup, "I", "Morphine")]
    [InlineData("citrate de fentanyl", Stup, "I", "Fentanyl")]
    [InlineData("bromhydrate de phénazocine", Stup, "I", "Phénazocine")]
    [InlineData("phosphate de codéine", Stup, "II", "Codéine")]
    [InlineData("chlorhydrate de méthylphénidate", Stup, "III", "Méthylphénidate")]
    [InlineData("chlorhydrate de kétamine", Stup, "IV", "Kétamine")] // "Kétamine et ses sels"
    [InlineData("tartrate de zolpidem", Psy, "1", "Zolpidem")]
    [InlineData("chlorhydrate de zopiclone", Psy, "3", "zopiclone")]
    public void A_French_salt_name_reaches_the_substance_as_a_salt(string typed, string list, string annex, string entry)
    {
        var answer = Ask.Name(typed);

        answer.Classifications.ShouldContain(c => c.List == list && c.Annex == annex && c.Entry == entry && c.Via == Via.Salt, answer.Show());
    }

    [Theory]
    [InlineData("cocaine hydrochloride", Stup, "I", "Cocaïne")]
    [InlineData("Cocaine HCl", Stup, "I", "Cocaïne")]
    [InlineData("morphine sulfate", Stup, "I", "Morphine")]
    [InlineData("zolpidem tartrate", Psy, "1", "Zolpidem")]
    public void An_English_salt_name_reaches_the_substance_as_a_salt(string typed, string list, string annex, string entry)
    {
        var answer = Ask.Name(typed);

        answer.Classifications.ShouldContain(c => c.List == list && c.Annex == annex && c.Entry == entry && c.Via == Via.Salt, answer.Show());
    }

    // Annex I: "leurs isomères, sauf exception expresse"
    [Theory]
    [InlineData("lévométhadone", "Méthadone")]
    [InlineData("dextro-fentanyl", "Fentanyl")]
    public void A_name_with_an_isomer_prefix_reaches_an_annex_I_substance_as_an_isomer(string typed, string entry)
    {
        var answer = Ask.Name(typed);

        answer.Classifications.ShouldContain(c => c.List == Stup && c.Annex == "I" && c.Entry == entry && c.Via == Via.Isomer, answer.Show());
    }

    // Annex I: "les esters et éthers desdites substances"; and "Ecgonine et ses esters"
    [Theory]
    [InlineData("ester méthylique d'ecgonine")]
    [InlineData("ester méthylique de l'ecgonine")]
    [InlineData("ester méthylique de l’ecgonine")]
    public void An_ester_named_in_French_reaches_its_annex_I_substance_as_an_ester(string typed)
    {
        var answer = Ask.Name(typed);

        answer.Classifications.ShouldContain(c => c.List == Stup && c.Annex == "I" && c.Entry == "Ecgonine" && c.Via == Via.Ester, answer.Show());
    }

    // Annex III: "Méthamphétamine et son racémate"
    [Fact]
    public void The_racemate_annex_III_lists_with_methamphetamine_is_listed_in_annex_III()
    {
        var answer = Ask.Name("racémate de méthamphétamine");

        answer.Classifications.ShouldContain(c => c.List == Stup && c.Annex == "III" && c.Entry == "Méthamphétamine", answer.Show());
    }

    // Annex IV has no salt rule in its preamble ("les produits ci-après désignés ainsi que leurs
    // préparations"): an entry includes its salts only when it says so ("Kétamine et ses sels").
    // "BZP ou benzylpipérazine (27)" says nothing of salts.
    [Theory]
    [InlineData("chlorhydrate de BZP")]
    [InlineData("chlorhydrate de benzylpipérazine")]
    [InlineData("benzylpiperazine hydrochloride")]
    public void A_salt_of_an_annex_IV_entry_that_does_not_include_its_salts_is_not_listed(string typed)
    {
        var answer = Ask.Name(typed);

        answer.Status.ShouldBe(ClassificationStatus.NotListed, answer.Show());
    }

    [Fact]
    public void An_isomer_of_an_annex_IV_entry_that_includes_only_its_salts_is_not_listed()
    {
        // "Fenbutrazate et ses sels": annex IV has no isomer rule and the entry adds only its salts
        var answer = Ask.Name("dextro-fenbutrazate");

        answer.Status.ShouldBe(ClassificationStatus.NotListed, answer.Show());
    }

    [Theory]
    [InlineData("Cathin")]
    [InlineData("Cocain")]
    [InlineData("Morphin")]
    [InlineData("chlorhydrate de cocaï")]
    public void A_name_that_only_resembles_a_listed_one_is_not_listed(string typed)
    {
        var answer = Ask.Name(typed);

        answer.Status.ShouldBe(ClassificationStatus.NotListed, answer.Show());
    }

    [Fact]
    public void Cathine_is_a_psychotrope_of_part_1_and_not_a_stupefiant()
    {
        var answer = Ask.Name("Cathine");

        answer.Classifications.ShouldHaveSingleItem(answer.Show()).ShouldSatisfyAllConditions(
            c => c.List.ShouldBe(Psy),
            c => c.Annex.ShouldBe("1"),
            c => c.Entry.ShouldBe("Cathine"));
    }

    [Fact]
    public void Cathinone_is_a_stupefiant_of_annex_III_and_not_a_psychotrope()
    {
        var answer = Ask.Name("Cathinone");

        answer.Classifications.ShouldHaveSingleItem(answer.Show()).ShouldSatisfyAllConditions(
            c => c.List.ShouldBe(Stup),
            c => c.Annex.ShouldBe("III"),
            c => c.Entry.ShouldBe("Cathinone"));
    }

    [Fact]
    public void A_counter_ion_declared_by_a_listing_names_salts_before_de_X_and_after_X()
    {
        using var fixture = new SaltFixture(withCounterIon: true);

        var before = fixture.Set.Classifier.Classify(new ClassificationQuery("zorbate de fixturine", Ask.Today));
        var after = fixture.Set.Classifier.Classify(new ClassificationQuery("Fixturine zorbate", Ask.Today));

        before.Classifications.ShouldContain(c => c.List == "essai" && c.Annex == "I" && c.Entry == "Fixturine" && c.Via == Via.Salt, before.Show());
        after.Classifications.ShouldContain(c => c.List == "essai" && c.Annex == "I" && c.Entry == "Fixturine" && c.Via == Via.Salt, after.Show());
    }

    [Fact]
    public void Without_its_contre_ions_statement_the_made_up_counter_ion_names_no_salt()
    {
        using var fixture = new SaltFixture(withCounterIon: false);

        var answer = fixture.Set.Classifier.Classify(new ClassificationQuery("zorbate de fixturine", Ask.Today));

        answer.Status.ShouldBe(ClassificationStatus.NotListed, answer.Show());
    }

    /// <summary>A one-annex listing whose preamble includes salts, in a temporary folder, loaded as the CLI loads listings.</summary>
    private sealed class SaltFixture : IDisposable
    {
        private readonly DirectoryInfo _folder;

        public SaltFixture(bool withCounterIon)
        {
            _folder = Directory.CreateTempSubdirectory("listings-salts-");
            var text = string.Join("\n",
                "liste essai \"Liste d'essai\" fixée par (1)",
                "acte (1) de essai : arrêté du 01/01/2000 \"fixant la liste d'essai\"",
                "    JO du 02/01/2000",
                "annexe I de essai",
                "comprend les substances ci-après désignées",
                "comprend les sels des substances",
                "- \"Fixturine\"",
                withCounterIon ? "contre-ions \"zorbate\"" : "",
                "");
            File.WriteAllText(Path.Combine(_folder.FullName, "essai.listing"), text);
            Set = ListingSet.Load(new[] { _folder.FullName });
            Set.HasErrors.ShouldBeFalse(string.Join("\n", Set.Diagnostics));
            // the fixture's entry itself must be listed, or the salt tests prove nothing
            Set.Classifier.Classify(new ClassificationQuery("Fixturine", Ask.Today)).Status.ShouldBe(ClassificationStatus.Listed);
        }

        public ListingSet Set { get; }

        public void Dispose() => _folder.Delete(recursive: true);
    }
}
