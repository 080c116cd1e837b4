using System.Collections.Generic;
using Listings.Grammar.Text;
using Listings.Runtime;

namespace Listings.Compiler.Binding;

/// <summary>What cites a mark: a list's founding act, a group, an entry.</summary>
public enum MarkCitation
{
    Founder,
    Group,
    Entry,
    Rule,
}

/// <summary>A mark (or an act identifier) the binder could not resolve to a declared act; the entry is then dated from the list's founding act.</summary>
public sealed record UnresolvedMark(SourceSpan Span, string Mark, string ListId, MarkCitation CitedBy, string Citing);

public enum ChangeKind
{
    Addition,
    Removal,
    Transfer,
    Modification,
}

/// <summary>One change the amendment timeline made to an entry: by which act, on which day, where the listing writes it.</summary>
public sealed record TimelineChange(
    string EntryId,
    string ActKey,
    string ActLabel,
    CalendarDay Date,
    ChangeKind Kind,
    string Name,
    string Where,
    SourceSpan NameSpan,
    SourceSpan OperationSpan);

/// <summary>An amendment's act as the timeline resolved it, for the checks on its dates.</summary>
public sealed record AmendmentAct(SourceSpan Span, string Written, string ListId, string ActKey);

/// <summary>
/// What the binder learnt that the model does not carry and the analyzers' checks need: the marks it
/// could not resolve, each list's founding act, the acts of the amendments, and every change of the
/// timeline. The checks read these instead of resolving the syntax again.
/// </summary>
public sealed class BindingFacts
{
    public List<UnresolvedMark> UnresolvedMarks { get; } = new();

    /// <summary>List id → key of the act that founded it.</summary>
    public Dictionary<string, string> Founders { get; } = new(System.StringComparer.Ordinal);

    public List<AmendmentAct> AmendmentActs { get; } = new();

    public List<TimelineChange> Changes { get; } = new();
}
