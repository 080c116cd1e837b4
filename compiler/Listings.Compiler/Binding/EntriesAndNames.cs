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

    /// <summary>The entries written under the annexes, each dated from the act that inscribed it.</summary>
    public void BindAnnexes(IReadOnlyList<ListingDocument> documents, AnnexesAndRules annexes, EntryVersions versions)
    {
        foreach (var opening in documents.SelectMany(d => d.Annexes))
        {
            var annex = annexes[opening.ListId, opening.Id];
            foreach (var section in opening.Sections)
            {
                var group = section.Header as GroupSyntax;
                var groupForms = group is null ? FormFlags.None : ExtensionForms(group.Extension);
                var groupMarks = group?.Marks ?? EquatableArray<int>.Empty;
                if (group is not null)
                    foreach (var mark in group.Marks)
                        if (_declared.Resolve(annex.ListId, mark) is null)
                            _facts.UnresolvedMarks.Add(new UnresolvedMark(group.Span, Mark(mark), annex.ListId, MarkCitation.Group, group.Title.Value));
                foreach (var entry in section.Entries)
                {
                    var own = entry.Marks;
                    var marks = own.IsEmpty ? groupMarks : own;
                    var inscription = Inscription(annex.ListId, marks);
                    if (Bind(entry, annex, groupForms, inscription, inscription?.InForce ?? CalendarDay.Unknown) is { } bound)
                        versions.Add(UnknownMark(annex.ListId, marks) is { } unknown
                            ? bound with { UnknownMark = unknown, ConsolidatedBy = _declared.ConsolidatedUpTo(annex.ListId)?.Key }
                            : bound);
                }
            }
        }
    }

    /// <summary>
    /// The act that inscribed an entry: its first mark that names an act, else the list's founding act.
    /// A mark that names no act is left to the analyzers to report (LST2007); the entry is then dated
    /// from the founding act, the only date the listing gives.
    /// </summary>
    private ActModel? Inscription(string list, EquatableArray<int> marks)
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
    private string? UnknownMark(string list, EquatableArray<int> marks)
    {
        if (marks.IsEmpty)
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
        var own = extraForms;
        foreach (var clause in entry.Clauses.OfType<ExtensionClause>())
            own |= ExtensionForms(clause.Extension);
        if (entry.Asterisk)
            own |= FormFlags.Asterisk;
        else if (annex.AsterisksUnknown)
            own |= FormFlags.AsteriskUnknown;
        var forms = annex.Forms | own;

        string? modifiedBy = null;
        var acts = new List<string>();
        if (inscription is not null)
            acts.Add(inscription.Key);
        foreach (var clause in entry.Clauses)
        {
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

        var names = new List<EntryNameModel>();
        var preparationRoute = PreparationRoute.Any;
        string? preparationSubstance = null;
        string title;
        switch (entry)
        {
            case SubstanceEntrySyntax substance:
                if (IsEmpty(substance.Name, _diagnostics))
                    return null;
                title = substance.Name.Value;
                AddName(names, substance.Name, NameRole.Name);
                foreach (var alias in substance.Aliases)
                    if (!IsEmpty(alias.Name, _diagnostics))
                        AddName(names, alias.Name, NameRole.Alias, alias.ChemicalDesignation);
                foreach (var coListed in substance.CoListed)
                    if (!IsEmpty(coListed, _diagnostics))
                        AddName(names, coListed, NameRole.Name);
                foreach (var sic in entry.Clauses.OfType<SicClause>())
                    if (!IsEmpty(sic.Text, _diagnostics))
                        names.Add(new EntryNameModel(sic.Text.Value, NameRole.Alias));
                names.AddRange(CitedNames.Of(entry.Clauses, title));
                break;
            case PreparationEntrySyntax preparation:
                if (IsEmpty(preparation.Substance, _diagnostics))
                    return null;
                preparationRoute = EntryExceptions.Route(preparation.Route);
                // "renfermant X ou ses sels": the preparations of X's salts are received too.
                if (preparation.WithSalts)
                {
                    own |= FormFlags.Salts;
                    forms |= FormFlags.Salts;
                }
                preparationSubstance = TextFolding.NameKey(preparation.Substance.Value);
                title = FrenchWording.PreparationEntry(preparationRoute, preparation.Substance.Value, preparation.WithSalts);
                break;
            default:
                return null;
        }

        var exceptions = EntryExceptions.Of(entry.Clauses, _diagnostics).ToList();
        foreach (var isomer in entry.Clauses.OfType<ExceptionClause>().Select(c => c.Exception).OfType<IsomerExceptionSyntax>())
            if (TextFolding.NameKey(isomer.Name.Value).Length > 0)
                names.Add(new EntryNameModel(isomer.Name.Value, NameRole.ExceptedIsomer));

        var receivedFrom = (entry as PreparationEntrySyntax)?.ReceivedFrom;
        var location = ModelLocation.Of(entry.Span);
        return new EntryModel(
            location.ToString(), annex.ListId, annex.AnnexId, title, names.ToEquatableArray(), forms,
            exceptions.ToEquatableArray(), acts.ToEquatableArray(), from, EntryModel.Forever,
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

    private static void AddName(List<EntryNameModel> names, Quoted name, NameRole role, bool chemicalDesignation = false)
    {
        names.Add(new EntryNameModel(name.Value, role) { Span = name.Span, ChemicalDesignation = chemicalDesignation });
        foreach (var inverted in SubstanceNaming.InvertedForms(name.Value))
            names.Add(new EntryNameModel(inverted, role));
    }

    /// <summary>
    /// Reports a name that folds to nothing (<c>- ""</c>, <c>contre-ions ""</c>): no query can ever reach
    /// it, and an editor would believe it lists something. True when it is empty.
    /// </summary>
    public static bool IsEmpty(Quoted name, List<ListingDiagnostic> diagnostics)
    {
        if (TextFolding.NameKey(name.Value).Length > 0)
            return false;
        diagnostics.Add(BindingDiagnostics.EmptyName(name.Span));
        return true;
    }

    private static string Mark(int mark) => "(" + mark.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
}
