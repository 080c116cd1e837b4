using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Listings.Compiler.Model;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;
using Listings.Runtime;

namespace Listings.Compiler.Binding;

/// <summary>
/// Turns the parsed files of a listing set into the consolidated model: resolves lists, acts and
/// marks, applies each annex's inclusion rules and each entry's own extensions, resolves exceptions
/// and hand-offs between lists, applies amending acts in date order, and attaches derogations.
/// Files are taken in ordinal order of their paths, so the model does not depend on the order the
/// build hands them over.
/// </summary>
public sealed class ListingBinder
{
    private readonly List<ListingDiagnostic> _diagnostics = new();
    private readonly Dictionary<string, ListSyntax> _lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ActSyntax Syntax, ActModel Model)> _acts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AnnexModel> _annexes = new(StringComparer.Ordinal);
    private readonly List<EntryModel> _entries = new();
    private readonly List<AuthorisationModel> _authorisations = new();

    private ListingBinder()
    {
    }

    public static BindResult Bind(IEnumerable<ListingDocument> documents)
    {
        var binder = new ListingBinder();
        var ordered = documents.OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        return binder.Run(ordered);
    }

    private BindResult Run(IReadOnlyList<ListingDocument> documents)
    {
        foreach (var list in documents.SelectMany(d => d.Lists))
            _lists[list.Id] = list;
        foreach (var act in documents.SelectMany(d => d.Acts))
            DeclareAct(act);
        foreach (var annex in documents.SelectMany(d => d.Annexes))
            DeclareAnnex(annex);
        foreach (var annex in documents.SelectMany(d => d.Annexes))
            BindAnnexEntries(annex);

        // Amendments apply in the order they came into force; ties keep file order.
        var amendments = documents.SelectMany(d => d.Amendments)
            .Select((amendment, index) => (amendment, index, date: AmendmentDate(amendment)))
            .OrderBy(a => a.date.Date)
            .ThenBy(a => a.index)
            .ToList();
        foreach (var (amendment, _, date) in amendments)
            ApplyAmendment(amendment, date);

        foreach (var derogation in documents.SelectMany(d => d.Derogations))
            BindDerogation(derogation);

        var entries = ResolveHandOffs(_entries);
        var counterIons = SubstanceNaming.DefaultCounterIons
            .Concat(documents.SelectMany(d => d.CounterIons).SelectMany(c => c.Names).Select(n => n.Value))
            .Select(TextFolding.NameKey)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(c => c, StringComparer.Ordinal);

        var model = new ListingModel(
            _acts.Values.Select(a => a.Model).OrderBy(a => a.Key, StringComparer.Ordinal).ToEquatableArray(),
            _annexes.Values.OrderBy(a => a.ListId, StringComparer.Ordinal).ThenBy(a => AnnexOrder(a.AnnexId)).ThenBy(a => a.AnnexId, StringComparer.Ordinal).ToEquatableArray(),
            entries.ToEquatableArray(),
            _authorisations.ToEquatableArray(),
            counterIons.ToEquatableArray(),
            SubstanceNaming.DefaultIsomerPrefixes.Select(TextFolding.NameKey).ToEquatableArray());
        return new BindResult(model, _diagnostics.ToEquatableArray());
    }

    // ---- acts ------------------------------------------------------------------------------

    private static string ActKey(string? list, ActRef act) => ActModel.KeyOf(list, act);

    private void DeclareAct(ActSyntax act)
    {
        var key = ActKey(act.NumberingList, act.Id);
        if (_acts.TryGetValue(key, out var earlier))
            _diagnostics.Add(BindingDiagnostics.DuplicateAct(act.Id.Span, act.Id.ToString(), earlier.Syntax.Span));
        var (inForce, assumed) = EntryIntoForce.Of(act);
        var model = new ActModel(key, act.Id.ToString(), act.NumberingList, act.Kind, act.Title.Value, act.Signed.Iso,
            act.Published is { IsKnown: true } published ? published.Iso : null, inForce, assumed, ModelLocation.Of(act.Span));
        _acts[key] = (act, model);
    }

    private ActModel? ResolveAct(string? list, ActRef act)
    {
        if (_acts.TryGetValue(ActKey(list, act), out var found))
            return found.Model;
        // An identifier names an act whatever list it belongs to.
        return act.Mark is null && _acts.TryGetValue(act.Identifier!, out found) ? found.Model : null;
    }

    private ActModel? Founder(string list) =>
        _lists.TryGetValue(list, out var syntax) && syntax.FoundedBy is { } founder ? ResolveAct(list, founder) : null;

    // ---- annexes and their entries -------------------------------------------------------------

    private void DeclareAnnex(AnnexSyntax annex)
    {
        if (!_lists.ContainsKey(annex.ListId))
            _diagnostics.Add(BindingDiagnostics.UnknownList(annex.Span, annex.ListId));
        var forms = FormFlags.None;
        foreach (var rule in annex.Rules)
            forms |= RuleForms(rule);
        var model = new AnnexModel(annex.ListId, annex.Id, forms, annex.AsterisksUnknown is not null, ModelLocation.Of(annex.Span));
        _annexes[model.Key] = model;
    }

    /// <summary>What one line of an annex preamble brings in.</summary>
    private static FormFlags RuleForms(InclusionRuleSyntax rule) => rule.Kind switch
    {
        RuleKind.Isomers => FormFlags.Isomers,
        RuleKind.StereoIsomers => FormFlags.StereoIsomers,
        RuleKind.EstersAndEthers => FormFlags.Esters | FormFlags.Ethers
            | (rule.UnlessListedInAnotherAnnex ? FormFlags.DerivativesYieldToOtherAnnex : FormFlags.None),
        RuleKind.Salts => FormFlags.Salts,
        RuleKind.Preparations => rule.Preparations == PreparationScope.OnlyNamed ? FormFlags.NamedPreparationsOnly : FormFlags.Preparations,
        _ => FormFlags.None,
    };

    private static FormFlags ExtensionForms(ExtensionSyntax? extension)
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
        return forms;
    }

    private void BindAnnexEntries(AnnexSyntax annex)
    {
        var annexModel = _annexes[annex.ListId + "/" + annex.Id];
        foreach (var section in annex.Sections)
        {
            var groupForms = section.Header is GroupSyntax group ? ExtensionForms(group.Extension) : FormFlags.None;
            var groupMarks = section.Header is GroupSyntax g ? g.Marks : EquatableArray<int>.Empty;
            foreach (var entry in section.Entries)
            {
                var inscription = Inscription(annex.ListId, entry.Marks.IsEmpty ? groupMarks : entry.Marks);
                AddEntry(BindEntry(entry, annexModel, groupForms, inscription, EntryModel.Forever));
            }
        }
    }

    /// <summary>
    /// The act that inscribed an entry: its first mark, else the list's founding act. A mark that
    /// names no declared act is left to the analyzers to report; the entry is then dated from the
    /// founding act, the only date the listing gives.
    /// </summary>
    private ActModel? Inscription(string list, EquatableArray<int> marks)
    {
        foreach (var mark in marks)
            if (ResolveAct(list, new ActRef(mark, null, null!)) is { } act)
                return act;
        return Founder(list);
    }

    private EntryModel BindEntry(EntrySyntax entry, AnnexModel annex, FormFlags extraForms, ActModel? inscription, int to)
    {
        var forms = annex.Forms | extraForms;
        foreach (var clause in entry.Clauses.OfType<ExtensionClause>())
            forms |= ExtensionForms(clause.Extension);
        if (entry.Asterisk)
            forms |= FormFlags.Asterisk;
        else if (annex.AsterisksUnknown)
            forms |= FormFlags.AsteriskUnknown;

        var acts = new List<string>();
        if (inscription is not null)
            acts.Add(inscription.Key);
        foreach (var modified in entry.Clauses.OfType<ModifiedByClause>())
            if (ResolveAct(annex.ListId, new ActRef(modified.Mark, null, null!)) is { } act && !acts.Contains(act.Key))
                acts.Add(act.Key);

        var names = new List<EntryNameModel>();
        var preparationRoute = PreparationRoute.Any;
        string? preparationSubstance = null;
        string title;
        switch (entry)
        {
            case SubstanceEntrySyntax substance:
                title = substance.Name.Value;
                AddName(names, substance.Name, NameRole.Name);
                foreach (var alias in substance.Aliases)
                    AddName(names, alias.Name, NameRole.Alias);
                foreach (var coListed in substance.CoListed)
                    AddName(names, coListed, NameRole.Name);
                foreach (var sic in entry.Clauses.OfType<SicClause>())
                    names.Add(new EntryNameModel(sic.Text.Value, NameRole.Alias));
                names.AddRange(CitedNames.Of(entry.Clauses, title));
                break;
            case PreparationEntrySyntax preparation:
                preparationRoute = Route(preparation.Route);
                preparationSubstance = TextFolding.NameKey(preparation.Substance.Value);
                title = "préparations " + RouteText(preparationRoute) + " renfermant " + preparation.Substance.Value
                    + (preparation.WithSalts ? " ou ses sels" : "");
                break;
            default:
                title = entry.Title.Value;
                break;
        }

        var exceptions = new List<ExceptionModel>();
        foreach (var clause in entry.Clauses)
        {
            switch (clause)
            {
                case ExceptionClause { Exception: var exception } exceptionClause:
                    exceptions.Add(BindException(exception) with { Span = exceptionClause.Span });
                    if (exception is IsomerExceptionSyntax isomer)
                        names.Add(new EntryNameModel(isomer.Name.Value, NameRole.ExceptedIsomer));
                    break;
                case OtherThanClause otherThan:
                    exceptions.Add(new ExceptionModel(ExceptionKind.OtherThan, "autres que " + otherThan.Name.Value,
                        PreparationRoute.Any, TextFolding.NameKey(otherThan.Name.Value), EquatableArray<AmountModel>.Empty, null)
                        { Span = otherThan.Span });
                    break;
            }
        }

        return new EntryModel(
            ModelLocation.Of(entry.Span).ToString(), annex.ListId, annex.AnnexId, title, names.ToEquatableArray(), forms,
            exceptions.ToEquatableArray(), acts.ToEquatableArray(), inscription?.InForce ?? 0, to,
            ModelLocation.Of(entry.Span), preparationRoute, preparationSubstance) { Span = entry.Span };
    }

    private static void AddName(List<EntryNameModel> names, Quoted name, NameRole role)
    {
        names.Add(new EntryNameModel(name.Value, role) { Span = name.Span });
        foreach (var inverted in SubstanceNaming.InvertedForms(name.Value))
            names.Add(new EntryNameModel(inverted, role));
    }

    private static PreparationRoute Route(Grammar.Syntax.Route route) => route switch
    {
        Grammar.Syntax.Route.Injectable => PreparationRoute.Injectable,
        Grammar.Syntax.Route.OtherThanInjectable => PreparationRoute.OtherThanInjectable,
        _ => PreparationRoute.Oral,
    };

    private static string RouteText(PreparationRoute route) => route switch
    {
        PreparationRoute.Injectable => "injectables",
        PreparationRoute.OtherThanInjectable => "autres qu'injectables",
        PreparationRoute.Oral => "orales",
        _ => "",
    };

    private ExceptionModel BindException(ExceptionSyntax exception)
    {
        switch (exception)
        {
            case IsomerExceptionSyntax isomer:
                var qualifier = isomer.Qualifier is null ? "" : " " + isomer.Qualifier;
                return new ExceptionModel(ExceptionKind.Isomer, "son isomère" + qualifier + " ou " + isomer.Name.Value,
                    PreparationRoute.Any, TextFolding.NameKey(isomer.Name.Value), EquatableArray<AmountModel>.Empty, null);
            case DerivativeExceptionSyntax derivative:
                return new ExceptionModel(ExceptionKind.DerivativesListedElsewhere,
                    (derivative.Kind == FormKind.Esters ? "les esters" : "les éthers") + " nommément mentionnés à l'annexe " + derivative.AnnexId,
                    PreparationRoute.Any, null, EquatableArray<AmountModel>.Empty, null);
            case PreparationExceptionSyntax preparation:
                var route = preparation.Route is { } r ? Route(r) : preparation.Tablets ? PreparationRoute.Tablets : PreparationRoute.Any;
                var amounts = new List<AmountModel>();
                foreach (var amount in preparation.PerUnit)
                {
                    if (Milligrams(amount.Quantity) is { } mg)
                        amounts.Add(new AmountModel(TextFolding.NameKey(amount.Substance.Value), Bound(amount.Bound), mg));
                    else
                    {
                        // Kept, as a condition nothing satisfies: an exception that cannot be checked must
                        // not exempt every preparation.
                        _diagnostics.Add(BindingDiagnostics.UnsupportedAmount(amount.Quantity.Span, amount.Quantity.Text));
                        amounts.Add(new AmountModel(TextFolding.NameKey(amount.Substance.Value), AmountBound.Unreadable, 0m));
                    }
                }
                var kind = preparation.External is not null ? ExceptionKind.External : ExceptionKind.Preparation;
                return new ExceptionModel(kind, PreparationText(preparation, route), route, null, amounts.ToEquatableArray(), null)
                {
                    Conditional = !preparation.PerUnit.IsEmpty,
                };
            default:
                return new ExceptionModel(ExceptionKind.Preparation, "", PreparationRoute.Any, null, EquatableArray<AmountModel>.Empty, null);
        }
    }

    private static AmountBound Bound(Grammar.Syntax.Bound bound) => bound switch
    {
        Grammar.Syntax.Bound.AtMost => AmountBound.AtMost,
        Grammar.Syntax.Bound.AtLeast => AmountBound.AtLeast,
        _ => AmountBound.Exactly,
    };

    private static decimal? Milligrams(Quantity quantity)
    {
        try
        {
            return quantity.Unit switch
            {
                "µg" => quantity.Value / 1000m,
                "mg" => quantity.Value,
                "g" => quantity.Value * 1000m,
                "kg" => quantity.Value * 1000000m,
                _ => null,
            };
        }
        catch (OverflowException)
        {
            // More milligrams than a decimal holds: not a quantity a preparation can contain.
            return null;
        }
    }

    /// <summary>The exception in words, for answers and reports: "préparations orales renfermant par unité au plus 2,5 mg de …".</summary>
    private static string PreparationText(PreparationExceptionSyntax preparation, PreparationRoute route)
    {
        var parts = new List<string> { preparation.Tablets ? "préparation" : "préparations" };
        if (route is not (PreparationRoute.Any or PreparationRoute.Tablets))
            parts.Add(RouteText(route));
        if (preparation.Tablets)
            parts.Add("en comprimés");
        if (!preparation.PerUnit.IsEmpty)
        {
            parts.Add("renfermant par " + preparation.PerUnitBasis);
            parts.Add(string.Join(" et ", preparation.PerUnit.Select(a =>
                (a.Bound == Grammar.Syntax.Bound.AtMost ? "au plus " : a.Bound == Grammar.Syntax.Bound.AtLeast ? "au moins " : "")
                + a.Quantity.Text + " de " + a.Substance.Value + (a.AsBase ? " en base" : ""))));
        }
        if (preparation.External is { } external)
            parts.Add(external.ListName is { } list ? "relevant de la liste externe « " + list.Value + " »" : "relevant d'un autre classement");
        return string.Join(" ", parts);
    }

    // ---- amendments --------------------------------------------------------------------------

    private (int Date, ActModel? Act) AmendmentDate(AmendmentSyntax amendment)
    {
        var list = amendment.Operations.Select(TargetList).FirstOrDefault(l => l is not null);
        var act = ResolveAct(list, amendment.Act);
        if (amendment.InForce is { IsKnown: true } date)
            return (EntryIntoForce.ToInt(date), act);
        return (act?.InForce ?? 0, act);
    }

    private static string? TargetList(AmendmentOperationSyntax operation) => operation switch
    {
        AdditionSyntax a => a.Target.ListId,
        RemovalSyntax r => r.From.ListId,
        TransferSyntax t => t.From.ListId,
        ModificationSyntax m => m.Target.ListId,
        _ => null,
    };

    private void ApplyAmendment(AmendmentSyntax amendment, (int Date, ActModel? Act) when)
    {
        if (when.Act is null)
        {
            _diagnostics.Add(BindingDiagnostics.UnknownAct(amendment.Act.Span, amendment.Act.ToString()));
            return;
        }
        var date = when.Date;
        foreach (var operation in amendment.Operations)
        {
            switch (operation)
            {
                case AdditionSyntax addition:
                    var annex = AnnexFor(addition.Target);
                    foreach (var entry in addition.Entries)
                        AddEntry(BindEntry(entry, annex, FormFlags.None, when.Act, EntryModel.Forever) with { AddedBy = when.Act.Key });
                    break;
                case RemovalSyntax removal:
                    if (Close(removal.Name, removal.From, date, when.Act.Key) is null)
                        _diagnostics.Add(BindingDiagnostics.UnknownEntry(removal.Name.Span, removal.Name.Value, removal.From.ToString()));
                    break;
                case TransferSyntax transfer:
                    if (Close(transfer.Name, transfer.From, date, when.Act.Key) is { } moved)
                    {
                        var target = AnnexFor(transfer.To);
                        var forms = (moved.Forms & (FormFlags.Asterisk | FormFlags.InjectablePreparations)) | target.Forms;
                        AddEntry(moved with
                        {
                            ListId = target.ListId, AnnexId = target.AnnexId, Forms = forms, From = date, To = EntryModel.Forever,
                            ActKeys = moved.ActKeys.Concat(new[] { when.Act.Key }).Distinct().ToEquatableArray(),
                        });
                    }
                    else
                        _diagnostics.Add(BindingDiagnostics.UnknownEntry(transfer.Name.Span, transfer.Name.Value, transfer.From.ToString()));
                    break;
                case ModificationSyntax modification:
                    if (Close(modification.Name, modification.Target, date, when.Act.Key) is { } changed)
                    {
                        var extra = modification.Clauses.OfType<ExceptionClause>().Select(c => BindException(c.Exception) with { Span = c.Span });
                        var forms = changed.Forms;
                        foreach (var clause in modification.Clauses.OfType<ExtensionClause>())
                            forms |= ExtensionForms(clause.Extension);
                        AddEntry(changed with
                        {
                            Forms = forms, From = date, To = EntryModel.Forever,
                            Names = changed.Names.Concat(CitedNames.Of(modification.Clauses, changed.Title)).ToEquatableArray(),
                            Exceptions = changed.Exceptions.Concat(extra).ToEquatableArray(),
                            ActKeys = changed.ActKeys.Concat(new[] { when.Act.Key }).Distinct().ToEquatableArray(),
                        });
                    }
                    else
                        _diagnostics.Add(BindingDiagnostics.UnknownEntry(modification.Name.Span, modification.Name.Value, modification.Target.ToString()));
                    break;
            }
        }
    }

    private AnnexModel AnnexFor(ListRefSyntax target)
    {
        if (!_lists.ContainsKey(target.ListId))
            _diagnostics.Add(BindingDiagnostics.UnknownList(target.Span, target.ListId));
        var id = target.AnnexId ?? "inconnue";
        var key = target.ListId + "/" + id;
        if (!_annexes.TryGetValue(key, out var annex))
        {
            // An annex the acts do not state (the HHC decision's): no preamble rules are known for it.
            annex = new AnnexModel(target.ListId, id, FormFlags.None, false, null);
            _annexes[key] = annex;
        }
        return annex;
    }

    // Entry versions by list, annex and the key of each name or alias: amendments and derogations find
    // their entry in one lookup, not by scanning every entry (quadratic on large listings).
    private readonly Dictionary<string, List<int>> _byName = new(StringComparer.Ordinal);

    private static string NameSlot(string list, string annex, string key) => list + "\n" + annex + "\n" + key;

    private void AddEntry(EntryModel entry)
    {
        var index = _entries.Count;
        _entries.Add(entry);
        foreach (var name in entry.Names)
        {
            if (name.Role is not (NameRole.Name or NameRole.Alias))
                continue;
            var slot = NameSlot(entry.ListId, entry.AnnexId, TextFolding.NameKey(name.Text));
            if (!_byName.TryGetValue(slot, out var indices))
                _byName[slot] = indices = new List<int>();
            if (indices.Count == 0 || indices[indices.Count - 1] != index)
                indices.Add(index);
        }
    }

    /// <summary>Ends the version of the named entry in force at <paramref name="date"/>, by <paramref name="act"/>; returns it.</summary>
    private EntryModel? Close(Quoted name, ListRefSyntax where, int date, string act)
    {
        var slot = NameSlot(where.ListId, where.AnnexId ?? "inconnue", TextFolding.NameKey(name.Value));
        if (!_byName.TryGetValue(slot, out var indices))
            return null;
        foreach (var i in indices)
        {
            var entry = _entries[i];
            if (entry.From > date || entry.To <= date)
                continue;
            _entries[i] = entry with { To = date, ClosedBy = act };
            return entry;
        }
        return null;
    }

    // ---- derogations and hand-offs ---------------------------------------------------------------

    private void BindDerogation(DerogationSyntax derogation)
    {
        var act = ResolveAct(derogation.Target.ListId, derogation.Act);
        if (act is null)
        {
            _diagnostics.Add(BindingDiagnostics.UnknownAct(derogation.Act.Span, derogation.Act.ToString()));
            return;
        }
        var slot = NameSlot(derogation.Target.ListId, derogation.Target.AnnexId ?? "inconnue", TextFolding.NameKey(derogation.Substance.Value));
        var index = _byName.TryGetValue(slot, out var indices) && indices.Count > 0 ? indices[indices.Count - 1] : -1;
        var target = index >= 0 ? _entries[index] : null;
        if (target is null)
        {
            _diagnostics.Add(BindingDiagnostics.UnknownEntry(derogation.Substance.Span, derogation.Substance.Value, derogation.Target.ToString()));
            return;
        }
        foreach (var authorisation in derogation.Authorisations)
        {
            var maxPercent = -1m;
            var catalogue = false;
            var readable = true;
            foreach (var condition in authorisation.Conditions)
            {
                if (condition is ContentConditionSyntax { Bound: Grammar.Syntax.Bound.AtMost, Threshold.Unit: "%" } content
                    && content.Tolerance is null or { Unit: "%" })
                    maxPercent = content.Threshold.Value + (content.Tolerance?.Value ?? 0m);
                else if (condition is CatalogueConditionSyntax)
                    catalogue = true;
                else
                {
                    readable = false;
                    _diagnostics.Add(BindingDiagnostics.UnsupportedCondition(condition.Span));
                }
            }
            // A derogation whose condition cannot be checked is not applied: exempting without the
            // condition would authorise more than the act does.
            if (!readable)
                continue;
            var text = "dérogation (" + act.Label + ") : " + authorisation.Subject.Value + ConditionsText(authorisation);
            var model = new AuthorisationModel(target.Id, act.Key, act.InForce, text,
                TextFolding.NameKey(authorisation.Subject.Value), maxPercent, catalogue);
            _authorisations.Add(model);
            foreach (var other in CitedNames.OtherSubjects(authorisation))
                _authorisations.Add(model with { SubjectKey = TextFolding.NameKey(other) });
        }
        // The subject of each authorisation is also a name of the entry: asking about
        // "extraits de chanvre" is asking about cannabis under that derogation.
        var names = target.Names.Concat(derogation.Authorisations.Select(a => new EntryNameModel(a.Subject.Value, NameRole.DerogationSubject)))
            .Concat(derogation.Authorisations.SelectMany(CitedNames.Of));
        _entries[index] = target with { Names = names.ToEquatableArray() };
    }

    private static string ConditionsText(AuthorisationSyntax authorisation)
    {
        var parts = authorisation.Conditions.Select(c => c switch
        {
            ContentConditionSyntax content => "teneur en " + content.Substance.Value
                + (content.Bound == Grammar.Syntax.Bound.AtMost ? " au plus " : " au moins ") + content.Threshold.Text
                + (content.Tolerance is { } tolerance ? " (résultat affecté d'une tolérance de " + tolerance.Text + ")" : ""),
            CatalogueConditionSyntax catalogue => "variété inscrite au " + string.Join(" ou au ", catalogue.Catalogues.Select(k => k.Value)),
            _ => "",
        });
        var text = string.Join(" et ", parts);
        return text.Length == 0 ? "" : ", si " + text;
    }

    /// <summary>
    /// Links each preparation exception to the entry of another list that lists those preparations:
    /// the same substance (by any of the excepting entry's names) and the same route.
    /// </summary>
    private static List<EntryModel> ResolveHandOffs(List<EntryModel> entries)
    {
        var receivers = entries.Where(e => e.IsPreparation).ToList();
        if (receivers.Count == 0)
            return entries;
        var result = new List<EntryModel>(entries.Count);
        foreach (var entry in entries)
        {
            if (entry.IsPreparation || !entry.Exceptions.Any(x => x.Kind == ExceptionKind.Preparation && x.Route is not (PreparationRoute.Any or PreparationRoute.Tablets)))
            {
                result.Add(entry);
                continue;
            }
            var keys = new HashSet<string>(entry.Names.Where(n => n.Role is NameRole.Name or NameRole.Alias).Select(n => TextFolding.NameKey(n.Text)), StringComparer.Ordinal);
            var exceptions = entry.Exceptions.Select(x =>
            {
                if (x.Kind != ExceptionKind.Preparation || x.Route is PreparationRoute.Any or PreparationRoute.Tablets)
                    return x;
                var receiver = receivers.FirstOrDefault(r => r.ListId != entry.ListId && r.PreparationRoute == x.Route
                    && keys.Contains(r.PreparationSubstanceKey!));
                return receiver is null ? x : x with { HandOffEntryId = receiver.Id };
            });
            result.Add(entry with { Exceptions = exceptions.ToEquatableArray() });
        }
        return result;
    }

    private static int AnnexOrder(string id) => id switch
    {
        "I" or "1" => 1,
        "II" or "2" => 2,
        "III" or "3" => 3,
        "IV" or "4" => 4,
        _ => 99,
    };
}
