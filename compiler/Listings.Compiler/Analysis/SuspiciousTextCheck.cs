using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;

namespace Listings.Compiler.Analysis;

/// <summary>
/// LST2011: text copied out of PDFs and web pages carries invisible characters, bidirectional controls
/// (which make a name read differently from what it is), letters of another script that look Latin
/// (a Cyrillic "а" in "Cocаïne" defeats every lookup), and names spaced out letter by letter.
/// </summary>
internal static class SuspiciousTextCheck
{
    // Cyrillic and Greek letters that are drawn like Latin ones. Greek α, β, γ… are left out: chemical
    // names use them as themselves ("(αS)", "α-méthyl"), not as stand-ins for Latin letters.
    private const string LookAlikes = "аеорсухіјѕԁһАВЕКМНОРСТХІЈЅονρΑΒΕΖΗΙΚΜΝΟΡΤΥΧ";

    public static void Run(IReadOnlyList<ListingDocument> documents, List<ListingDiagnostic> found)
    {
        foreach (var document in documents)
        {
            var entries = document.Annexes.SelectMany(a => a.Sections).SelectMany(s => s.Entries)
                .Concat(document.Amendments.SelectMany(a => a.Operations).OfType<AdditionSyntax>().SelectMany(a => a.Entries));
            foreach (var entry in entries)
            {
                foreach (var name in Names(entry).Concat(entry.Clauses.OfType<NamesClause>().SelectMany(c => c.Names).Select(n => n.Name)))
                    CheckName(name, found);
                foreach (var text in entry.Clauses.SelectMany(Strings))
                    CheckInvisible(text, found);
            }
            // Strings that are names elsewhere: what a derogation authorises is looked up, counter-ions
            // recognise salts, amendments find their entry by name.
            var names = document.Derogations.SelectMany(d => d.Authorisations
                    .SelectMany(a => a.Names.SelectMany(c => c.Names).Select(n => n.Name).Prepend(a.Subject)).Append(d.Substance))
                .Concat(document.CounterIons.SelectMany(c => c.Names))
                .Concat(document.Amendments.SelectMany(a => a.Operations).Select(OperationName).Where(n => n is not null).Select(n => n!));
            foreach (var name in names)
                CheckName(name, found);
            var texts = document.Acts.Select(a => a.Title)
                .Concat(document.Lists.Select(l => l.Title))
                .Concat(document.Annexes.SelectMany(a => a.Sections).Select(s => s.Header).OfType<GroupSyntax>().Select(g => g.Title))
                .Concat(Notes(document).Select(n => n.Content));
            foreach (var text in texts)
                CheckInvisible(text, found);
        }
    }

    private static Quoted? OperationName(AmendmentOperationSyntax operation) => operation switch
    {
        RemovalSyntax r => r.Name,
        TransferSyntax t => t.Name,
        ModificationSyntax m => m.Name,
        _ => null,
    };

    /// <summary>The notes of every statement but entries (whose notes are among their clauses).</summary>
    private static IEnumerable<NoteSyntax> Notes(ListingDocument d) =>
        d.Lists.SelectMany(l => l.Notes)
            .Concat(d.Acts.SelectMany(a => a.Notes))
            .Concat(d.CounterIons.SelectMany(c => c.Notes))
            .Concat(d.Annexes.SelectMany(a => a.Notes.Concat(a.Rules.SelectMany(r => r.Notes))
                .Concat(a.AsterisksUnknown?.Notes ?? default)
                .Concat(a.Sections.Where(s => s.Header is not null).SelectMany(s => s.Header!.Notes))))
            .Concat(d.Amendments.SelectMany(a => a.Notes.Concat(a.Operations.SelectMany(o => o.Notes))))
            .Concat(d.Derogations.SelectMany(g => g.Notes.Concat(g.Authorisations.SelectMany(a => a.Notes))));

    private static IEnumerable<Quoted> Names(EntrySyntax entry) => entry switch
    {
        SubstanceEntrySyntax s => new[] { s.Name }.Concat(s.Aliases.Select(a => a.Name)).Concat(s.CoListed),
        PreparationEntrySyntax p => new[] { p.Substance },
        _ => Enumerable.Empty<Quoted>(),
    };

    /// <summary>The strings of a clause; a <c>sic</c> keeps the source's defects on purpose and is left alone.</summary>
    private static IEnumerable<Quoted> Strings(EntryClauseSyntax clause) => clause switch
    {
        DescriptionClause d => new[] { d.Text },
        OtherThanClause o => new[] { o.Name },
        NoteClause n => new[] { n.Note.Content },
        ExceptionClause { Exception: IsomerExceptionSyntax i } => new[] { i.Name },
        _ => Enumerable.Empty<Quoted>(),
    };

    private static void CheckName(Quoted name, List<ListingDiagnostic> found)
    {
        if (CheckInvisible(name, found))
            return;
        foreach (var word in name.Value.Split(' ', '-', '(', ')', ',', '[', ']'))
        {
            var latin = word.Any(c => c < 0x250 && char.IsLetter(c));
            var lookAlike = word.FirstOrDefault(c => LookAlikes.IndexOf(c) >= 0);
            if (latin && lookAlike != default)
            {
                found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.Suspicious, name.Span,
                    $"« {name.Value} » mixes Latin letters with « {lookAlike} » (U+{(int)lookAlike:X4}, {Script(lookAlike)}), which looks Latin: the name will match nothing typed on a Latin keyboard"));
                return;
            }
        }
        if (LetterSpaced(name.Value))
            found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.Suspicious, name.Span,
                $"« {name.Value} » is spaced out letter by letter, as text extracted from a PDF often is; write the name as the act means it (keep the source's spelling with sic \"…\")"));
    }

    /// <summary>Reports a bidirectional control or invisible character; true when one was found.</summary>
    private static bool CheckInvisible(Quoted text, List<ListingDiagnostic> found)
    {
        foreach (var c in text.Value)
        {
            var bidi = c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
            var invisible = c is (>= '\u200B' and <= '\u200D') or '\u2060' or '\uFEFF' or '\u00AD'
                || (!bidi && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);
            if (!bidi && !invisible && !char.IsControl(c))
                continue;
            var kind = bidi ? "a bidirectional control" : char.IsControl(c) ? "a control character" : "an invisible character";
            found.Add(AnalysisDiagnostics.Create(DiagnosticCatalogue.Suspicious, text.Span,
                $"« {Visible(text.Value)} » holds {kind} (U+{(int)c:X4}): what the string reads is not what it is"));
            return true;
        }
        return false;
    }

    private static bool LetterSpaced(string name)
    {
        var tokens = name.Split(' ');
        var run = 0;
        foreach (var token in tokens)
        {
            run = token.Length == 1 ? run + 1 : 0;
            if (run >= 4)
                return true;
        }
        return false;
    }

    private static string Script(char c) => c >= '\u0400' && c <= '\u04FF' ? "Cyrillic" : "Greek";

    private static string Visible(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format
            ? $"\\u{(int)c:X4}" : c.ToString()));
}
