using Listings.Grammar.Text;

namespace Listings.Grammar.Syntax;

/// <summary>What may follow an entry's names, in the order the act writes it.</summary>
public abstract record EntryClauseSyntax(SourceSpan Span);

/// <summary><c>(13)</c>: inscribed by act (13).</summary>
public sealed record MarkClause(int Mark, SourceSpan Span) : EntryClauseSyntax(Span);

/// <summary><c>modifiée par (21)</c>: act (21) changed the entry; it did not add it.</summary>
public sealed record ModifiedByClause(int Mark, SourceSpan Span) : EntryClauseSyntax(Span);

/// <summary><c>("feuilles de Catha edulis, Celastracées")</c>: the act's parenthetical description.</summary>
public sealed record DescriptionClause(Quoted Text, SourceSpan Span) : EntryClauseSyntax(Span);

/// <summary><c>avec ses isomères, esters, éthers et sels</c>: entry-level extensions.</summary>
public sealed record ExtensionClause(ExtensionSyntax Extension, SourceSpan Span) : EntryClauseSyntax(Span);

/// <summary><c>sauf …</c></summary>
public sealed record ExceptionClause(ExceptionSyntax Exception, SourceSpan Span) : EntryClauseSyntax(Span);

/// <summary><c>autres que "mescaline"</c></summary>
public sealed record OtherThanClause(Quoted Name, SourceSpan Span) : EntryClauseSyntax(Span);

/// <summary><c>sic "Tabernathe iboga"</c>: the source's own, defective, spelling.</summary>
public sealed record SicClause(Quoted Text, SourceSpan Span) : EntryClauseSyntax(Span);

/// <summary><c>texte "…"</c> or <c>défaut "…"</c> written among the clauses.</summary>
public sealed record NoteClause(NoteSyntax Note, SourceSpan Span) : EntryClauseSyntax(Span);

public enum FormKind
{
    Isomers,
    StereoIsomers,
    Esters,
    Ethers,
    Salts,
    Preparations,

    /// <summary>The racemate ("Méthamphétamine et son racémate").</summary>
    Racemate,

    /// <summary>A form the act describes in words ("ses dérivés transformables en ecgonine et cocaïne").</summary>
    Described,
}

public sealed record FormSyntax(FormKind Kind, Route? Route, Quoted? Description, SourceSpan Span);

public sealed record ExtensionSyntax(EquatableArray<FormSyntax> Forms, bool WhereTheyExist, SourceSpan Span);
