using System.Collections.Generic;
using System.Linq;
using Listings.Runtime;
using Listings.Tests.Classifying;
using Shouldly;
using Xunit;

namespace Listings.Tests.Matching;

/// <summary>
/// Names as people write them (README, "How names are matched"): spacing, hyphens, apostrophes, full
/// stops, case and accents never change a verdict; the head noun's singular and plural are one name;
/// an isomer prefix reaches the substance where its annex includes isomers, and the isomers annex I
/// excepts are excepted however they are written. Each expected answer is read off the line of
/// <c>sources/</c> its question cites, and the test checks that the line prints it.
/// </summary>
public class NameFormTests
{
    public static IEnumerable<object[]> Of(IReadOnlyList<Question> questions) => questions.Select((q, i) => new object[] { q.Typed, i });

    public static IEnumerable<object[]> Spellings() => Of(Questions.Spellings);

    public static IEnumerable<object[]> HhcSpellings() => Of(Questions.HhcSpellings);

    public static IEnumerable<object[]> Numbers() => Of(Questions.Numbers);

    public static IEnumerable<object[]> Isomers() => Of(Questions.Isomers);

    public static IEnumerable<object[]> ExceptedIsomers() => Of(Questions.ExceptedIsomers);

    public static IEnumerable<object[]> NotExcepted() => Of(Questions.NotExcepted);

    public static IEnumerable<object[]> NotForms() => Questions.NotForms.Select(n => new object[] { n });

    private static void Answers(Question question)
    {
        question.Source.ShouldBeOnItsLine();
        var answer = Ask.Name(question.Typed);

        answer.Status.ShouldBe(question.Status, $"{question}: {answer.Show()}");
        switch (question.Status)
        {
            case ClassificationStatus.Listed:
                answer.Classifications.ShouldContain(c => c.List == question.List && c.Annex == question.Annex && c.Entry == question.Entry
                    && (question.Via == null || c.Via == question.Via), $"{question}: {answer.Show()}");
                break;
            case ClassificationStatus.Undetermined:
                answer.Undetermined.ShouldContain(u => u.List == question.List && u.Annex == question.Annex && u.Entry == question.Entry
                    && u.Reason == Doubt.AsteriskLost && (question.Via == null || u.Via == question.Via), $"{question}: {answer.Show()}");
                answer.Classifications.ShouldBeEmpty($"{question}: {answer.Show()}");
                break;
            case ClassificationStatus.Exempted:
                answer.Exceptions.ShouldContain(e => e.Applied && e.List == question.List && e.Annex == question.Annex && e.Entry == question.Entry
                    && e.Text.Contains(question.Source.Text), $"{question}: {answer.Show()}");
                break;
        }
    }

    [Fact]
    public void The_spelling_questions_cover_at_least_30_listed_names_of_every_annex_and_part_that_lists_names()
    {
        var names = Questions.Spellings.Select(q => (q.List, q.Annex, q.Entry)).Distinct().ToList();

        names.Count.ShouldBeGreaterThanOrEqualTo(30);
        names.Select(n => n.List + " " + n.Annex).Distinct().OrderBy(a => a, System.StringComparer.Ordinal)
            .ShouldBe(new[] { "psychotropes 1", "psychotropes 3", "stupefiants I", "stupefiants II", "stupefiants III", "stupefiants IV" });
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Spacing_hyphens_apostrophes_stops_case_and_accents_never_change_the_verdict(string typed, int index)
    {
        Questions.Spellings[index].Typed.ShouldBe(typed);
        Answers(Questions.Spellings[index]);
    }

    [Theory]
    [MemberData(nameof(HhcSpellings))]
    public void The_substances_of_the_2023_decision_are_found_however_they_are_spelt(string typed, int index)
    {
        Questions.HhcSpellings[index].Typed.ShouldBe(typed);
        Answers(Questions.HhcSpellings[index]);
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void The_head_noun_s_singular_and_plural_are_one_name(string typed, int index)
    {
        Questions.Numbers[index].Typed.ShouldBe(typed);
        Answers(Questions.Numbers[index]);
    }

    [Theory]
    [MemberData(nameof(Isomers))]
    public void An_isomer_or_a_salt_of_one_counts_where_the_annex_or_the_entry_includes_isomers(string typed, int index)
    {
        Questions.Isomers[index].Typed.ShouldBe(typed);
        Answers(Questions.Isomers[index]);
    }

    [Theory]
    [MemberData(nameof(ExceptedIsomers))]
    public void An_isomer_annex_I_excepts_by_name_is_excepted_however_it_is_written(string typed, int index)
    {
        Questions.ExceptedIsomers[index].Typed.ShouldBe(typed);
        Answers(Questions.ExceptedIsomers[index]);
    }

    [Theory]
    [MemberData(nameof(NotExcepted))]
    public void The_entries_whose_isomers_are_excepted_and_their_other_isomers_stay_listed(string typed, int index)
    {
        Questions.NotExcepted[index].Typed.ShouldBe(typed);
        Answers(Questions.NotExcepted[index]);
    }

    [Fact]
    public void A_stereo_isomer_of_an_annex_III_entry_says_that_the_entry_s_asterisk_was_lost()
    {
        // line 187: "leurs stéréo-isomères … pour les substances précédées d’un astérisque"; no bullet has one.
        Printed.Stupefiants(187, "pour les substances précédées d’un astérisque").ShouldBeOnItsLine();

        var answer = Ask.Name("d-amphétamine");

        answer.Status.ShouldBe(ClassificationStatus.Undetermined, answer.Show());
        answer.Undetermined.ShouldContain(u => u.Reason == Doubt.AsteriskLost && u.Why.Contains("astérisque") && u.WouldDecide.Length > 0, answer.Show());
    }

    [Theory]
    [MemberData(nameof(NotForms))]
    public void A_name_that_is_not_a_form_of_a_listed_name_is_not_found(string typed)
    {
        var answer = Ask.Name(typed);

        answer.Status.ShouldBe(ClassificationStatus.NotListed, answer.Show());
    }
}
