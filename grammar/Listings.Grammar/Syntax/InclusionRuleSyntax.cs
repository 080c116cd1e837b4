using Listings.Grammar.Text;

namespace Listings.Grammar.Syntax;

public enum RuleKind
{
    Substances,
    Isomers,
    StereoIsomers,
    EstersAndEthers,
    Salts,
    Preparations,
}

/// <summary>Which substance forms the salts rule of a preamble covers ("les sels des substances, isomères…").</summary>
public enum SaltBase
{
    Substances,
    Isomers,
    Esters,
    Ethers,
}

public enum PreparationScope
{
    /// <summary>"les préparations": all of them.</summary>
    All,

    /// <summary>"à l'exception de celles nommément désignées".</summary>
    AllExceptNamed,

    /// <summary>"leurs préparations nommément désignées": only the named ones.</summary>
    OnlyNamed,
}

/// <summary>One line of an annex preamble: <c>comprend leurs isomères, sauf exception expresse</c>.</summary>
public sealed record InclusionRuleSyntax(
    RuleKind Kind,
    bool UnlessExpresslyExcepted,
    bool OnlyEntriesWithAsterisk,
    bool UnlessListedInAnotherAnnex,
    EquatableArray<SaltBase> SaltsOf,
    PreparationScope Preparations,
    bool WhereTheyExist,
    EquatableArray<int> Marks,
    EquatableArray<NoteSyntax> Notes,
    SourceSpan Span) : StatementSyntax(Span);
