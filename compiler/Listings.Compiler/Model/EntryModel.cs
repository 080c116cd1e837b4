using Listings.Grammar.Text;
using Listings.Runtime;

namespace Listings.Compiler.Model;

/// <summary>
/// A name by which an entry is found; <see cref="Span"/> is where the listing writes it (none for derived forms).
/// <see cref="Key"/> is the name folded (<c>TextFolding.NameKey</c>), once, when the name is made: the binder's
/// index and the tables key names by it, and a name is set once (no <c>with</c> can change the text without the key).
/// </summary>
public sealed record EntryNameModel
{
    public EntryNameModel(string text, NameRole role)
        : this(text, role, KeyOf(text))
    {
    }

    [System.ThreadStatic]
    private static char[]? t_buffer;

    /// <summary>
    /// <c>TextFolding.NameKey(text)</c>, folded into a buffer kept by the thread rather than one made
    /// for each name (hundreds of thousands at 100,000 entries): the same rule, the same key.
    /// </summary>
    internal static string KeyOf(string text)
    {
        var needed = text.Length * 2 + 1;
        var buffer = t_buffer;
        if (buffer is null || buffer.Length < needed)
            t_buffer = buffer = new char[System.Math.Max(needed, 256)];
        return new string(buffer, 0, TextFolding.NameKey(text, buffer));
    }

    /// <summary>A name whose key the caller has just folded from <paramref name="text"/>.</summary>
    internal EntryNameModel(string text, NameRole role, string key)
    {
        Text = text;
        Role = role;
        Key = key;
    }

    public string Text { get; }

    public NameRole Role { get; }

    /// <summary>The text folded: what a query is compared with (empty when the text folds to nothing).</summary>
    public string Key { get; }

    public SourceSpan? Span { get; init; }

    /// <summary>An alias the act gives as the substance's chemical designation (<c>ou désignation chimique "…"</c>).</summary>
    public bool ChemicalDesignation { get; init; }

    public void Deconstruct(out string text, out NameRole role)
    {
        text = Text;
        role = Role;
    }
}

/// <summary>A per-unit amount of a preparation exception.</summary>
public sealed record AmountModel(string SubstanceKey, AmountBound Bound, Mass Mass)
{
    public decimal Milligrams => Mass.Milligrams;
}

/// <summary>
/// An exception of an entry, as facts: its kind, the route and per-unit amounts of the preparations it
/// takes out, the name it excepts, the annex or the list outside the set it points to.
/// <see cref="Text"/> is the same exception in the act's words, for answers and reports only: no
/// stage reads facts back out of it. <see cref="HandOffEntryId"/> names the entry of another list that
/// receives what the exception takes out (psychotropes part 2), when one does.
/// </summary>
public sealed record ExceptionModel(
    ExceptionKind Kind,
    string Text,
    PreparationRoute Route,
    string? NameKey,
    EquatableArray<AmountModel> Amounts,
    string? HandOffEntryId)
{
    public SourceSpan? Span { get; init; }

    /// <summary>The exception holds only under per-unit conditions (an exoneration, not a hand-off), even those it could not read as masses.</summary>
    public bool Conditional { get; init; }

    /// <summary>For derivatives listed elsewhere: which derivatives (esters or ethers)…</summary>
    public FormFlags Derivatives { get; init; }

    /// <summary>…and the annex of the same list that names them.</summary>
    public string? OtherAnnexId { get; init; }

    /// <summary>For preparations under another classification: the list outside the set it names ("liste I"); null for "un autre classement".</summary>
    public string? ExternalList { get; init; }
}

/// <summary>
/// One version of an entry: what it says while it is in force, from <see cref="From"/> (inclusive)
/// to <see cref="To"/> (exclusive). An amendment that moves or changes an entry closes one version
/// and opens the next under the same <see cref="Id"/>.
/// </summary>
public sealed record EntryModel(
    string Id,
    string ListId,
    string AnnexId,
    string Title,
    EquatableArray<EntryNameModel> Names,
    FormFlags Forms,
    EquatableArray<ExceptionModel> Exceptions,
    EquatableArray<string> ActKeys,
    CalendarDay From,
    CalendarDay To,
    ModelLocation Location,
    PreparationRoute PreparationRoute,
    string? PreparationSubstanceKey)
{
    /// <summary>Where the entry is written, with its length.</summary>
    public SourceSpan? Span { get; init; }

    /// <summary>
    /// What the entry itself brings in, whatever its annex: its group's and its own extensions
    /// (<c>avec ses sels</c>), its asterisk. <see cref="Forms"/> is these and its annex's rules.
    /// </summary>
    public FormFlags Extensions { get; init; }

    /// <summary>The act (key) of the amendment whose <c>ajoute</c> added the entry, if it was added that way.</summary>
    public string? AddedBy { get; init; }

    /// <summary>The act (key) that ended this version (removed, moved or changed the entry), if one did.</summary>
    public string? ClosedBy { get; init; }

    /// <summary>For an entry of preparations: the list and annex it receives them from (<c>reçues de</c>), if it says.</summary>
    public string? ReceivedFromList { get; init; }

    public string? ReceivedFromAnnex { get; init; }

    /// <summary>The mark that names no act ("(15)") while this version's inscription date is unknown; null otherwise.</summary>
    public string? UnknownMark { get; init; }

    /// <summary>For an entry with an unknown mark: the last act the source's consolidated list includes (its key), if the list says.</summary>
    public string? ConsolidatedBy { get; init; }

    /// <summary>Forms a preamble rule dated by a later act's mark brings in: whether they applied during this version is unknown.</summary>
    public FormFlags PendingForms { get; init; }

    /// <summary>The act whose mark dates <see cref="PendingForms"/>.</summary>
    public string? PendingAct { get; init; }

    /// <summary>The act that changed the entry without the sources saying how (<c>modifiée par</c>).</summary>
    public string? ModifiedBy { get; init; }

    /// <summary>An entry of preparations (psychotropes part 2), reached only through a hand-off.</summary>
    public bool IsPreparation => PreparationSubstanceKey is not null;

    public static readonly CalendarDay Forever = CalendarDay.Forever;
}

/// <summary>What a derogation authorises for an entry, and on which conditions.</summary>
public sealed record AuthorisationModel(
    string EntryId,
    string ActKey,
    CalendarDay From,
    string Text,
    string SubjectKey,
    decimal MaxPercent,
    bool RequiresCatalogue)
{
    /// <summary>The act's tolerance on the measured content, in percent, or -1 when it gives none.</summary>
    public decimal TolerancePercent { get; init; } = -1;

    /// <summary>The editor's reading the derogation rests on (<c>lecture</c>), if the listing marks one…</summary>
    public string? Reading { get; init; }

    /// <summary>…and the act's words that support it (the derogation's <c>texte</c> notes).</summary>
    public EquatableArray<string> ReadingWords { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>
/// An act that applies all or part of the stupéfiants rules to named medicines, products or substances
/// (<c>régime</c>), from its entry into force: what it applies to (<see cref="Kind"/>, in the act's
/// words), the names of what they are made of, and the route when the act gives one.
/// </summary>
public sealed record RegimeModel(string ActKey, bool Whole, string Kind, EquatableArray<string> Names, RegimeRoute Route, CalendarDay From);

/// <summary>
/// The consolidated listing set: what the classifiers, the analyzers, the diff and the CLI all read.
/// Equatable, so that the incremental generator re-emits only when it changes.
/// </summary>
public sealed record ListingModel(
    EquatableArray<ActModel> Acts,
    EquatableArray<AnnexModel> Annexes,
    EquatableArray<EntryModel> Entries,
    EquatableArray<AuthorisationModel> Authorisations,
    EquatableArray<string> CounterIons,
    EquatableArray<string> IsomerPrefixes)
{
    /// <summary>The regimes the acts apply to named medicines, products or substances.</summary>
    public EquatableArray<RegimeModel> Regimes { get; init; } = EquatableArray<RegimeModel>.Empty;
}
