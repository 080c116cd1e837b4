using System.Linq;
using Listings.Grammar.Syntax;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar.Parsing;

/// <summary>Entries: names, aliases, chemical designations, co-listed substances and their clauses.</summary>
public class EntryParsingTests
{
    [Fact]
    public void An_entry_is_a_quoted_name_after_a_bullet()
    {
        var entry = Parsed.Substance("- \"Acétorphine\"\n");

        entry.Name.Value.ShouldBe("Acétorphine");
        entry.Title.Value.ShouldBe("Acétorphine");
        entry.Aliases.ShouldBeEmpty();
        entry.CoListed.ShouldBeEmpty();
        entry.Clauses.ShouldBeEmpty();
    }

    [Fact]
    public void An_entry_is_located_at_its_bullet_and_its_name_at_the_quote()
    {
        // line 2: "  - " then the name's quote at column 5
        var entry = Parsed.Substance("  - \"Acétorphine\"\n");

        (entry.Span.Line, entry.Span.Column).ShouldBe((2, 3));
        (entry.Name.Span.Line, entry.Name.Span.Column).ShouldBe((2, 5));
    }

    [Fact]
    public void The_round_bullet_of_the_act_is_a_bullet_too()
    {
        Parsed.Substance("• \"Acétorphine\"\n").Name.Value.ShouldBe("Acétorphine");
    }

    [Fact]
    public void Ou_gives_an_alias()
    {
        var alias = Parsed.Substance("- \"Lysergide\" ou \"LSD-25\"\n").Aliases.ShouldHaveSingleItem();

        alias.Name.Value.ShouldBe("LSD-25");
        alias.ChemicalDesignation.ShouldBeFalse();
    }

    [Fact]
    public void Aliases_keep_the_order_of_the_act()
    {
        var entry = Parsed.Substance("- \"Rolicyclidine\" ou \"PHP\" ou \"PCPY\"\n");

        entry.Aliases.Select(a => a.Name.Value).ShouldBe(new[] { "PHP", "PCPY" });
    }

    [Fact]
    public void Ou_designation_chimique_gives_a_chemical_designation()
    {
        var alias = Parsed.Substance("- \"MPPP\" ou désignation chimique \"propionate de méthyl-1 phényl-4 pipéridinyle-4\"\n")
            .Aliases.ShouldHaveSingleItem();

        alias.Name.Value.ShouldBe("propionate de méthyl-1 phényl-4 pipéridinyle-4");
        alias.ChemicalDesignation.ShouldBeTrue();
    }

    [Fact]
    public void Et_lists_another_substance_in_the_same_entry()
    {
        var entry = Parsed.Substance("- \"Cannabis\" et \"résine de cannabis\"\n");

        entry.Name.Value.ShouldBe("Cannabis");
        entry.CoListed.Select(c => c.Value).ShouldBe(new[] { "résine de cannabis" });
        entry.Aliases.ShouldBeEmpty();
    }

    [Fact]
    public void A_parenthesised_string_is_the_acts_description_and_a_parenthesised_number_its_mark()
    {
        var entry = Parsed.Substance("- \"Khat\" (\"feuilles de Catha edulis, Celastracées\") (2)\n");

        entry.Clauses.OfType<DescriptionClause>().ShouldHaveSingleItem().Text.Value.ShouldBe("feuilles de Catha edulis, Celastracées");
        entry.Marks.ShouldBe(new[] { 2 });
    }

    [Fact]
    public void A_mark_names_the_act_that_added_the_entry_and_is_located()
    {
        // line 2: '- "Oripavine" ' is 14 characters, the mark starts at column 15
        var entry = Parsed.Substance("- \"Oripavine\" (26)\n");

        var mark = entry.Clauses.OfType<MarkClause>().ShouldHaveSingleItem();
        mark.Mark.ShouldBe(26);
        (mark.Span.Line, mark.Span.Column).ShouldBe((2, 15));
    }

    [Fact]
    public void Modifiee_par_is_a_change_to_the_entry_not_the_act_that_added_it()
    {
        var entry = Parsed.Substance("- \"Amphétamine\" modifiée par (21)\n");

        entry.Clauses.OfType<ModifiedByClause>().ShouldHaveSingleItem().Mark.ShouldBe(21);
        entry.Marks.ShouldBeEmpty();
    }

    [Fact]
    public void Avec_extends_the_entry_to_its_forms_wherever_they_exist()
    {
        var entry = Parsed.Substance(
            "- \"Rémifentanil\" avec ses isomères, ses esters, éthers et sels dans tous les cas où ils peuvent exister (13)\n");

        var extension = entry.Clauses.OfType<ExtensionClause>().ShouldHaveSingleItem().Extension;
        extension.Forms.Select(f => f.Kind).ShouldBe(new[] { FormKind.Isomers, FormKind.Esters, FormKind.Ethers, FormKind.Salts });
        extension.WhereTheyExist.ShouldBeTrue();
        entry.Marks.ShouldBe(new[] { 13 });
    }

    [Fact]
    public void A_form_the_act_describes_in_words_is_kept_as_written()
    {
        var extension = Parsed.Clause<ExtensionClause>(
            "- \"Ecgonine\" avec ses esters et \"ses dérivés transformables en ecgonine et cocaïne\"\n").Extension;

        extension.Forms.Count.ShouldBe(2);
        extension.Forms[0].Kind.ShouldBe(FormKind.Esters);
        extension.Forms[1].Kind.ShouldBe(FormKind.Described);
        extension.Forms[1].Description.ShouldNotBeNull().Value.ShouldBe("ses dérivés transformables en ecgonine et cocaïne");
        extension.WhereTheyExist.ShouldBeFalse();
    }

    [Fact]
    public void Ainsi_que_joins_forms_like_et()
    {
        var extension = Parsed.Clause<ExtensionClause>(
            "- \"Tétrahydrocannabinols\" avec leurs esters, éthers, sels ainsi que \"les sels des dérivés précités\"\n").Extension;

        extension.Forms.Select(f => f.Kind).ShouldBe(new[] { FormKind.Esters, FormKind.Ethers, FormKind.Salts, FormKind.Described });
        extension.Forms[3].Description!.Value.ShouldBe("les sels des dérivés précités");
    }

    [Fact]
    public void An_extension_to_preparations_may_name_their_route()
    {
        var form = Parsed.Clause<ExtensionClause>("- \"Dextropropoxyphène\" avec ses préparations injectables\n")
            .Extension.Forms.ShouldHaveSingleItem();

        form.Kind.ShouldBe(FormKind.Preparations);
        form.Route.ShouldBe(Route.Injectable);
    }

    [Fact]
    public void Autres_que_leaves_a_substance_out_of_the_described_forms()
    {
        var entry = Parsed.Substance(
            "- \"Peyotl\" ou \"peyote\" avec \"ses principes actifs et leurs composés naturels et synthétiques\" autres que \"mescaline\" (23)\n");

        entry.Aliases.Select(a => a.Name.Value).ShouldBe(new[] { "peyote" });
        entry.Clauses.OfType<OtherThanClause>().ShouldHaveSingleItem().Name.Value.ShouldBe("mescaline");
        entry.Marks.ShouldBe(new[] { 23 });
    }

    [Fact]
    public void Sic_keeps_the_sources_own_spelling_beside_the_corrected_name()
    {
        var entry = Parsed.Substance("- \"Tabernanthe iboga\" sic \"Tabernathe iboga\"\n");

        entry.Name.Value.ShouldBe("Tabernanthe iboga");
        entry.Clauses.OfType<SicClause>().ShouldHaveSingleItem().Text.Value.ShouldBe("Tabernathe iboga");
    }

    [Fact]
    public void A_defaut_note_states_a_defect_of_the_source()
    {
        var entry = Parsed.Substance("- \"HU-210\" sic \"H U - 2 1 0\" défaut \"nom espacé lettre à lettre à l'extraction\"\n");

        entry.Clauses.OfType<SicClause>().ShouldHaveSingleItem().Text.Value.ShouldBe("H U - 2 1 0");
        var note = entry.Notes.ShouldHaveSingleItem();
        note.Kind.ShouldBe(NoteKind.Defect);
        note.Content.Value.ShouldBe("nom espacé lettre à lettre à l'extraction");
    }

    [Fact]
    public void A_texte_note_quotes_the_act_alongside_the_structure()
    {
        var entry = Parsed.Substance(
            "- \"Morphine\" (\"y compris les préparations d'opium …\") texte \"Morphine (y compris …), à l'exception …\"\n");

        entry.Clauses.OfType<DescriptionClause>().ShouldHaveSingleItem().Text.Value.ShouldBe("y compris les préparations d'opium …");
        var note = entry.Notes.ShouldHaveSingleItem();
        note.Kind.ShouldBe(NoteKind.Text);
        note.Content.Value.ShouldBe("Morphine (y compris …), à l'exception …");
    }

    [Fact]
    public void Clauses_keep_the_order_of_the_act_and_may_be_separated_by_commas()
    {
        var entry = Parsed.Substance("- \"Amphétamine\" modifiée par (21), sauf préparations injectables, (7)\n");

        entry.Clauses.Count.ShouldBe(3);
        entry.Clauses[0].ShouldBeOfType<ModifiedByClause>();
        entry.Clauses[1].ShouldBeOfType<ExceptionClause>();
        entry.Clauses[2].ShouldBeOfType<MarkClause>().Mark.ShouldBe(7);
    }

    [Fact]
    public void An_entry_may_run_over_several_lines()
    {
        var entry = Parsed.Substance(
            "- \"Péthidine\"\n" +
            "    et \"cyano-4 méthyl-1 phényl-4 pipéridine\"\n" +
            "    et \"acide méthyl-1 phényl-4 pipéridine carboxylique-4\"\n");

        entry.CoListed.Select(c => c.Value).ShouldBe(new[] { "cyano-4 méthyl-1 phényl-4 pipéridine", "acide méthyl-1 phényl-4 pipéridine carboxylique-4" });
        (entry.CoListed[1].Span.Line, entry.CoListed[1].Span.Column).ShouldBe((4, 8));
    }
}
