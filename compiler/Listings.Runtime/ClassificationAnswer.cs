using System;
using System.Collections.Generic;
using System.Text;
#if NET8_0_OR_GREATER
using System.Text.Json.Serialization;
#endif

namespace Listings.Runtime;

/// <summary>The verdict of an answer.</summary>
public enum ClassificationStatus
{
    /// <summary>On a list on that date.</summary>
    Listed,

    /// <summary>A listed entry matched, but an exception or a derogation takes this query out.</summary>
    Exempted,

    /// <summary>No list has it on that date (the listings do not name it in any form they cover).</summary>
    NotListed,

    /// <summary>The sources cannot decide: an entry may apply, for a reason <see cref="ClassificationAnswer.Undetermined"/> gives.</summary>
    Undetermined,
}

/// <summary>An act behind an entry: its mark or identifier, its title, the day it entered into force.</summary>
public sealed class ActReference
{
    /// <summary>An act, as the answers and the entries cite it.</summary>
    public ActReference(string mark, string title, DateTime? inForce, bool inForceAssumed)
    {
        Mark = mark;
        Title = title;
        InForce = inForce;
        InForceAssumed = inForceAssumed;
    }

    /// <summary>The act's mark in the consolidated text ("(26)") or its identifier ("arrete-chanvre-2021").</summary>
    public string Mark { get; }

    /// <summary>The act's title ("Arrêté du 22/02/1990 fixant la liste des substances classées comme stupéfiants").</summary>
    public string Title { get; }

    /// <summary>The day the act entered into force; null when unknown.</summary>
    public DateTime? InForce { get; }

    /// <summary>The text gives no date; <see cref="InForce"/> is the earliest day the act could apply.</summary>
    public bool InForceAssumed { get; }

    /// <summary><c>(1) Arrêté du … (in force 1990-06-08)</c>.</summary>
    public override string ToString() =>
        $"{Mark} {Title} ({(InForce is { } d ? (InForceAssumed ? "in force at the earliest " : "in force ") + AnswerJson.Iso(d) : "in force: unknown")})";
}

/// <summary>One list and annex that applies to the query, the entry that matched and how.</summary>
public sealed class Classification
{
    /// <summary>A classification in an annex called "annexe".</summary>
    public Classification(string list, string annex, string entry, Via via, IReadOnlyList<ActReference> acts, string location)
        : this(list, "annexe", annex, entry, via, acts, location)
    {
    }

    /// <summary>A classification: the list, the annex (its kind and identifier), the entry, how the name reached it, the acts behind it, where the listing says so.</summary>
    public Classification(string list, string annexKind, string annex, string entry, Via via, IReadOnlyList<ActReference> acts, string location)
    {
        List = list;
        AnnexKind = annexKind;
        Annex = annex;
        Entry = entry;
        Via = via;
        Acts = acts;
        Location = location;
    }

    /// <summary>The list's identifier ("stupefiants", "psychotropes").</summary>
    public string List { get; }

    /// <summary>What the act calls the annex: "annexe" (stupéfiants) or "partie" (psychotropes).</summary>
    public string AnnexKind { get; }

    /// <summary>The annex's identifier ("I", "2").</summary>
    public string Annex { get; }

    /// <summary>The entry's heading as the act prints it ("Cocaïne").</summary>
    public string Entry { get; }

    /// <summary>How the query's name reached the entry (its name, an alias, as a salt…).</summary>
    public Via Via { get; }

    /// <summary>The acts behind the entry on the date asked, the inscription first.</summary>
    public IReadOnlyList<ActReference> Acts { get; }

    /// <summary>Where the listing says so: <c>path(line,col)</c>.</summary>
    public string Location { get; }

    /// <summary><c>stupefiants, annexe I: « Cocaïne » (via salt)</c>.</summary>
    public override string ToString() => $"{List}, {AnnexKind} {Annex}: « {Entry} » (via {AnswerJson.Via(Via)})";
}

/// <summary>An exception or derogation that took the query out of an entry (or that could not be decided).</summary>
public sealed class AppliedException
{
    /// <summary>An exception of an entry, applied or only reported.</summary>
    public AppliedException(string list, string annex, string entry, string text, bool applied)
    {
        List = list;
        Annex = annex;
        Entry = entry;
        Text = text;
        Applied = applied;
    }

    /// <summary>The list's identifier.</summary>
    public string List { get; }

    /// <summary>The annex's identifier.</summary>
    public string Annex { get; }

    /// <summary>The heading of the entry the exception belongs to.</summary>
    public string Entry { get; }

    /// <summary>The exception as the act words it.</summary>
    public string Text { get; }

    /// <summary>False for an exception that depends on something outside the listings (it is reported, not applied).</summary>
    public bool Applied { get; }

    /// <summary><c>exception (stupefiants II, « Diphénoxylate »): …</c>; "exception not evaluated" when not <see cref="Applied"/>.</summary>
    public override string ToString() => $"{(Applied ? "exception" : "exception not evaluated")} ({List} {Annex}, « {Entry} »): {Text}";
}

/// <summary>What an answer rests on that the text leaves uncertain, and the list it concerns.</summary>
public sealed class AnswerNote
{
    /// <summary>A note about <paramref name="list"/>.</summary>
    public AnswerNote(string list, string text)
    {
        List = list;
        Text = text;
    }

    /// <summary>The list's identifier.</summary>
    public string List { get; }

    /// <summary>The note, in words.</summary>
    public string Text { get; }

    /// <summary>The note's text.</summary>
    public override string ToString() => Text;
}

/// <summary>
/// The explained answer of <see cref="ISubstanceClassifier.Classify(ClassificationQuery)"/>: the
/// verdict, every list and annex that applies with the entry and acts behind it, the exceptions that
/// took the query out, and what the answer rests on that the text leaves uncertain. Serialised as
/// <c>listings classify --jsonl</c> writes it by <see cref="AnswerJson"/> (net8.0 build).
/// </summary>
#if NET8_0_OR_GREATER
[JsonConverter(typeof(ClassificationAnswerJsonConverter))]
#endif
public sealed class ClassificationAnswer
{
    /// <summary>An answer (the classifiers build them; tests and mocks may too).</summary>
    public ClassificationAnswer(string name, DateTime on, ClassificationStatus status,
        IReadOnlyList<Classification> classifications, IReadOnlyList<AppliedException> exceptions, IReadOnlyList<AnswerNote> notes)
    {
        Name = name;
        On = on;
        Status = status;
        Classifications = classifications;
        Exceptions = exceptions;
        Notes = notes;
    }

    /// <summary>The name asked about, as given.</summary>
    public string Name { get; }

    /// <summary>The day asked about.</summary>
    public DateTime On { get; }

    /// <summary>The verdict.</summary>
    public ClassificationStatus Status { get; }

    /// <summary>Every list and annex that has the name on that day (none unless <see cref="ClassificationStatus.Listed"/>).</summary>
    public IReadOnlyList<Classification> Classifications { get; }

    /// <summary>The exceptions and derogations that took the query out of an entry, or that could not be decided.</summary>
    public IReadOnlyList<AppliedException> Exceptions { get; }

    /// <summary>What the answer rests on that the text leaves uncertain (a lost asterisk, an assumed date).</summary>
    public IReadOnlyList<AnswerNote> Notes { get; }

    /// <summary>The entries that may apply, with why the sources cannot say and what would decide it.</summary>
    public IReadOnlyList<UndeterminedClassification> Undetermined { get; init; } = Array.Empty<UndeterminedClassification>();

    /// <summary>Acts of unknown content that may apply on the date: the lists may not be complete (the status does not change for it).</summary>
    public IReadOnlyList<IncompleteAct> Incomplete { get; init; } = Array.Empty<IncompleteAct>();

    /// <summary>The editor's readings the answer rests on (a derogation the act does not tie to the entry in so many words).</summary>
    public IReadOnlyList<Interpretation> Interpretations { get; init; } = Array.Empty<Interpretation>();

    /// <summary>The acts that apply all or part of the stupéfiants rules to what the query names (the verdict about the lists does not change for them).</summary>
    public IReadOnlyList<RegimeApplication> Regimes { get; init; } = Array.Empty<RegimeApplication>();

    /// <summary>
    /// The verdict on one line, then one line per classification, exception and note:
    /// <c>chlorhydrate de cocaïne — 2024-01-01: listed</c>, <c>  stupefiants, annexe I: « Cocaïne » (via salt)</c>.
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Name).Append(" — ").Append(AnswerJson.Iso(On)).Append(": ").Append(AnswerJson.Status(Status));
        foreach (var c in Classifications)
            text.Append('\n').Append("  ").Append(c);
        foreach (var e in Exceptions)
            text.Append('\n').Append("  ").Append(e);
        foreach (var n in Notes)
            text.Append('\n').Append("  note: ").Append(n.Text);
        return text.ToString();
    }
}
