using Listings.Grammar.Text;

namespace Listings.Grammar.Syntax;

/// <summary><c>amendement par decision-hhc-2023</c> and the changes that follow it.</summary>
public sealed record AmendmentSyntax(
    ActRef Act,
    LegalDate? InForce,
    EquatableArray<AmendmentOperationSyntax> Operations,
    EquatableArray<NoteSyntax> Notes,
    SourceSpan Span) : StatementSyntax(Span);

public abstract record AmendmentOperationSyntax(EquatableArray<NoteSyntax> Notes, SourceSpan Span) : StatementSyntax(Span);

/// <summary><c>ajoute à stupefiants annexe IV</c> and the entries that follow.</summary>
public sealed record AdditionSyntax(ListRefSyntax Target, EquatableArray<EntrySyntax> Entries, EquatableArray<NoteSyntax> Notes, SourceSpan Span)
    : AmendmentOperationSyntax(Notes, Span);

/// <summary><c>retire "Zipéprol" de stupefiants annexe III</c></summary>
public sealed record RemovalSyntax(Quoted Name, ListRefSyntax From, EquatableArray<NoteSyntax> Notes, SourceSpan Span)
    : AmendmentOperationSyntax(Notes, Span);

/// <summary><c>transfère "Kétamine" de stupefiants annexe IV à stupefiants annexe III</c></summary>
public sealed record TransferSyntax(Quoted Name, ListRefSyntax From, ListRefSyntax To, EquatableArray<NoteSyntax> Notes, SourceSpan Span)
    : AmendmentOperationSyntax(Notes, Span);

/// <summary><c>modifie "Amphétamine" de stupefiants annexe III : sauf …</c></summary>
public sealed record ModificationSyntax(
    Quoted Name,
    ListRefSyntax Target,
    EquatableArray<EntryClauseSyntax> Clauses,
    EquatableArray<NoteSyntax> Notes,
    SourceSpan Span) : AmendmentOperationSyntax(Notes, Span);
