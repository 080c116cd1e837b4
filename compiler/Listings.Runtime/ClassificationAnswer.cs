using System;
using System.Collections.Generic;

namespace Listings.Runtime;

public enum ClassificationStatus
{
    /// <summary>On a list on that date.</summary>
    Listed,

    /// <summary>A listed entry matched, but an exception or a derogation takes this query out.</summary>
    Exempted,

    NotListed,

    /// <summary>The sources cannot decide: an entry may apply, for a reason <see cref="ClassificationAnswer.Undetermined"/> gives.</summary>
    Undetermined,
}

/// <summary>An act behind an entry: its mark or identifier, its title, the day it entered into force.</summary>
public sealed class ActReference
{
    public ActReference(string mark, string title, DateTime? inForce, bool inForceAssumed)
    {
        Mark = mark;
        Title = title;
        InForce = inForce;
        InForceAssumed = inForceAssumed;
    }

    public string Mark { get; }

    public string Title { get; }

    public DateTime? InForce { get; }

    /// <summary>The text gives no date; <see cref="InForce"/> is the earliest day the act could apply.</summary>
    public bool InForceAssumed { get; }
}

/// <summary>One list and annex that applies to the query, the entry that matched and how.</summary>
public sealed class Classification
{
    public Classification(string list, string annex, string entry, Via via, IReadOnlyList<ActReference> acts, string location)
        : this(list, "annexe", annex, entry, via, acts, location)
    {
    }

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

    public string List { get; }

    /// <summary>What the act calls the annex: "annexe" (stupéfiants) or "partie" (psychotropes).</summary>
    public string AnnexKind { get; }

    public string Annex { get; }

    public string Entry { get; }

    public Via Via { get; }

    public IReadOnlyList<ActReference> Acts { get; }

    public string Location { get; }
}

/// <summary>An exception or derogation that took the query out of an entry (or that could not be decided).</summary>
public sealed class AppliedException
{
    public AppliedException(string list, string annex, string entry, string text, bool applied)
    {
        List = list;
        Annex = annex;
        Entry = entry;
        Text = text;
        Applied = applied;
    }

    public string List { get; }

    public string Annex { get; }

    public string Entry { get; }

    /// <summary>The exception as the act words it.</summary>
    public string Text { get; }

    /// <summary>False for an exception that depends on something outside the listings (it is reported, not applied).</summary>
    public bool Applied { get; }
}

/// <summary>What an answer rests on that the text leaves uncertain, and the list it concerns.</summary>
public sealed class AnswerNote
{
    public AnswerNote(string list, string text)
    {
        List = list;
        Text = text;
    }

    public string List { get; }

    public string Text { get; }

    public override string ToString() => Text;
}

public sealed class ClassificationAnswer
{
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

    public string Name { get; }

    public DateTime On { get; }

    public ClassificationStatus Status { get; }

    public IReadOnlyList<Classification> Classifications { get; }

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
}
