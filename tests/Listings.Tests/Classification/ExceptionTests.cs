using System.Linq;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Classifying;

/// <summary>
/// The exceptions the stupéfiants annexes write into their entries (sources/1990-02-22-stupefiants.txt lines 109, 112, 93, 195): the two
/// dextrorotatory isomers of annex I, diphénoxylate's oral preparations with atropine, and the one
/// amphétamine tablet of annex III. Amounts are the act's, exact to the last decimal.
/// </summary>
public class ExceptionTests
{
    private const string Stup = SeedText.Stupefiants;
    private const string Diphenoxylate = "diphénoxylate";
    private const string Atropine = "sulfate d’atropine";

    // "Lévométhorphane, à l’exception de son isomère dextrogyre ou dextrométhorphane"
    // "Lévorphanol, à l’exception de son isomère dextrogyre ou dextrorphane"
    [Theory]
    [InlineData("dextrométhorphane", "Lévométhorphane")]
    [InlineData("Dextromethorphane", "Lévométhorphane")]
    [InlineData("dextrorphane", "Lévorphanol")]
    public void A_dextrorotatory_isomer_that_annex_I_excepts_is_exempted_by_its_entry(string isomer, string entry)
    {
        var answer = Ask.Name(isomer);

        answer.Status.ShouldBe(ClassificationStatus.Exempted, answer.Show());
        answer.Exceptions.ShouldContain(e => e.List == Stup && e.Annex == "I" && e.Entry == entry && e.Applied, answer.Show());
    }

    // Annex I takes in the salts of its substances and of their isomers; the excepted isomer is not one
    // of them, and neither are its salts.
    [Theory]
    [InlineData("bromhydrate de dextrométhorphane", "Lévométhorphane")]
    [InlineData("tartrate de dextrorphane", "Lévorphanol")]
    public void A_salt_of_an_excepted_isomer_is_exempted_like_the_isomer(string salt, string entry)
    {
        var answer = Ask.Name(salt);

        answer.Status.ShouldBe(ClassificationStatus.Exempted, answer.Show());
        answer.Exceptions.ShouldContain(e => e.List == Stup && e.Annex == "I" && e.Entry == entry && e.Applied, answer.Show());
    }

    // "Diphénoxylate, à l’exception des préparations orales en renfermant par dose unitaire, une quantité
    // maximale de 2,5 mg calculés en base en association avec une quantité d’au moins 0,025 mg de sulfate d’atropine"
    [Theory]
    [InlineData("2,5 mg", "0,025 mg")] // exactly at both limits
    [InlineData("2,4 mg", "0,025 mg")]
    [InlineData("2,5 mg", "0,030 mg")]
    [InlineData("0.0025 g", "0.000025 g")] // the same limits, in grams
    [InlineData("2500 µg", "25 µg")]
    public void An_oral_diphenoxylate_preparation_within_the_limits_is_exempted(string diphenoxylate, string atropine)
    {
        var answer = Ask.Preparation(Diphenoxylate, QueryRoute.Oral, (Diphenoxylate, Ask.Mg(diphenoxylate)), (Atropine, Ask.Mg(atropine)));

        answer.Status.ShouldBe(ClassificationStatus.Exempted, answer.Show());
        answer.Exceptions.ShouldContain(e => e.List == Stup && e.Annex == "I" && e.Entry == "Diphénoxylate" && e.Applied, answer.Show());
    }

    [Theory]
    [InlineData("2,6 mg", "0,025 mg")] // too much diphénoxylate
    [InlineData("2,501 mg", "0,025 mg")]
    [InlineData("0.0026 g", "0.000025 g")]
    [InlineData("2,5 mg", "0,024 mg")] // too little atropine
    [InlineData("0.0025 g", "0.000024 g")]
    public void An_oral_diphenoxylate_preparation_outside_the_limits_is_listed_in_annex_I(string diphenoxylate, string atropine)
    {
        var answer = Ask.Preparation(Diphenoxylate, QueryRoute.Oral, (Diphenoxylate, Ask.Mg(diphenoxylate)), (Atropine, Ask.Mg(atropine)));

        answer.Status.ShouldBe(ClassificationStatus.Listed, answer.Show());
        answer.Classifications.ShouldContain(c => c.List == Stup && c.Annex == "I" && c.Entry == "Diphénoxylate", answer.Show());
    }

    [Fact]
    public void An_oral_preparation_of_a_diphenoxylate_salt_within_the_limits_is_exempted()
    {
        // "2,5 mg calculés en base": the preparation may hold a salt, its amount given as base
        var answer = Ask.Preparation("chlorhydrate de diphénoxylate", QueryRoute.Oral, (Diphenoxylate, Ask.Mg("2,5 mg")), (Atropine, Ask.Mg("0,025 mg")));

        answer.Status.ShouldBe(ClassificationStatus.Exempted, answer.Show());
    }

    [Fact]
    public void An_oral_diphenoxylate_preparation_without_atropine_is_listed_in_annex_I()
    {
        var answer = Ask.Preparation(Diphenoxylate, QueryRoute.Oral, (Diphenoxylate, Ask.Mg("2 mg")));

        answer.Status.ShouldBe(ClassificationStatus.Listed, answer.Show());
        answer.Has(Stup, "I").ShouldBeTrue(answer.Show());
    }

    [Fact]
    public void An_injectable_diphenoxylate_preparation_within_the_oral_limits_is_listed_in_annex_I()
    {
        var answer = Ask.Preparation(Diphenoxylate, QueryRoute.Injectable, (Diphenoxylate, Ask.Mg("2,5 mg")), (Atropine, Ask.Mg("0,025 mg")));

        answer.Status.ShouldBe(ClassificationStatus.Listed, answer.Show());
        answer.Classifications.ShouldContain(c => c.List == Stup && c.Annex == "I" && c.Entry == "Diphénoxylate", answer.Show());
    }

    // "Amphétamine, à l’exception de la préparation présentée en comprimés et renfermant par comprimé :
    // sulfate d’amphétamine 0,005 g, phénobarbital 0,100 g"
    [Theory]
    [InlineData("amphétamine")]
    [InlineData("sulfate d'amphétamine")]
    public void The_amphetamine_tablet_with_exactly_the_amounts_of_the_act_is_exempted_from_annex_III(string name)
    {
        var answer = Ask.Preparation(name, QueryRoute.Oral, ("sulfate d'amphétamine", Ask.Mg("0,005 g")), ("phénobarbital", Ask.Mg("0,100 g")));

        answer.Exceptions.ShouldContain(e => e.List == Stup && e.Annex == "III" && e.Entry == "Amphétamine" && e.Applied, answer.Show());
        answer.HasList(Stup).ShouldBeFalse(answer.Show());
    }

    [Fact]
    public void The_amphetamine_tablet_written_in_milligrams_is_the_same_tablet()
    {
        var answer = Ask.Preparation("amphétamine", QueryRoute.Oral, ("sulfate d’amphétamine", 5m), ("phénobarbital", 100m));

        answer.Exceptions.ShouldContain(e => e.List == Stup && e.Annex == "III" && e.Entry == "Amphétamine" && e.Applied, answer.Show());
        answer.HasList(Stup).ShouldBeFalse(answer.Show());
    }

    [Theory]
    [InlineData("0,010 g", "0,100 g")]
    [InlineData("0,004 g", "0,100 g")]
    [InlineData("0,005 g", "0,050 g")]
    [InlineData("0,005 g", "0,200 g")]
    public void An_amphetamine_preparation_with_other_amounts_is_listed_in_annex_III(string amphetamineSulfate, string phenobarbital)
    {
        var answer = Ask.Preparation("amphétamine", QueryRoute.Oral, ("sulfate d'amphétamine", Ask.Mg(amphetamineSulfate)), ("phénobarbital", Ask.Mg(phenobarbital)));

        answer.Status.ShouldBe(ClassificationStatus.Listed, answer.Show());
        answer.Classifications.ShouldContain(c => c.List == Stup && c.Annex == "III" && c.Entry == "Amphétamine", answer.Show());
    }

    [Fact]
    public void An_injectable_amphetamine_preparation_with_the_tablets_amounts_is_listed_in_annex_III()
    {
        // the exception is for "la préparation présentée en comprimés": an injectable is not a tablet
        var answer = Ask.Preparation("amphétamine", QueryRoute.Injectable, ("sulfate d'amphétamine", Ask.Mg("0,005 g")), ("phénobarbital", Ask.Mg("0,100 g")));

        answer.Status.ShouldBe(ClassificationStatus.Listed, answer.Show());
        answer.Has(Stup, "III").ShouldBeTrue(answer.Show());
    }

    [Fact]
    public void An_amphetamine_preparation_without_phenobarbital_is_listed_in_annex_III()
    {
        var answer = Ask.Preparation("amphétamine", QueryRoute.Oral, ("sulfate d'amphétamine", Ask.Mg("0,005 g")));

        answer.Status.ShouldBe(ClassificationStatus.Listed, answer.Show());
        answer.Has(Stup, "III").ShouldBeTrue(answer.Show());
    }

    // "Morphine (…), à l’exception des éthers nommément mentionnés à l’annexe II": the ethers of
    // morphine that annex II names are annex II's (sources/1990-02-22-stupefiants.txt lines 48 and 122).
    [Theory]
    [InlineData("Codéine")]
    [InlineData("Ethylmorphine")]
    [InlineData("Pholcodine")]
    public void An_ether_of_morphine_that_annex_II_names_is_in_annex_II_and_not_in_annex_I(string name)
    {
        var answer = Ask.Name(name);

        answer.Has(Stup, "II").ShouldBeTrue(answer.Show());
        answer.Has(Stup, "I").ShouldBeFalse(answer.Show());
    }

    // Annex II: "leurs préparations nommément désignées ci-dessous" — and the only one it names is
    // "Dextropropoxyphène et ses préparations injectables".
    [Fact]
    public void An_injectable_dextropropoxyphene_preparation_is_listed_in_annex_II()
    {
        var answer = Ask.Preparation("dextropropoxyphène", QueryRoute.Injectable);

        answer.Has(Stup, "II").ShouldBeTrue(answer.Show());
    }

    [Theory]
    [InlineData("dextropropoxyphène")]
    [InlineData("codéine")]
    [InlineData("phosphate de codéine")]
    public void An_oral_preparation_of_an_annex_II_substance_that_the_annex_does_not_name_is_not_a_stupefiant(string name)
    {
        var answer = Ask.Preparation(name, QueryRoute.Oral);

        answer.HasList(Stup).ShouldBeFalse(answer.Show());
    }
}
