using System.Collections.Generic;
using System.Linq;
using Listings.Grammar.Syntax;
using Listings.Runtime;
using Listings.Tests.Classifying;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Matching;

/// <summary>
/// What the act names inside an entry, the classifier finds (the listings' <c>nomme</c> clauses):
/// morphine's "tel méthobromure, N-oxymorphine, N-oxycodéine" (line 122), khat's "feuilles de Catha
/// edulis" (line 260), the mushrooms' "genres stropharia, conocybes et psilocybe" (line 256), méthadone's
/// intermediate (line 114) and péthidine's intermediates A, B and C (line 137).
/// </summary>
public class CitedNameTests
{
    private static readonly Dictionary<CitedKind, Via> Vias = new()
    {
        [CitedKind.Derivatives] = Via.Derivative,
        [CitedKind.Plant] = Via.Plant,
        [CitedKind.Genera] = Via.Genus,
        [CitedKind.Intermediates] = Via.Intermediate,
    };

    /// <summary>Every name a <c>nomme</c> clause of an entry of the French listings cites, with its entry and kind.</summary>
    public static IEnumerable<object[]> EveryCitedName() =>
        RepositoryListings.Documents.SelectMany(d => d.Annexes).SelectMany(a => a.Sections.SelectMany(s => s.Entries).Select(e => (a, e)))
            .SelectMany(x => x.e.Clauses.OfType<NamesClause>().SelectMany(c => c.Names.Select(n => new object[] { n.Name.Value, x.e.Title.Value, x.a.Id, c.Kind.ToString() })));

    [Fact]
    public void The_French_listings_name_every_name_their_entries_print_inside_their_text()
    {
        var cited = EveryCitedName().Select(n => (string)n[0]).ToList();

        cited.ShouldBe(new[]
        {
            "méthobromure", "N-oxymorphine", "N-oxycodéine",
            "cyano-4 diméthylamino-2 diphényl-4,4 butane",
            "cyano-4 méthyl-1 phényl-4 pipéridine", "ester éthylique de l’acide phényl-4 pipéridine carboxylique-4", "acide méthyl-1 phényl-4 pipéridine carboxylique-4",
            "stropharia", "conocybes", "psilocybe",
            "Catha edulis", "feuilles de Catha edulis",
        }, ignoreOrder: true);
        foreach (var (line, text) in new[]
        {
            (122, "tel méthobromure, N-oxymorphine, N-oxycodéine"), (114, "son intermédiaire ou cyano-4 diméthylamino-2 diphényl-4,4 butane"),
            (137, "ses intermédiaires A (cyano-4 méthyl-1 phényl-4 pipéridine) B (ester éthylique de l’acide phényl-4 pipéridine carboxylique-4) et C (acide méthyl-1 phényl-4 pipéridine carboxylique-4)"),
            (256, "notamment des genres stropharia, conocybes et psilocybe"), (260, "Khat (feuilles de Catha edulis"),
        })
            Printed.Stupefiants(line, text).ShouldBeOnItsLine();
    }

    [Theory]
    [MemberData(nameof(EveryCitedName))]
    public void Every_name_printed_inside_an_entry_classifies_to_its_entry_and_says_how(string name, string entry, string annex, string kind)
    {
        var answer = Ask.Name(name);

        answer.Classifications.ShouldContain(c => c.List == SeedText.Stupefiants && c.Annex == annex && c.Entry == entry
            && c.Via == Vias[System.Enum.Parse<CitedKind>(kind)], answer.Show());
    }

    [Theory]
    [InlineData("méthobromure de morphine", "Morphine", Via.Derivative)]
    [InlineData("morphine méthobromure", "Morphine", Via.Derivative)]
    [InlineData("N oxymorphine", "Morphine", Via.Derivative)]
    [InlineData("chlorhydrate de N-oxycodéine", "Morphine", Via.Salt)]
    [InlineData("intermédiaire de la méthadone", "Méthadone", Via.Intermediate)]
    [InlineData("méthadone intermédiaire", "Méthadone", Via.Intermediate)]
    [InlineData("methadone intermediate", "Méthadone", Via.Intermediate)]
    [InlineData("intermédiaire A de la péthidine", "Péthidine", Via.Intermediate)]
    [InlineData("intermédiaire B de la péthidine", "Péthidine", Via.Intermediate)]
    [InlineData("intermédiaire C de péthidine", "Péthidine", Via.Intermediate)]
    [InlineData("péthidine intermédiaire A", "Péthidine", Via.Intermediate)]
    [InlineData("pethidine intermediate B", "Péthidine", Via.Intermediate)]
    [InlineData("intermédiaires de la péthidine", "Péthidine", Via.Intermediate)]
    [InlineData("intermédiaire du moramide", "Moramide (intermédiaire du)", Via.Name)]
    public void A_phrase_with_a_name_the_entry_cites_and_one_of_the_entry_s_names_reaches_the_entry(string typed, string entry, Via via)
    {
        var answer = Ask.Name(typed);

        answer.Classifications.ShouldContain(c => c.List == SeedText.Stupefiants && c.Annex == "I" && c.Entry == entry && c.Via == via, answer.Show());
    }

    [Theory]
    [InlineData("Catha edulis")]
    [InlineData("catha-edulis")]
    [InlineData("feuille de Catha edulis")]
    [InlineData("feuilles de catha edulis")]
    [InlineData("psilocybes")]
    [InlineData("Psilocybe cubensis")]
    [InlineData("conocybe")]
    [InlineData("Conocybe tenera")]
    [InlineData("stropharia cubensis")]
    public void Plants_and_genera_are_found_in_their_spellings_a_genus_with_its_species(string typed)
    {
        var answer = Ask.Name(typed);

        answer.Classifications.ShouldContain(c => c.List == SeedText.Stupefiants && c.Annex == "IV"
            && (c.Entry == "Khat" || c.Entry == "Champignons hallucinogènes"), answer.Show());
    }

    [Theory]
    [InlineData("intermédiaire D de la péthidine")]
    [InlineData("intermédiaire A de la méthadone")]
    [InlineData("intermédiaire de la morphine")]
    public void A_phrase_the_entry_does_not_print_is_not_found_through_it(string typed)
    {
        var answer = Ask.Name(typed);

        answer.Status.ShouldBe(ClassificationStatus.NotListed, answer.Show());
    }
}
