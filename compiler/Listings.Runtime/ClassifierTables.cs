// The table format shared with the compiler: public because the compiler's model is, hidden from
// IntelliSense, documented where it is written (the binder, TableBuilder), not here.
#pragma warning disable CS1591
using System;
using System.ComponentModel;

namespace Listings.Runtime;

/// <summary>
/// Everything a classifier knows, as flat arrays: the source generator writes them as array
/// literals (fast to compile for very large listings) and the CLI fills them in memory from the same
/// compiler. Rows refer to each other by index. Dates are <c>yyyymmdd</c> integers.
/// </summary>
/// <remarks>
/// The construction input of <see cref="Classifier(ClassifierTables)"/>, not an API: public fields
/// because the generated code (compiled in the application's assembly) assigns them once, in order;
/// the classifier copies every array, so nothing written here afterwards reaches an answer, and no
/// classifier hands its tables out. Hidden from IntelliSense; the format changes with the generator.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ClassifierTables
{
    // Acts.
    public string[] ActLabels = { };
    public string[] ActTitles = { };

    /// <summary>The day the act entered into force (yyyymmdd), or its earliest possible day when the text does not say.</summary>
    public int[] ActInForce = { };

    /// <summary>True when <see cref="ActInForce"/> is a lower bound, not a date the text gives.</summary>
    public bool[] ActInForceAssumed = { };

    // Annexes.
    public string[] AnnexLists = { };
    public string[] AnnexIds = { };

    /// <summary>What the act calls each annex: "annexe" or "partie".</summary>
    public string[] AnnexKinds = { };

    // Entry versions: one row per entry and period of validity [From, To).
    public string[] EntryTitles = { };
    public int[] EntryAnnex = { };
    public int[] EntryFrom = { };
    public int[] EntryTo = { };
    public int[] EntryForms = { };
    public int[] EntryActsStart = { };
    public int[] EntryActsCount = { };
    public int[] EntryActs = { };

    /// <summary>The act that ended the version (removed, moved or changed the entry), or -1.</summary>
    public int[] EntryClosedBy = { };

    /// <summary>The source location of the entry ("listings/stupefiants/annexe-I.listing(12,1)").</summary>
    public string[] EntryLocations = { };

    // Name index, sorted by key (ordinal): a key may point to several entry rows.
    public string[] NameKeys = { };
    public int[] NameEntries = { };
    public int[] NameRoles = { };

    // Exceptions.
    public int[] ExceptionEntry = { };
    public int[] ExceptionKinds = { };
    public string[] ExceptionTexts = { };
    public int[] ExceptionRoutes = { };

    /// <summary>For an isomer or "other than" exception: the excepted name's key.</summary>
    public string[] ExceptionNameKeys = { };

    /// <summary>The entry row (another list's) that receives what the exception takes out, or -1.</summary>
    public int[] ExceptionHandOff = { };
    public int[] ExceptionAmountsStart = { };
    public int[] ExceptionAmountsCount = { };

    // Per-unit amounts of preparation exceptions; masses in milligrams.
    public string[] AmountSubstanceKeys = { };
    public int[] AmountBounds = { };
    public decimal[] AmountMilligrams = { };

    // Derogations: one row per authorisation.
    public int[] AuthorisationEntry = { };
    public int[] AuthorisationAct = { };

    /// <summary>The day the derogation's act entered into force (yyyymmdd).</summary>
    public int[] AuthorisationFrom = { };
    public string[] AuthorisationTexts = { };
    public string[] AuthorisationSubjectKeys = { };

    /// <summary>Δ9-THC ceiling in percent, or -1 when the authorisation has no content condition.</summary>
    public decimal[] AuthorisationMaxPercent = { };
    public bool[] AuthorisationRequiresCatalogue = { };

    /// <summary>
    /// Counter-ions the listings add (<c>contre-ions</c>), folded: each names a salt before "de X" and
    /// after "X", besides the runtime's own salt-word table (<see cref="SaltWords"/>).
    /// </summary>
    public string[] SaltStems = { };

    // What the sources leave open (issue 14). Tables emitted before these have none: nothing is in doubt.

    /// <summary>Per entry row: the mark that names no act ("(15)") while the row's inscription date is unknown, else "".</summary>
    public string[] EntryUnknownMarks = { };

    /// <summary>Per entry row with an unknown mark: the last act the source's consolidated list includes (act row), or -1.</summary>
    public int[] EntryConsolidatedBy = { };

    /// <summary>Per entry row: forms a preamble rule dated by a later act's mark brings in (unknown before that act), and that act (or -1).</summary>
    public int[] EntryPendingForms = { };
    public int[] EntryPendingAct = { };

    /// <summary>Per entry row: the act that changed the entry without the sources saying how (<c>modifiée par</c>), or -1.</summary>
    public int[] EntryModifiedBy = { };

    /// <summary>Acts the sources name without giving what they changed (<c>contenu inconnu</c>): act rows…</summary>
    public int[] IncompleteActs = { };

    /// <summary>…and the lists each may have changed, comma-separated ("" for every list).</summary>
    public string[] IncompleteActLists = { };

    /// <summary>Per authorisation: the act's tolerance on the measured content in percent, or -1.</summary>
    public decimal[] AuthorisationTolerancePercent = { };

    /// <summary>Per authorisation: the editor's reading it rests on ("" for none), and the act's words that support it, one per line.</summary>
    public string[] AuthorisationReadings = { };
    public string[] AuthorisationReadingWords = { };

    // Regimes: acts that apply all or part of the stupéfiants rules to named medicines, products or
    // substances (one row per target): the act row, whole or part, what it applies to, the names
    // (one per line), the route (RegimeRoute).
    public int[] RegimeActs = { };
    public bool[] RegimeWhole = { };
    public string[] RegimeKinds = { };
    public string[] RegimeNames = { };
    public int[] RegimeRoutes = { };

    /// <summary>Not read by the engine, which has its own table (<see cref="Runtime.IsomerPrefixes"/>); kept for tables emitted before it.</summary>
    public string[] IsomerPrefixes = { };

    /// <summary>A deep copy: every array cloned (what a <see cref="Classifier"/> keeps).</summary>
    internal ClassifierTables Copy() => new()
    {
        ActLabels = Clone(ActLabels),
        ActTitles = Clone(ActTitles),
        ActInForce = Clone(ActInForce),
        ActInForceAssumed = Clone(ActInForceAssumed),
        AnnexLists = Clone(AnnexLists),
        AnnexIds = Clone(AnnexIds),
        AnnexKinds = Clone(AnnexKinds),
        EntryTitles = Clone(EntryTitles),
        EntryAnnex = Clone(EntryAnnex),
        EntryFrom = Clone(EntryFrom),
        EntryTo = Clone(EntryTo),
        EntryForms = Clone(EntryForms),
        EntryActsStart = Clone(EntryActsStart),
        EntryActsCount = Clone(EntryActsCount),
        EntryActs = Clone(EntryActs),
        EntryClosedBy = Clone(EntryClosedBy),
        EntryLocations = Clone(EntryLocations),
        NameKeys = Clone(NameKeys),
        NameEntries = Clone(NameEntries),
        NameRoles = Clone(NameRoles),
        ExceptionEntry = Clone(ExceptionEntry),
        ExceptionKinds = Clone(ExceptionKinds),
        ExceptionTexts = Clone(ExceptionTexts),
        ExceptionRoutes = Clone(ExceptionRoutes),
        ExceptionNameKeys = Clone(ExceptionNameKeys),
        ExceptionHandOff = Clone(ExceptionHandOff),
        ExceptionAmountsStart = Clone(ExceptionAmountsStart),
        ExceptionAmountsCount = Clone(ExceptionAmountsCount),
        AmountSubstanceKeys = Clone(AmountSubstanceKeys),
        AmountBounds = Clone(AmountBounds),
        AmountMilligrams = Clone(AmountMilligrams),
        AuthorisationEntry = Clone(AuthorisationEntry),
        AuthorisationAct = Clone(AuthorisationAct),
        AuthorisationFrom = Clone(AuthorisationFrom),
        AuthorisationTexts = Clone(AuthorisationTexts),
        AuthorisationSubjectKeys = Clone(AuthorisationSubjectKeys),
        AuthorisationMaxPercent = Clone(AuthorisationMaxPercent),
        AuthorisationRequiresCatalogue = Clone(AuthorisationRequiresCatalogue),
        SaltStems = Clone(SaltStems),
        EntryUnknownMarks = Clone(EntryUnknownMarks),
        EntryConsolidatedBy = Clone(EntryConsolidatedBy),
        EntryPendingForms = Clone(EntryPendingForms),
        EntryPendingAct = Clone(EntryPendingAct),
        EntryModifiedBy = Clone(EntryModifiedBy),
        IncompleteActs = Clone(IncompleteActs),
        IncompleteActLists = Clone(IncompleteActLists),
        AuthorisationTolerancePercent = Clone(AuthorisationTolerancePercent),
        AuthorisationReadings = Clone(AuthorisationReadings),
        AuthorisationReadingWords = Clone(AuthorisationReadingWords),
        RegimeActs = Clone(RegimeActs),
        RegimeWhole = Clone(RegimeWhole),
        RegimeKinds = Clone(RegimeKinds),
        RegimeNames = Clone(RegimeNames),
        RegimeRoutes = Clone(RegimeRoutes),
        IsomerPrefixes = Clone(IsomerPrefixes),
    };

    private static T[] Clone<T>(T[]? array) => array is null || array.Length == 0 ? Array.Empty<T>() : (T[])array.Clone();
}
