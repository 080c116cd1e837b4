using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;

namespace Listings.Compiler.Analysis;

/// <summary>
/// Applies <c>accepte LSTnnnn "…"</c>: a finding inside a statement that accepts its id is still
/// reported, downgraded to info, marked <see cref="Accepted"/> and followed by its justification, so
/// that what the act really says stays visible without failing a build (the Roslyn analyzer reports
/// it suppressed, with that justification, whatever severity a .globalconfig gives the id). An acceptance that matched nothing is reported (LST2012),
/// so that a justification does not outlive what it justified.
/// </summary>
public static class Acceptances
{
    /// <summary>What an accepted finding's message carries before its justification.</summary>
    public const string Accepted = " — accepté : « ";

    public static bool IsAccepted(ListingDiagnostic finding) => finding.Message.Contains(Accepted);

    private sealed record Acceptance(string Id, SourceSpan Statement, NoteSyntax Note)
    {
        public bool Used { get; set; }
    }

    public static List<ListingDiagnostic> Apply(IReadOnlyList<ListingDocument> documents, List<ListingDiagnostic> findings)
    {
        var acceptances = documents.SelectMany(Collect).ToList();
        // By file and id, in statement order: a finding looks up the statement that contains it
        // instead of trying every acceptance (quadratic when every entry accepts its finding).
        var byFileAndId = acceptances
            .GroupBy(a => (a.Statement.Path, a.Id))
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.Statement.Offset).ToList());
        var kept = new List<ListingDiagnostic>();
        foreach (var finding in findings)
        {
            Acceptance? accepted = null;
            if (DiagnosticCatalogue.Find(finding.Id)?.IsAcceptable == true
                && byFileAndId.TryGetValue((finding.Span.Path, finding.Id), out var candidates))
            {
                // The last statement starting at or before the finding; statements do not nest.
                int low = 0, high = candidates.Count - 1, last = -1;
                while (low <= high)
                {
                    var middle = (low + high) >> 1;
                    if (candidates[middle].Statement.Offset <= finding.Span.Offset)
                    {
                        last = middle;
                        low = middle + 1;
                    }
                    else
                        high = middle - 1;
                }
                for (var i = last; i >= 0 && candidates[i].Statement.Offset == candidates[last].Statement.Offset; i--)
                {
                    if (!Contains(candidates[i].Statement, finding.Span))
                        continue;
                    candidates[i].Used = true;
                    accepted ??= candidates[i];
                }
            }
            kept.Add(accepted is null ? finding : finding with
            {
                Severity = DiagnosticSeverity.Info,
                Message = finding.Message + Accepted + accepted.Note.Content.Value + " »",
            });
        }
        foreach (var unused in acceptances.Where(a => !a.Used))
            kept.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.UnusedAcceptance, unused.Note.Span, DiagnosticCatalogue.Find(unused.Id)?.IsAcceptable == true
                ? $"this statement accepts {unused.Id}, but the analyzers report no {unused.Id} here: remove the acceptance, or correct where it stands"
                : $"{unused.Id} cannot be accepted: only the analyzers' findings ({DiagnosticCatalogue.AcceptableRange}) can; fix what {unused.Id} reports instead"));
        return kept;
    }

    private static bool Contains(SourceSpan statement, SourceSpan finding) =>
        string.Equals(statement.Path, finding.Path, StringComparison.Ordinal)
        && finding.Offset >= statement.Offset && finding.Offset < statement.Offset + Math.Max(1, statement.Length);

    private static IEnumerable<Acceptance> Collect(ListingDocument document)
    {
        foreach (var (span, notes) in Statements(document))
            foreach (var note in notes)
                if (note.Kind == NoteKind.Acceptance && note.DiagnosticId is { } id)
                    yield return new Acceptance(id, span, note);
    }

    /// <summary>Every statement of a document that can carry notes, with its notes (an entry's are among its clauses).</summary>
    internal static IEnumerable<(SourceSpan Span, IEnumerable<NoteSyntax> Notes)> Statements(ListingDocument document) =>
            document.Lists.Select(l => (l.Span, (IEnumerable<NoteSyntax>)l.Notes))
            .Concat(document.Acts.Select(a => (a.Span, (IEnumerable<NoteSyntax>)a.Notes)))
            .Concat(document.CounterIons.Select(c => (c.Span, (IEnumerable<NoteSyntax>)c.Notes)))
            .Concat(document.Annexes.Select(a => (a.Span, (IEnumerable<NoteSyntax>)a.Notes)))
            .Concat(document.Annexes.SelectMany(a => a.Rules).Select(r => (r.Span, (IEnumerable<NoteSyntax>)r.Notes)))
            .Concat(document.Annexes.Where(a => a.AsterisksUnknown is not null).Select(a => (a.AsterisksUnknown!.Span, (IEnumerable<NoteSyntax>)a.AsterisksUnknown.Notes)))
            .Concat(document.Annexes.SelectMany(a => a.Sections).Where(s => s.Header is not null).Select(s => (s.Header!.Span, (IEnumerable<NoteSyntax>)s.Header.Notes)))
            .Concat(document.Annexes.SelectMany(a => a.Sections).SelectMany(s => s.Entries).Select(e => (e.Span, (IEnumerable<NoteSyntax>)e.Notes)))
            .Concat(document.Amendments.Select(a => (a.Span, (IEnumerable<NoteSyntax>)a.Notes)))
            .Concat(document.Amendments.SelectMany(a => a.Operations).Select(o => (o.Span, (IEnumerable<NoteSyntax>)o.Notes)))
            .Concat(document.Amendments.SelectMany(a => a.Operations).OfType<AdditionSyntax>().SelectMany(a => a.Entries).Select(e => (e.Span, (IEnumerable<NoteSyntax>)e.Notes)))
            .Concat(document.Derogations.Select(d => (d.Span, (IEnumerable<NoteSyntax>)d.Notes)))
            .Concat(document.Derogations.SelectMany(d => d.Authorisations).Select(a => (a.Span, (IEnumerable<NoteSyntax>)a.Notes)))
            .Concat(document.Regimes.Select(r => (r.Span, (IEnumerable<NoteSyntax>)r.Notes)));
}
