using System.Linq;
using Listings.Grammar.Syntax;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Grammar.Parsing;

/// <summary>Annexes and parts, their groupings (<c>tableau</c>, <c>groupe</c>) and <c>astérisques inconnus</c>.</summary>
public class AnnexParsingTests
{
    [Fact]
    public void An_annexe_of_the_stupefiants_has_a_roman_number()
    {
        var annex = Parsed.Valid("annexe IV de stupefiants\n").Annexes.ShouldHaveSingleItem();

        annex.Kind.ShouldBe(AnnexKind.Annexe);
        annex.Id.ShouldBe("IV");
        annex.ListId.ShouldBe("stupefiants");
    }

    [Fact]
    public void A_partie_of_the_psychotropes_has_a_number()
    {
        var annex = Parsed.Valid("partie 2 de psychotropes\n").Annexes.ShouldHaveSingleItem();

        annex.Kind.ShouldBe(AnnexKind.Partie);
        annex.Id.ShouldBe("2");
        annex.ListId.ShouldBe("psychotropes");
    }

    [Fact]
    public void Entries_belong_to_the_annex_opened_last()
    {
        var annexes = Parsed.Valid(
            "annexe I de stupefiants\n" +
            "- \"Acétorphine\"\n" +
            "annexe II de stupefiants\n" +
            "- \"Codéine\"\n" +
            "- \"Pholcodine\"\n").Annexes;

        annexes.Count.ShouldBe(2);
        Parsed.Names(annexes[0].Sections.SelectMany(s => s.Entries)).ShouldBe(new[] { "Acétorphine" });
        Parsed.Names(annexes[1].Sections.SelectMany(s => s.Entries)).ShouldBe(new[] { "Codéine", "Pholcodine" });
    }

    [Fact]
    public void A_vienna_table_heads_the_entries_that_follow_it_in_the_same_part()
    {
        var part = Parsed.Valid(
            "partie 1 de psychotropes\n" +
            "tableau III de la convention de Vienne\n" +
            "- \"Amobarbital\"\n" +
            "- \"Buprénorphine\"\n" +
            "tableau IV de la convention de Vienne\n" +
            "- \"Allobarbital\"\n").Annexes.ShouldHaveSingleItem();

        part.Sections.Count.ShouldBe(2);
        var table3 = part.Sections[0].Header.ShouldBeOfType<TableSyntax>();
        table3.Table.ShouldBe("III");
        table3.Convention.ShouldBe("Vienne");
        Parsed.Names(part.Sections[0].Entries).ShouldBe(new[] { "Amobarbital", "Buprénorphine" });
        part.Sections[1].Header.ShouldBeOfType<TableSyntax>().Table.ShouldBe("IV");
        Parsed.Names(part.Sections[1].Entries).ShouldBe(new[] { "Allobarbital" });
    }

    [Fact]
    public void Entries_before_any_grouping_stand_in_a_section_without_header()
    {
        var annex = Parsed.Valid(
            "annexe IV de stupefiants\n" +
            "- \"2-CI\" (22)\n" +
            "groupe \"Les cannabinoïdes suivants\"\n" +
            "- \"JWH-018\"\n").Annexes.ShouldHaveSingleItem();

        annex.Sections[0].Header.ShouldBeNull();
        Parsed.Names(annex.Sections[0].Entries).ShouldBe(new[] { "2-CI" });
        Parsed.Names(annex.Sections[1].Entries).ShouldBe(new[] { "JWH-018" });
    }

    [Fact]
    public void A_group_carries_its_title_its_own_inclusion_forms_and_its_mark()
    {
        var annex = Parsed.Valid(
            "annexe IV de stupefiants\n" +
            "groupe \"Les cannabinoïdes suivants\" avec leurs isomères, stéréo-isomères, esters, éthers et sels (28)\n" +
            "- \"JWH-018\"\n").Annexes.ShouldHaveSingleItem();

        var group = annex.Sections.ShouldHaveSingleItem().Header.ShouldBeOfType<GroupSyntax>();
        group.Title.Value.ShouldBe("Les cannabinoïdes suivants");
        group.Extension.ShouldNotBeNull().Forms.Select(f => f.Kind).ShouldBe(new[]
            { FormKind.Isomers, FormKind.StereoIsomers, FormKind.Esters, FormKind.Ethers, FormKind.Salts });
        group.Marks.ShouldBe(new[] { 28 });
        (group.Span.Line, group.Span.Column).ShouldBe((2, 1));
    }

    [Fact]
    public void Asterisques_inconnus_marks_the_annex_with_its_stated_defect()
    {
        var annex = Parsed.Valid(
            "annexe III de stupefiants\n" +
            "astérisques inconnus  défaut \"les astérisques de l'annexe III ont été perdus à l'extraction\"\n").Annexes.ShouldHaveSingleItem();

        var asterisks = annex.AsterisksUnknown.ShouldNotBeNull();
        var note = asterisks.Notes.ShouldHaveSingleItem();
        note.Kind.ShouldBe(NoteKind.Defect);
        note.Content.Value.ShouldBe("les astérisques de l'annexe III ont été perdus à l'extraction");
    }

    [Fact]
    public void An_annex_whose_asterisks_are_known_has_no_asterisques_inconnus()
    {
        Parsed.Valid("annexe III de stupefiants\n- \"2-CB\"\n").Annexes.ShouldHaveSingleItem().AsterisksUnknown.ShouldBeNull();
    }

    [Fact]
    public void An_entry_written_with_a_star_has_a_known_asterisk()
    {
        var entries = Parsed.Entries(Parsed.Valid(
            "annexe III de stupefiants\n" +
            "- * \"Amphétamine\"\n" +
            "- \"Cathinone\"\n"));

        entries[0].Asterisk.ShouldBeTrue();
        entries[1].Asterisk.ShouldBeFalse();
    }

    [Fact]
    public void An_annex_statement_may_quote_the_act_in_a_texte_note()
    {
        var annex = Parsed.Valid("annexe IV de stupefiants texte \"Annexe IV\"\n").Annexes.ShouldHaveSingleItem();

        var note = annex.Notes.ShouldHaveSingleItem();
        note.Kind.ShouldBe(NoteKind.Text);
        note.Content.Value.ShouldBe("Annexe IV");
    }
}
