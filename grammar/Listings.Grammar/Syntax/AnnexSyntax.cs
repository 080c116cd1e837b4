using Listings.Grammar.Text;

namespace Listings.Grammar.Syntax;

public enum AnnexKind
{
    /// <summary>The stupéfiants are split into annexes (I–IV).</summary>
    Annexe,

    /// <summary>The psychotropes are split into parts (1–3).</summary>
    Partie,
}

/// <summary><c>annexe I de stupefiants</c>, with its preamble rules and entries once nested.</summary>
public sealed record AnnexSyntax(
    AnnexKind Kind,
    string Id,
    string ListId,
    EquatableArray<InclusionRuleSyntax> Rules,
    AsterisksUnknownSyntax? AsterisksUnknown,
    EquatableArray<SectionSyntax> Sections,
    EquatableArray<NoteSyntax> Notes,
    SourceSpan Span) : StatementSyntax(Span);

/// <summary><c>astérisques inconnus</c>: the source lost which entries carried an asterisk.</summary>
public sealed record AsterisksUnknownSyntax(EquatableArray<NoteSyntax> Notes, SourceSpan Span) : StatementSyntax(Span);

/// <summary>
/// A run of entries inside an annex: before any grouping (no header), or under a grouping such as
/// <c>tableau III de la convention de Vienne</c> or <c>groupe "Les cannabinoïdes suivants" …</c>.
/// </summary>
public sealed record SectionSyntax(GroupingSyntax? Header, EquatableArray<EntrySyntax> Entries);

public abstract record GroupingSyntax(EquatableArray<NoteSyntax> Notes, SourceSpan Span) : StatementSyntax(Span);

/// <summary><c>tableau III de la convention de Vienne</c></summary>
public sealed record TableSyntax(string Table, string Convention, EquatableArray<NoteSyntax> Notes, SourceSpan Span)
    : GroupingSyntax(Notes, Span);

/// <summary><c>groupe "Les cannabinoïdes suivants" avec leurs isomères, … (28)</c></summary>
public sealed record GroupSyntax(
    Quoted Title,
    ExtensionSyntax? Extension,
    EquatableArray<int> Marks,
    EquatableArray<NoteSyntax> Notes,
    SourceSpan Span) : GroupingSyntax(Notes, Span);

/// <summary>Where an amendment or a derogation points: <c>stupefiants annexe I</c>, <c>… annexe inconnue</c>.</summary>
public sealed record ListRefSyntax(string ListId, AnnexKind Kind, string? AnnexId, SourceSpan Span)
{
    public override string ToString() =>
        $"{ListId} {(Kind == AnnexKind.Annexe ? "annexe" : "partie")} {AnnexId ?? "inconnue"}";
}
