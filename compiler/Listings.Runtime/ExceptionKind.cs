// The table format shared with the compiler: public because the compiler's model is, hidden from
// IntelliSense, documented where it is written (the binder, TableBuilder), not here.
#pragma warning disable CS1591
using System.ComponentModel;

namespace Listings.Runtime;

/// <remarks>Part of the table format the compiler writes (its model is a public assembly, so this type is public), not of the API: hidden from IntelliSense.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum ExceptionKind
{
    /// <summary>An isomer taken out by name (lévométhorphane's dextrogyre isomer).</summary>
    Isomer = 0,

    /// <summary>Preparations taken out by route or per-unit content.</summary>
    Preparation = 1,

    /// <summary>Derivatives that another annex lists by name (morphine's ethers in annex II).</summary>
    DerivativesListedElsewhere = 2,

    /// <summary>Preparations under a classification outside the listing set ("liste I"): not decidable here.</summary>
    External = 3,

    /// <summary>A named substance the entry does not cover ("autres que la mescaline").</summary>
    OtherThan = 4,
}

/// <summary>Route a preparation exception (and a query) names.</summary>
/// <remarks>Part of the table format the compiler writes (its model is a public assembly, so this type is public), not of the API: hidden from IntelliSense.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum PreparationRoute
{
    Any = 0,
    Injectable = 1,
    OtherThanInjectable = 2,
    Oral = 3,

    /// <summary>"la préparation présentée en comprimés": a tablet, so an oral preparation.</summary>
    Tablets = 4,
}

/// <remarks>Part of the table format the compiler writes (its model is a public assembly, so this type is public), not of the API: hidden from IntelliSense.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum AmountBound
{
    AtMost = 0,
    AtLeast = 1,
    Exactly = 2,

    /// <summary>A condition the listing states in a form the engine cannot check: the exception never applies.</summary>
    Unreadable = 3,
}
