using System.Collections.Generic;
using Listings.Compiler.Model;

namespace Listings.Compiler.Diff;

public enum ChangeKind
{
    Added,
    Removed,
    Moved,
    ExceptionsChanged,
    AliasesChanged,

    /// <summary>What the sources leave open about the entry changed (an inscription that became certain…).</summary>
    UndeterminedChanged,
}

/// <summary>One change to one entry; <see cref="Before"/> or <see cref="After"/> is null when it did not exist.</summary>
public sealed record EntryChange(ChangeKind Kind, EntryState? Before, EntryState? After)
{
    public EntryState Entry => After ?? Before!;

    /// <summary>The act behind the change: what added the entry, removed it, or last changed it.</summary>
    public ActModel? Act { get; init; }

    /// <summary>What was taken out and put in (exceptions and extensions, or aliases).</summary>
    public IReadOnlyList<string> Removed { get; init; } = new string[0];

    public IReadOnlyList<string> Added { get; init; } = new string[0];
}

/// <summary>What <c>classify</c> answers for a name before and after the change.</summary>
public sealed record ClassificationImpact(string Entry, string Name, string Before, string After);

/// <summary>
/// What changes between two consolidated states, in the sections a reviewer of a new arrêté reads:
/// entries added, removed, moved between annexes or lists, exceptions and extensions changed,
/// aliases changed; the acts added; and what the classifiers answer differently.
/// </summary>
public sealed record DiffReport(
    string BeforeLabel,
    string AfterLabel,
    IReadOnlyList<EntryChange> Changes,
    IReadOnlyList<ActModel> ActsAdded,
    IReadOnlyList<ClassificationImpact> Impact)
{
    public bool IsEmpty => Changes.Count == 0 && ActsAdded.Count == 0;

    /// <summary>Acts the sources name as changing the lists without their content, in force (at the earliest) on the later date: what the diff cannot show.</summary>
    public IReadOnlyList<ActModel> Incomplete { get; init; } = new ActModel[0];
}
