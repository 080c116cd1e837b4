using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Model;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;
using Listings.Runtime;

namespace Listings.Compiler.Binding;

/// <summary>
/// The entries pass: each bullet of an annex (or of an amendment's <c>ajoute</c>) becomes an entry
/// version with every name it is found by (its heading, aliases, chemical designations, substances
/// listed with it, inverted headings, <c>sic</c> spellings), the forms its annex and its own
/// extensions bring in, its exceptions, and the act that inscribed it (its first mark, else the list's
/// founding act). Reports an empty name (LST1011); records the marks that name no act.
/// </summary>
public sealed class EntriesAndNames
{
    private readonly ActsAndLists _declared;
    private readonly BindingFacts _facts;
    private readonly List<ListingDiagnostic> _diagnostics;

    public EntriesAndNames(ActsAndLists declared, BindingFacts facts, List<ListingDiagnostic> diagnostics)
    {
        _declared = declared;
        _facts = facts;
        _diagnostics = diagnostics;
    }

    // Buffers reused from one entry to the next (an entry's arrays are copied out of them): at 100,000
    // entries, three lists an entry were a third of what binding allocated.
    private readonly List<int> _marks = new();
    private readonly List<string> _acts = new();
    private readonly List<EntryNameModel> _names = new();

    /// <summary>The entries written under the annexes, each dated from the act that inscribed it.</summary>
    public void BindAnnexes(IReadOnlyList<ListingDocument> documents, AnnexesAndRules annexes, EntryVersions versions)
    {
        foreach (var document in documents)
        {
            for (var a = 0; a < document.Annexes.Count; a++)
            {
                var opening = document.Annexes[a];
                var annex = annexes[opening.ListId, opening.Id];
                for (var s = 0; s < opening.Sections.Count; s++)
                {
                    var section = opening.Sections[s];
                    var group = section.Header as GroupSyntax;
                    var groupForms = group is null ? FormFlags.None : ExtensionForms(group.Extension);
                    var groupMarks = group?.Marks ?? EquatableArray<int>.Empty;
                    if (group is not null)
                        foreach (var mark in group.Marks)
                            if (_declared.Resolve(annex.ListId, mark) is null)
                                _facts.UnresolvedMarks.Add(new UnresolvedMark(group.Span, Mark(mark), annex.ListId, MarkCitation.Group, group.Title.Value));
                    for (var e = 0; e < section.Entries.Count; e++)
                    {
                        var entry = section.Entries[e];
                        // The entry's own marks (EntrySyntax.Marks, read without building it), else its group's.
                        var marks = _marks;
                        marks.Clear();
                        for (var c = 0; c < entry.Clauses.Count; c++)
                            if (entry.Clauses[c] is MarkClause markClause)
                                marks.Add(markClause.Mark);
                        if (marks.Count == 0)
                            for (var g = 0; g < groupMarks.Count; g++)
                                marks.Add(groupMarks[g]);
                        var inscription = Inscription(annex.ListId, marks);
                        if (Bind(entry, annex, groupForms, inscription, inscription?.InForce ?? CalendarDay.Unknown) is { } bound)
                            versions.Add(UnknownMark(annex.ListId, marks) is { } unknown
                                ? bound with { UnknownMark = unknown, ConsolidatedBy = _declared.ConsolidatedUpTo(annex.ListId)?.Key }
                                : bound);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The act that inscribed an entry: its first mark that names an act, else the list's founding act.
    /// A mark that names no act is left to the analyzers to report (LST2007); the entry is then dated
    /// from the founding act, the only date the listing gives.
    /// </summary>
    private ActModel? Inscription(string list, List<int> marks)
    {
        foreach (var mark in marks)
            if (_declared.Resolve(list, mark) is { } act)
                return act;
        return _declared.Founder(list);
    }

    /// <summary>
    /// The mark an entry is inscribed by when none of its marks names an act ("(15)"): its inscription
    /// date is then unknown (<see cref="UnknownInscriptions"/>); null when it has no mark or one names an act.
    /// </summary>
    private string? UnknownMark(string list, List<int> marks)
    {
        if (marks.Count == 0)
            return null;
        foreach (var mark in marks)
            if (_declared.Resolve(list, mark) is not null)
                return null;
        return Mark(marks[0]);
    }

    /// <summary>
    /// One entry version of <paramref name="annex"/>, in force from <paramref name="from"/>, inscribed
    /// by <paramref name="inscription"/>; null when the entry has no name to be found by.
    /// </summary>
    public EntryModel? Bind(EntrySyntax entry, AnnexModel annex, FormFlags extraForms, ActModel? inscription, CalendarDay from)
    {
        // One pass over the clauses for what the entry's own clauses bring in and which kinds it has;
        // the passes below that read one kind of clause run only for an entry that has it.
        var clauses = entry.Clauses;
        var own = extraForms;
        bool hasSic = false, hasCitedNames = false, hasExceptions = false;
        for (var i = 0; i < clauses.Count; i++)
        {
            switch (clauses[i])
            {
                case ExtensionClause extension:
                    own |= ExtensionForms(extension.Extension);
                    break;
                case SicClause:
                    hasSic = true;
                    break;
                case NamesClause:
                    hasCitedNames = true;
                    break;
                case ExceptionClause or OtherThanClause:
                    hasExceptions = true;
                    break;
            }
        }
        if (entry.Asterisk)
            own |= FormFlags.Asterisk;
        else if (annex.AsterisksUnknown)
            own |= FormFlags.AsteriskUnknown;
        var forms = annex.Forms | own;

        string? modifiedBy = null;
        var acts = _acts;
        acts.Clear();
        if (inscription is not null)
            acts.Add(inscription.Key);
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var (mark, span) = clause switch
            {
                MarkClause m => (m.Mark, m.Span),
                ModifiedByClause m => (m.Mark, m.Span),
                _ => (-1, null!),
            };
            if (mark < 0)
                continue;
            var act = _declared.Resolve(annex.ListId, mark);
            if (act is null)
                _facts.UnresolvedMarks.Add(new UnresolvedMark(span, Mark(mark), annex.ListId, MarkCitation.Entry, entry.Title.Value));
            else if (clause is ModifiedByClause)
            {
                modifiedBy ??= act.Key;
                if (!acts.Contains(act.Key))
                    acts.Add(act.Key);
            }
        }

        var names = _names;
        names.Clear();
        var preparationRoute = PreparationRoute.Any;
        string? preparationSubstance = null;
        string title;
        switch (entry)
        {
            case SubstanceEntrySyntax substance:
                if (KeyOf(substance.Name, _diagnostics) is not { } nameKey)
                    return null;
                title = substance.Name.Value;
                AddName(names, substance.Name, nameKey, NameRole.Name);
                for (var i = 0; i < substance.Aliases.Count; i++)
                {
                    var alias = substance.Aliases[i];
                    if (KeyOf(alias.Name, _diagnostics) is { } aliasKey)
                        AddName(names, alias.Name, aliasKey, NameRole.Alias, alias.ChemicalDesignation);
                }
                for (var i = 0; i < substance.CoListed.Count; i++)
                {
                    var coListed = substance.CoListed[i];
                    if (KeyOf(coListed, _diagnostics) is { } coListedKey)
                        AddName(names, coListed, coListedKey, NameRole.Name);
                }
                if (hasSic)
                    for (var i = 0; i < clauses.Count; i++)
                        if (clauses[i] is SicClause sic && KeyOf(sic.Text, _diagnostics) is { } sicKey)
                            names.Add(new EntryNameModel(sic.Text.Value, NameRole.Alias, sicKey));
                if (hasCitedNames)
                    names.AddRange(CitedNames.Of(clauses, title));
                break;
            case PreparationEntrySyntax preparation:
                if (KeyOf(preparation.Substance, _diagnostics) is not { } substanceKey)
                    return null;
                preparationRoute = EntryExceptions.Route(preparation.Route);
                // "renfermant X ou ses sels": the preparations of X's salts are received too.
                if (preparation.WithSalts)
                {
                    own |= FormFlags.Salts;
                    forms |= FormFlags.Salts;
                }
                preparationSubstance = substanceKey;
                title = FrenchWording.PreparationEntry(preparationRoute, preparation.Substance.Value, preparation.WithSalts);
                break;
            default:
                return null;
        }

        var exceptions = EquatableArray<ExceptionModel>.Empty;
        if (hasExceptions)
        {
            exceptions = EntryExceptions.Of(clauses, _diagnostics).ToEquatableArray();
            for (var i = 0; i < clauses.Count; i++)
                if (clauses[i] is ExceptionClause { Exception: IsomerExceptionSyntax isomer } && EntryNameModel.KeyOf(isomer.Name.Value) is { Length: > 0 } isomerKey)
                    names.Add(new EntryNameModel(isomer.Name.Value, NameRole.ExceptedIsomer, isomerKey));
        }

        var receivedFrom = (entry as PreparationEntrySyntax)?.ReceivedFrom;
        var location = ModelLocation.Of(entry.Span);
        return new EntryModel(
            location.ToString(), annex.ListId, annex.AnnexId, title, names.ToEquatableArray(), forms,
            exceptions, acts.ToEquatableArray(), from, EntryModel.Forever,
            location, preparationRoute, preparationSubstance)
        {
            Span = entry.Span,
            Extensions = own,
            ModifiedBy = modifiedBy,
            ReceivedFromList = receivedFrom?.ListId,
            ReceivedFromAnnex = receivedFrom is null ? null : receivedFrom.AnnexId ?? AnnexModel.UnknownId,
        };
    }

    /// <summary>The forms a group's or an entry's <c>avec …</c> brings in.</summary>
    public static FormFlags ExtensionForms(ExtensionSyntax? extension)
    {
        var forms = FormFlags.None;
        if (extension is null)
            return forms;
        foreach (var form in extension.Forms)
        {
            forms |= form.Kind switch
            {
                FormKind.Isomers => FormFlags.Isomers,
                FormKind.StereoIsomers => FormFlags.StereoIsomers | FormFlags.Asterisk,
                FormKind.Esters => FormFlags.Esters,
                FormKind.Ethers => FormFlags.Ethers,
                FormKind.Salts => FormFlags.Salts,
                FormKind.Racemate => FormFlags.Racemate,
                FormKind.Preparations => form.Route == Grammar.Syntax.Route.Injectable ? FormFlags.InjectablePreparations : FormFlags.Preparations,
                _ => FormFlags.None,
            };
        }
        // An entry's own list of forms names its salts with its other forms ("ibogaïne, ses isomères,
        // esters et leurs sels", "ses isomères, ses esters, éthers et sels"): the salts are those of each
        // form the same phrase lists. (An annex preamble says so in its own words: "les sels … de leurs
        // isomères"; AnnexesAndRules reads those.)
        if ((forms & FormFlags.Salts) != 0)
        {
            if ((forms & (FormFlags.Isomers | FormFlags.StereoIsomers)) != 0)
                forms |= FormFlags.SaltsOfIsomers;
            if ((forms & FormFlags.Esters) != 0)
                forms |= FormFlags.SaltsOfEsters;
            if ((forms & FormFlags.Ethers) != 0)
                forms |= FormFlags.SaltsOfEthers;
        }
        return forms;
    }

    private static void AddName(List<EntryNameModel> names, Quoted name, string key, NameRole role, bool chemicalDesignation = false)
    {
        names.Add(new EntryNameModel(name.Value, role, key) { Span = name.Span, ChemicalDesignation = chemicalDesignation });
        foreach (var inverted in SubstanceNaming.InvertedForms(name.Value))
            names.Add(new EntryNameModel(inverted, role));
    }

    /// <summary>
    /// Reports a name that folds to nothing (<c>- ""</c>, <c>contre-ions ""</c>): no query can ever reach
    /// it, and an editor would believe it lists something. True when it is empty.
    /// </summary>
    public static bool IsEmpty(Quoted name, List<ListingDiagnostic> diagnostics) => KeyOf(name, diagnostics) is null;

    /// <summary>The name's key (<see cref="EntryNameModel.Key"/>), or null, reported as <see cref="IsEmpty"/> says, when it folds to nothing.</summary>
    private static string? KeyOf(Quoted name, List<ListingDiagnostic> diagnostics)
    {
        var key = EntryNameModel.KeyOf(name.Value);
        if (key.Length > 0)
            return key;
        diagnostics.Add(BindingDiagnostics.EmptyName(name.Span));
        return null;
    }

    private static string Mark(int mark) => "(" + mark.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
}
