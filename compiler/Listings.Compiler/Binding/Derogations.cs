using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Model;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;
using Listings.Runtime;

namespace Listings.Compiler.Binding;

/// <summary>
/// The derogations pass: what each <c>autorise</c> exempts from an entry, and on which conditions. An
/// authorisation applies only under conditions the classifiers can check: one with no condition
/// (LST1010) or with a condition they cannot check (LST1006) is reported and not applied, since
/// exempting without its condition would authorise more than the act does.
/// </summary>
public static class Derogations
{
    public static List<AuthorisationModel> Bind(IReadOnlyList<ListingDocument> documents, ActsAndLists declared, AnnexesAndRules annexes,
        EntryVersions versions, List<ListingDiagnostic> diagnostics)
    {
        var authorisations = new List<AuthorisationModel>();
        foreach (var derogation in documents.SelectMany(d => d.Derogations))
        {
            if (annexes.Find(derogation.Target, diagnostics) is not { } annex)
                continue;
            if (declared.Resolve(annex.ListId, derogation.Act) is not { } act)
            {
                diagnostics.Add(BindingDiagnostics.UnknownAct(derogation.Act.Span, derogation.Act.ToString()));
                continue;
            }
            if (EntriesAndNames.IsEmpty(derogation.Substance, diagnostics))
                continue;
            // The entry's latest version: a derogation holds for the entry whatever amendments did to it.
            var index = versions.Latest(annex, derogation.Substance.Value);
            if (index < 0)
            {
                diagnostics.Add(BindingDiagnostics.UnknownEntry(derogation.Substance.Span, derogation.Substance.Value, annex.ListId + " " + annex.Label));
                continue;
            }
            var target = versions[index];
            var subjects = new List<EntryNameModel>();
            foreach (var authorisation in derogation.Authorisations)
            {
                if (EntriesAndNames.IsEmpty(authorisation.Subject, diagnostics))
                    continue;
                // The subject of each authorisation is also a name of the entry: asking about
                // "extraits de chanvre" is asking about cannabis under that derogation.
                subjects.Add(new EntryNameModel(authorisation.Subject.Value, NameRole.DerogationSubject));
                subjects.AddRange(CitedNames.Of(authorisation));
                if (Authorise(authorisation, target, act, diagnostics) is { } authorised)
                {
                    var applied = derogation.Notes.FirstOrDefault(n => n.Kind == NoteKind.Reading) is { } reading
                        ? authorised with
                        {
                            Reading = reading.Content.Value,
                            ReadingWords = derogation.Notes.Where(n => n.Kind == NoteKind.Text).Select(n => n.Content.Value).ToEquatableArray(),
                        }
                        : authorised;
                    authorisations.Add(applied);
                    // What it authorises, asked under another of the names the act gives it.
                    foreach (var other in CitedNames.OtherSubjects(authorisation))
                        authorisations.Add(applied with { SubjectKey = TextFolding.NameKey(other) });
                }
            }
            versions.Replace(index, target with { Names = target.Names.Concat(subjects).ToEquatableArray() });
        }
        return authorisations;
    }

    private static AuthorisationModel? Authorise(AuthorisationSyntax authorisation, EntryModel target, ActModel act, List<ListingDiagnostic> diagnostics)
    {
        if (authorisation.Conditions.IsEmpty)
        {
            diagnostics.Add(BindingDiagnostics.UnconditionalAuthorisation(authorisation.Subject.Span, authorisation.Subject.Value));
            return null;
        }
        var maxPercent = -1m;
        var tolerance = -1m;
        var catalogue = false;
        var readable = true;
        foreach (var condition in authorisation.Conditions)
        {
            if (condition is ContentConditionSyntax { Bound: Bound.AtMost, Threshold.Unit: "%" } content)
            {
                maxPercent = content.Threshold.Value;
                if (content.Tolerance is { Unit: "%" } given)
                    tolerance = given.Value;
            }
            else if (condition is CatalogueConditionSyntax)
                catalogue = true;
            else
            {
                readable = false;
                diagnostics.Add(BindingDiagnostics.UnsupportedCondition(condition.Span));
            }
        }
        if (!readable)
            return null;
        var conditions = authorisation.Conditions.Select(c => c switch
        {
            ContentConditionSyntax content => FrenchWording.ContentCondition(content.Substance.Value, content.Bound, content.Threshold.Text, content.Tolerance?.Text),
            CatalogueConditionSyntax list => FrenchWording.CatalogueCondition(list.Catalogues.Select(k => k.Value)),
            _ => "",
        });
        return new AuthorisationModel(target.Id, act.Key, act.InForce, FrenchWording.Authorisation(act.Label, authorisation.Subject.Value, conditions),
            TextFolding.NameKey(authorisation.Subject.Value), maxPercent, catalogue) { TolerancePercent = tolerance };
    }
}
