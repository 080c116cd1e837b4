using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Listings.Grammar.Text;

namespace Listings.Grammar.Diagnostics;

/// <summary>Who reports a diagnostic, and so what a project may do with it.</summary>
public enum DiagnosticKind
{
    /// <summary>LST0xxx, the parser (the source generator in a build): a statement it could not read.</summary>
    Syntax,

    /// <summary>LST1xxx, the binder (the source generator in a build): a reference the model cannot resolve.</summary>
    Binding,

    /// <summary>LST2xxx, the analyzers: a finding about the listings, which a listing can accept (<c>accepte</c>).</summary>
    Finding,

    /// <summary>LST2xxx, the analyzers, about the analysis itself (it failed; an acceptance matches nothing): not acceptable.</summary>
    Analysis,

    /// <summary>
    /// LST2xxx, the analyzers: a defect of the sources that a statement of the listings states (lost
    /// asterisks, <c>sic</c>, <c>défaut</c>, an unknown date, annex or content). Info; not acceptable, as
    /// the statement is its own justification.
    /// </summary>
    SourceDefect,
}

/// <summary>One diagnostic id: what its Roslyn descriptor, its docs page and its release-tracking line say.</summary>
public sealed record DiagnosticRule(string Id, DiagnosticKind Kind, DiagnosticSeverity Severity, string Category, string Title, string Description)
{
    /// <summary>
    /// False for the parser's and the binder's errors: the listing they concern was not read as written,
    /// so the classifier built from it would be smaller than the listing says. No <c>.globalconfig</c>,
    /// <c>NoWarn</c> or rule set may lower them (the Roslyn descriptor carries <c>NotConfigurable</c>).
    /// </summary>
    public bool IsConfigurable => !(Kind is DiagnosticKind.Syntax or DiagnosticKind.Binding && Severity == DiagnosticSeverity.Error);

    /// <summary>Whether <c>accepte LSTnnnn "…"</c> on a statement may accept this id.</summary>
    public bool IsAcceptable => Kind == DiagnosticKind.Finding;

    /// <summary>The absolute address of the id's page, docs/diagnostics/LSTnnnn.md in the repository.</summary>
    public string HelpLink => DiagnosticCatalogue.HelpLinkBase + Id + ".md";

    /// <summary>A diagnostic of this id at <paramref name="span"/>, with the id's severity.</summary>
    public ListingDiagnostic At(SourceSpan span, string message) => new(Id, Severity, message, span);
}

/// <summary>
/// Every diagnostic id, one line each: LST0xxx the parser, LST1xxx the binder, LST2xxx the analyzers.
/// The generator's and the analyzers' Roslyn descriptors, the suppressor of accepted findings and the
/// ids <c>accepte</c> admits are all derived from here. A new id needs its line here, a page
/// docs/diagnostics/LSTnnnn.md (and a row in its README), and a line in the AnalyzerReleases.Unshipped.md
/// of the project that reports it (compiler/Listings.Generator for LST0xxx and LST1xxx,
/// analyzers/Listings.Analyzers for LST2xxx); a test fails until all are there.
/// </summary>
public static class DiagnosticCatalogue
{
    // ---- the parser ---------------------------------------------------------------------------------
    public static readonly DiagnosticRule SyntaxError = new("LST0001", DiagnosticKind.Syntax, DiagnosticSeverity.Error, "Listings.Syntax", "Syntax error", "The parser could not read a statement: the message says what the grammar expected there and what it found.");
    public static readonly DiagnosticRule UnterminatedString = new("LST0002", DiagnosticKind.Syntax, DiagnosticSeverity.Error, "Listings.Syntax", "Unterminated string", "A string does not close on the line where it opens.");
    public static readonly DiagnosticRule InvalidDate = new("LST0003", DiagnosticKind.Syntax, DiagnosticSeverity.Error, "Listings.Syntax", "Invalid date", "A date that is not in the calendar, or whose year does not have four digits.");
    public static readonly DiagnosticRule MissingContainer = new("LST0004", DiagnosticKind.Syntax, DiagnosticSeverity.Error, "Listings.Syntax", "Statement outside its container", "An entry, rule, amendment operation or authorisation with no annex, amendment or derogation open before it.");
    public static readonly DiagnosticRule UnknownUnit = new("LST0005", DiagnosticKind.Syntax, DiagnosticSeverity.Error, "Listings.Syntax", "Unknown unit", "A quantity's unit is not one of µg, mg, g, kg, %.");
    public static readonly DiagnosticRule UnreadableFile = new("LST0006", DiagnosticKind.Syntax, DiagnosticSeverity.Error, "Listings.Input", "Listing cannot be read", "A listing file could not be read (missing, not UTF-8, unreadable): nothing of it was checked.");
    public static readonly DiagnosticRule LimitExceeded = new("LST0007", DiagnosticKind.Syntax, DiagnosticSeverity.Error, "Listings.Syntax", "Limit exceeded", "A file, line, statement or annex is larger than the language allows.");

    // ---- the binder ---------------------------------------------------------------------------------
    public static readonly DiagnosticRule UnknownList = new("LST1001", DiagnosticKind.Binding, DiagnosticSeverity.Error, "Listings.Binding", "Unknown list", "An annex, amendment or derogation names a list that no 'liste' statement declares.");
    public static readonly DiagnosticRule UnknownAct = new("LST1002", DiagnosticKind.Binding, DiagnosticSeverity.Error, "Listings.Binding", "Unknown act", "An amendment or derogation names an act that is not declared, so the change has no date and is not applied.");
    public static readonly DiagnosticRule UnknownEntry = new("LST1003", DiagnosticKind.Binding, DiagnosticSeverity.Error, "Listings.Binding", "Unknown entry", "A change names an entry that is not in force in that list and annex on the act's date.");
    public static readonly DiagnosticRule UnsupportedAmount = new("LST1004", DiagnosticKind.Binding, DiagnosticSeverity.Warning, "Listings.Binding", "Per-unit amount that is not a mass", "A preparation exception states a per-unit amount that is not a mass; it is left out of the comparison.");
    public static readonly DiagnosticRule DuplicateAct = new("LST1005", DiagnosticKind.Binding, DiagnosticSeverity.Error, "Listings.Binding", "Act declared twice", "Two 'acte' statements declare the same act; marks citing it would not know which dates apply.");
    public static readonly DiagnosticRule UnsupportedCondition = new("LST1006", DiagnosticKind.Binding, DiagnosticSeverity.Error, "Listings.Binding", "Derogation condition the classifiers cannot check", "A derogation's condition is not 'au plus' a percentage; the derogation is not applied.");
    public static readonly DiagnosticRule AnnexReopened = new("LST1007", DiagnosticKind.Binding, DiagnosticSeverity.Error, "Listings.Binding", "Annex declared twice", "An annex is declared with its preamble more than once, or opened again under another name: an annex is declared once and opened again only to add entries.");
    public static readonly DiagnosticRule DuplicateList = new("LST1008", DiagnosticKind.Binding, DiagnosticSeverity.Error, "Listings.Binding", "List declared twice", "Two 'liste' statements declare the same list; its founding act, which dates every unmarked entry, would be in doubt.");
    public static readonly DiagnosticRule UnknownAnnex = new("LST1009", DiagnosticKind.Binding, DiagnosticSeverity.Error, "Listings.Binding", "Unknown annex", "A statement names an annex or part its list does not declare (write 'annexe inconnue' where the act does not say).");
    public static readonly DiagnosticRule UnconditionalAuthorisation = new("LST1010", DiagnosticKind.Binding, DiagnosticSeverity.Error, "Listings.Binding", "Authorisation without a condition", "An 'autorise' states no condition ('si …'); it is not applied, as it would exempt more than the act does.");
    public static readonly DiagnosticRule EmptyName = new("LST1011", DiagnosticKind.Binding, DiagnosticSeverity.Error, "Listings.Binding", "Empty name", "A name or counter-ion is the empty string: no query can reach it.");
    public static readonly DiagnosticRule ListWithoutAnnex = new("LST1012", DiagnosticKind.Binding, DiagnosticSeverity.Warning, "Listings.Binding", "List with no annex", "A list declares no annex or part: nothing can be listed in it.");
    public static readonly DiagnosticRule LookAlikeList = new("LST1013", DiagnosticKind.Binding, DiagnosticSeverity.Error, "Listings.Binding", "Lists told apart only by case or accents", "Two list ids differ only by case or accents: statements and generated classes would confuse them.");
    public static readonly DiagnosticRule TransferAndBack = new("LST1014", DiagnosticKind.Binding, DiagnosticSeverity.Error, "Listings.Binding", "Transfer and back on the same day", "An act, or two acts of one date, move an entry to an annex and back: which annex the act means is undecided.");
    public static readonly DiagnosticRule NothingHandedOver = new("LST1015", DiagnosticKind.Binding, DiagnosticSeverity.Error, "Listings.Binding", "Preparations received from an annex that hands none over", "A 'reçues de' names an annex none of whose entries excepts those preparations.");
    public static readonly DiagnosticRule NoEffect = new("LST1016", DiagnosticKind.Binding, DiagnosticSeverity.Warning, "Listings.Binding", "Words with no effect", "Words the language reads but that change nothing in this place.");

    // ---- the analyzers ------------------------------------------------------------------------------
    public static readonly DiagnosticRule AnalyzerFailed = new("LST2000", DiagnosticKind.Analysis, DiagnosticSeverity.Warning, "Listings.Analyzer", "The listings analyzer failed", "The analyzer threw an exception: a bug in the analyzer, not a problem in the listings.");
    public static readonly DiagnosticRule Duplicate = new("LST2001", DiagnosticKind.Finding, DiagnosticSeverity.Warning, "Listings.Entries", "Substance entered twice", "The same substance (its name, compared as the classifiers find names: without case, accents, apostrophes, spaces, hyphens or full stops, the head noun in either number) is an entry twice, in one list or across lists, while both are in force.");
    public static readonly DiagnosticRule Ambiguous = new("LST2002", DiagnosticKind.Finding, DiagnosticSeverity.Warning, "Listings.Entries", "Ambiguous name", "Two different entries are found by the same name: an alias (or a substance listed with an entry) that is another entry's name or alias, compared as the classifiers find names: without case, accents, apostrophes, spaces, hyphens or full stops, the head noun in either number.");
    public static readonly DiagnosticRule Redundant = new("LST2003", DiagnosticKind.Finding, DiagnosticSeverity.Info, "Listings.Rules", "Entry already covered by an inclusion rule", "An entry is a salt or an isomer of another entry of the same annex whose rules already include it.");
    public static readonly DiagnosticRule Conflict = new("LST2004", DiagnosticKind.Finding, DiagnosticSeverity.Warning, "Listings.Rules", "Entry covered by another annex's inclusion rule", "An entry is a salt or an isomer of an entry of another annex whose rules include it too: nothing in the listings says which annex it belongs to.");
    public static readonly DiagnosticRule ExceptsNothing = new("LST2005", DiagnosticKind.Finding, DiagnosticSeverity.Warning, "Listings.Exceptions", "Exception that excepts nothing", "An exception takes out a form the entry does not include (isomers, preparations), or names a substance no entry names.");
    public static readonly DiagnosticRule HandOffGap = new("LST2006", DiagnosticKind.Finding, DiagnosticSeverity.Warning, "Listings.Exceptions", "Excepted preparations no list receives", "An entry excepts its preparations by route (injectable, other than injectable) and no other list of the set lists those preparations.");
    public static readonly DiagnosticRule Dangling = new("LST2007", DiagnosticKind.Finding, DiagnosticSeverity.Warning, "Listings.Acts", "Mark that names no act", "A provenance mark such as (15) points to no act declared in the list's numbering.");
    public static readonly DiagnosticRule Dates = new("LST2008", DiagnosticKind.Finding, DiagnosticSeverity.Warning, "Listings.Acts", "Contradictory dates", "An act is published before it is signed, in force before it is signed, or an amending act is in force before the act that founded the list it amends.");
    public static readonly DiagnosticRule AmendmentConflict = new("LST2009", DiagnosticKind.Finding, DiagnosticSeverity.Warning, "Listings.Amendments", "Amendment conflict", "An amendment adds an entry already in force, or two acts change the same entry on the same date.");
    public static readonly DiagnosticRule External = new("LST2010", DiagnosticKind.Finding, DiagnosticSeverity.Info, "Listings.Exceptions", "Reference to a list outside the listing set", "An exception refers to a classification the listing set does not contain; classifiers cannot decide it.");
    public static readonly DiagnosticRule Suspicious = new("LST2011", DiagnosticKind.Finding, DiagnosticSeverity.Warning, "Listings.Text", "Suspicious text", "A string holds bidirectional controls or invisible characters, a name mixes Latin with look-alike Cyrillic or Greek letters, or a name is spaced out letter by letter.");
    public static readonly DiagnosticRule UnusedAcceptance = new("LST2012", DiagnosticKind.Analysis, DiagnosticSeverity.Warning, "Listings.Acceptances", "Acceptance that matches no finding", "An 'accepte LSTnnnn' clause justifies a finding the analyzers no longer report on that statement.");

    // The source defects: what the listings state the sources lost, misspelt, damaged or never gave.
    // Info, never a fault of the listings: an editor running 'listings check' sees every one, located.
    public static readonly DiagnosticRule LostAsterisks = new("LST2013", DiagnosticKind.SourceDefect, DiagnosticSeverity.Info, "Listings.Sources", "Asterisks lost in the source", "An annex declares 'astérisques inconnus': the source lost which entries carried an asterisk, so whether their stereo-isomers are included is unknown.");
    public static readonly DiagnosticRule SourceSpelling = new("LST2014", DiagnosticKind.SourceDefect, DiagnosticSeverity.Info, "Listings.Sources", "Source's own defective spelling", "An entry keeps the source's own, defective, spelling ('sic') beside the corrected name the listing gives.");
    public static readonly DiagnosticRule StatedDefect = new("LST2015", DiagnosticKind.SourceDefect, DiagnosticSeverity.Info, "Listings.Sources", "Defect of the source stated", "A statement carries a 'défaut' note: the source text is damaged, misspelt or lost there, as the note says.");
    public static readonly DiagnosticRule UnknownDate = new("LST2016", DiagnosticKind.SourceDefect, DiagnosticSeverity.Info, "Listings.Sources", "Date the sources do not give", "An act's signature, Journal officiel publication or entry into force is declared unknown ('du inconnue', 'JO inconnu', 'en vigueur à une date inconnue').");
    public static readonly DiagnosticRule UnstatedAnnex = new("LST2017", DiagnosticKind.SourceDefect, DiagnosticSeverity.Info, "Listings.Sources", "Annex the act does not state", "A change is made to 'annexe inconnue' (or 'partie inconnue'): the act does not say which annex or part, so no annex rule applies to what it adds.");
    public static readonly DiagnosticRule UnknownContent = new("LST2018", DiagnosticKind.SourceDefect, DiagnosticSeverity.Info, "Listings.Sources", "Act of unknown content", "An act is declared 'contenu inconnu': the sources name it as changing the lists without giving what it changed, so from its date the lists may be incomplete.");

    /// <summary>Every rule above, in id order (read from the fields, so a new line is all a new id needs here).</summary>
    public static IReadOnlyList<DiagnosticRule> All { get; } = typeof(DiagnosticCatalogue)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticRule))
        .Select(f => (DiagnosticRule)f.GetValue(null)!)
        .OrderBy(r => r.Id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// The findings that report a defect of the sources the listings state (a mark that names no act
    /// among them): what <c>listings check</c> counts as source defects.
    /// </summary>
    public static IReadOnlyList<DiagnosticRule> SourceDefects { get; } = new[] { Dangling, LostAsterisks, SourceSpelling, StatedDefect, UnknownDate, UnstatedAnnex, UnknownContent };

    private static readonly Dictionary<string, DiagnosticRule> ById = All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public static DiagnosticRule? Find(string id) => ById.TryGetValue(id, out var rule) ? rule : null;

    /// <summary>The ids <c>accepte</c> admits, as a range for messages: <c>LST2001–LST2011</c>.</summary>
    public static string AcceptableRange
    {
        get
        {
            var acceptable = All.Where(r => r.IsAcceptable).Select(r => r.Id).ToList();
            return acceptable.Count == 1 ? acceptable[0] : acceptable[0] + "–" + acceptable[acceptable.Count - 1];
        }
    }

    /// <summary>
    /// The repository's address (MSBuild's <c>RepositoryUrl</c>, set once in Directory.Build.props, which
    /// the SDK writes into every assembly as <c>AssemblyMetadata("RepositoryUrl")</c> and NuGet into the
    /// package), followed by the docs folder on its main branch. A help link must be absolute: a relative
    /// path means nothing in a consumer's IDE.
    /// </summary>
    public static string HelpLinkBase { get; } =
        (typeof(DiagnosticCatalogue).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value ?? "").TrimEnd('/') + "/blob/main/docs/diagnostics/";
}
