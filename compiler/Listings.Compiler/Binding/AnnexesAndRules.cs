using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Model;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;
using Listings.Runtime;

namespace Listings.Compiler.Binding;

/// <summary>
/// The second pass: the annexes (or parts) of each list and what their preambles bring in. An annex
/// is declared once, with its preamble; another file may open it again, but only to add entries, so
/// its rules never depend on which file is read first (LST1007). A list with no annex is reported
/// (LST1012). A rule an amending act added to a preamble (its mark) applies from that act's day
/// (<see cref="AnnexModel.DatedRules"/>, applied by <see cref="AmendmentTimeline.DateRules"/>). An
/// asterisk where no rule asks for one has no effect, and is reported (LST1016). Statements name
/// annexes through <see cref="Find"/>, which reports an unknown list (LST1001) or an undeclared annex
/// (LST1009); <c>annexe inconnue</c> names the annex an act does not state.
/// </summary>
public sealed class AnnexesAndRules
{
    private readonly Dictionary<string, AnnexModel> _annexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceSpan> _declarations = new(StringComparer.Ordinal);
    private readonly ActsAndLists _declared;

    private AnnexesAndRules(ActsAndLists declared) => _declared = declared;

    /// <summary>Every annex, declared or unknown, by list, then annex number.</summary>
    public IEnumerable<AnnexModel> All => _annexes.Values
        .OrderBy(a => a.ListId, StringComparer.Ordinal).ThenBy(a => Order(a.AnnexId)).ThenBy(a => a.AnnexId, StringComparer.Ordinal);

    public AnnexModel this[string listId, string annexId] => _annexes[AnnexModel.KeyOf(listId, annexId)];

    public static AnnexesAndRules Declare(IReadOnlyList<ListingDocument> documents, ActsAndLists declared, BindingFacts facts, List<ListingDiagnostic> diagnostics)
    {
        var annexes = new AnnexesAndRules(declared);
        foreach (var openings in documents.SelectMany(d => d.Annexes).GroupBy(a => AnnexModel.KeyOf(a.ListId, a.Id), StringComparer.Ordinal))
        {
            var all = openings.ToList();
            if (!declared.IsList(all[0].ListId))
                foreach (var opening in all)
                    diagnostics.Add(BindingDiagnostics.UnknownList(opening.Span, opening.ListId));
            // The declaration is the opening with the preamble. Two preambles are reported on each
            // side; the annex then has the rules of both, so that no file order picks one.
            var preambles = all.Where(HasPreamble).ToList();
            if (preambles.Count > 1)
                foreach (var opening in preambles)
                    diagnostics.Add(BindingDiagnostics.SecondPreamble(PreambleSpan(opening), FrenchWording.Annex(opening.Kind, opening.Id), opening.ListId,
                        ActsAndLists.Others(preambles.Select(PreambleSpan), PreambleSpan(opening))));
            var declaration = preambles.Count > 0 ? preambles[0] : all[0];
            var kind = preambles.Count == 1 ? declaration.Kind : all.Min(o => o.Kind);
            if (all.Any(o => o.Kind != kind))
                foreach (var opening in all.Where(o => o.Kind != kind))
                    diagnostics.Add(BindingDiagnostics.ReopenedUnderAnotherName(opening.Span, FrenchWording.Annex(opening.Kind, opening.Id), opening.ListId,
                        FrenchWording.Annex(kind, opening.Id), ActsAndLists.Others(all.Where(o => o.Kind == kind).Select(o => o.Span), opening.Span)));
            var fromTheStart = FormFlags.None;
            var dated = new List<DatedRule>();
            foreach (var rule in preambles.SelectMany(p => p.Rules))
            {
                // A rule an amending act added to the preamble ("… pour les substances précédées d'un
                // astérisque (13)") applies from that act's day; a mark that names no act leaves it undated.
                var since = rule.Marks.IsEmpty ? null : declared.Resolve(declaration.ListId, rule.Marks[0]);
                if (!rule.Marks.IsEmpty && since is null)
                    facts.UnresolvedMarks.Add(new UnresolvedMark(rule.Span, "(" + rule.Marks[0].ToString(System.Globalization.CultureInfo.InvariantCulture) + ")",
                        declaration.ListId, MarkCitation.Rule, FrenchWording.Annex(kind, declaration.Id)));
                if (since is not null && since.InForce.IsKnown && since.Key != declared.Founder(declaration.ListId)?.Key)
                    dated.Add(new DatedRule(Forms(rule), since.InForce) { ActKey = since.Key });
                else
                    fromTheStart |= Forms(rule);
            }
            var forms = dated.Aggregate(fromTheStart, (all, rule) => all | rule.Forms);
            // "leurs sels" after a rule of isomers or stereo-isomers, where annexes I and II name "les sels
            // … de leurs isomères": whether the salts of the isomers are meant, the preamble does not say.
            if ((forms & (FormFlags.Isomers | FormFlags.StereoIsomers)) != 0 && (forms & FormFlags.SaltsOfIsomers) == 0
                && preambles.SelectMany(p => p.Rules).Any(r => r.Kind == RuleKind.Salts && r.SaltsOf.IsEmpty))
            {
                fromTheStart |= FormFlags.SaltsOfIsomersUnstated;
                forms |= FormFlags.SaltsOfIsomersUnstated;
            }
            CheckAsterisks(all, forms, diagnostics);
            annexes._annexes[openings.Key] = new AnnexModel(declaration.ListId, declaration.Id, kind,
                forms, preambles.Any(p => p.AsterisksUnknown is not null), ModelLocation.Of(declaration.Span))
            {
                FormsFromTheStart = fromTheStart,
                DatedRules = dated.OrderBy(r => r.From.Value).ThenBy(r => (int)r.Forms).ToEquatableArray(),
            };
            annexes._declarations[openings.Key] = declaration.Span;
        }
        foreach (var list in declared.Lists)
            if (!annexes._annexes.Values.Any(a => a.ListId == list.Id))
                diagnostics.Add(BindingDiagnostics.ListWithoutAnnex(list.Span, list.Id));
        return annexes;
    }

    private static bool HasPreamble(AnnexSyntax annex) => !annex.Rules.IsEmpty || annex.AsterisksUnknown is not null;

    private static SourceSpan PreambleSpan(AnnexSyntax annex) =>
        !annex.Rules.IsEmpty ? annex.Rules[0].Span : annex.AsterisksUnknown!.Span;

    /// <summary>What one rule of a preamble brings in.</summary>
    private static FormFlags Forms(InclusionRuleSyntax rule) =>
            rule.Kind switch
            {
                RuleKind.Isomers => FormFlags.Isomers,
                // "pour les substances précédées d'un astérisque": only the entries marked '*' (or whose
                // mark is lost); without those words, every entry of the annex.
                RuleKind.StereoIsomers => rule.OnlyEntriesWithAsterisk ? FormFlags.StereoIsomers : FormFlags.StereoIsomers | FormFlags.Asterisk,
                RuleKind.EstersAndEthers => FormFlags.Esters | FormFlags.Ethers
                    | (rule.UnlessListedInAnotherAnnex ? FormFlags.DerivativesYieldToOtherAnnex : FormFlags.None),
                RuleKind.Salts => SaltForms(rule),
                RuleKind.Preparations => rule.Preparations == PreparationScope.OnlyNamed ? FormFlags.NamedPreparationsOnly : FormFlags.Preparations,
                _ => FormFlags.None,
            };

    /// <summary>An asterisk decides something only where a rule includes the stereo-isomers of the marked entries alone.</summary>
    private static void CheckAsterisks(IEnumerable<AnnexSyntax> openings, FormFlags forms, List<ListingDiagnostic> diagnostics)
    {
        if ((forms & (FormFlags.StereoIsomers | FormFlags.Asterisk)) == FormFlags.StereoIsomers)
            return;
        const string Why = "no rule of this annex includes stereo-isomers 'pour les substances précédées d'un astérisque'";
        foreach (var opening in openings)
        {
            if (opening.AsterisksUnknown is { } lost)
                diagnostics.Add(BindingDiagnostics.NoEffect(lost.Span, "'astérisques inconnus' has no effect: " + Why));
            foreach (var entry in opening.Sections.SelectMany(s => s.Entries).Where(e => e.Asterisk))
                diagnostics.Add(BindingDiagnostics.NoEffect(entry.Span, "the asterisk has no effect: " + Why));
        }
    }

    /// <summary>"les sels des substances, isomères, esters et éthers": whose salts the annex includes.</summary>
    private static FormFlags SaltForms(InclusionRuleSyntax rule)
    {
        if (rule.SaltsOf.IsEmpty)
            return FormFlags.Salts;
        var forms = FormFlags.None;
        foreach (var of in rule.SaltsOf)
            forms |= of switch
            {
                SaltBase.Substances => FormFlags.Salts,
                SaltBase.Isomers => FormFlags.SaltsOfIsomers,
                SaltBase.Esters => FormFlags.SaltsOfEsters,
                _ => FormFlags.SaltsOfEthers,
            };
        return forms;
    }

    /// <summary>
    /// The annex a statement names, or null (reported) when its list or the annex is not declared. An
    /// annex the act does not state (<c>annexe inconnue</c>) is created on first use, with no rules.
    /// </summary>
    public AnnexModel? Find(ListRefSyntax target, List<ListingDiagnostic> diagnostics)
    {
        if (!_declared.IsList(target.ListId))
        {
            diagnostics.Add(BindingDiagnostics.UnknownList(target.Span, target.ListId));
            return null;
        }
        var id = target.AnnexId ?? AnnexModel.UnknownId;
        var key = AnnexModel.KeyOf(target.ListId, id);
        if (_annexes.TryGetValue(key, out var annex))
        {
            if (annex.Kind != target.Kind && _declarations.TryGetValue(key, out var declaration))
                diagnostics.Add(BindingDiagnostics.AnnexNamedOtherwise(target.Span, FrenchWording.Annex(target.Kind, target.AnnexId), target.ListId,
                    annex.Label, declaration));
            return annex;
        }
        if (target.AnnexId is null)
        {
            // An annex the acts do not state (the HHC decision's): no preamble rules are known for it.
            annex = new AnnexModel(target.ListId, id, target.Kind, FormFlags.None, false, null);
            _annexes[key] = annex;
            return annex;
        }
        diagnostics.Add(BindingDiagnostics.UnknownAnnex(target.Span, FrenchWording.Annex(target.Kind, target.AnnexId), target.ListId,
            _annexes.Values.Where(a => a.ListId == target.ListId && a.Location is not null).Select(a => a.Label).OrderBy(l => l, StringComparer.Ordinal)));
        return null;
    }

    private static int Order(string id) => id switch
    {
        "I" or "1" => 1,
        "II" or "2" => 2,
        "III" or "3" => 3,
        "IV" or "4" => 4,
        _ => 99,
    };
}
