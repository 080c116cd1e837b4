using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Listings.Compiler.Formatting;
using Listings.Compiler.Model;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Parsing;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;
using Listings.Runtime;

namespace Listings.Cli.Lsp;

/// <summary>What stands under the cursor, as the parser and the binder read it.</summary>
public abstract record Target(SourceSpan Span);

/// <summary>An act, by its key (<c>stupefiants(13)</c>, <c>decision-hhc-2023</c>): its declaration, or a mark or id citing it.</summary>
public sealed record ActTarget(string Key, SourceSpan Span) : Target(Span);

public sealed record ListTarget(string ListId, SourceSpan Span) : Target(Span);

/// <summary>A name a change or a derogation gives: the entry it names, in that list and annex.</summary>
public sealed record EntryNameTarget(ListRefSyntax Where, string Name, SourceSpan Span) : Target(Span);

public sealed record EntryTarget(EntrySyntax Entry, SourceSpan Span) : Target(Span);

public sealed record KeywordTarget(string Keyword, SourceSpan Span) : Target(Span);

/// <summary>
/// The editor's questions (hover, definition, references, symbols, completion, code actions), answered
/// from one <see cref="Snapshot"/>: the syntax the parser built and the model the binder built, never a
/// reading of the text of its own.
/// </summary>
public static class LanguageFeatures
{
    // ---- diagnostics ------------------------------------------------------------------------------

    public static Diagnostic ToLsp(ListingDiagnostic d, Snapshot snapshot) => new(
        snapshot.RangeOf(d.Span),
        d.Severity switch
        {
            DiagnosticSeverity.Error => LspKinds.SeverityError,
            DiagnosticSeverity.Warning => LspKinds.SeverityWarning,
            _ => LspKinds.SeverityInformation,
        },
        d.Id,
        DiagnosticCatalogue.Find(d.Id) is { } rule && rule.HelpLink.StartsWith("http", StringComparison.Ordinal) ? new CodeDescription(rule.HelpLink) : null,
        "listings",
        d.Message);

    // ---- what is under the cursor -----------------------------------------------------------------

    public static StatementSyntax? StatementAt(ListingDocument document, int offset) =>
        SyntaxNodes.Statements(document).LastOrDefault(s => s.Span.Offset <= offset && offset <= SyntaxNodes.End(s));

    public static Target? TargetAt(Snapshot snapshot, string path, int offset)
    {
        if (snapshot.DocumentOf(path) is not { } document || !snapshot.Texts.TryGetValue(path, out var text))
            return null;
        var statement = StatementAt(document, offset);
        var word = WordAt(path, text, offset);
        if (statement is null)
            return null;
        static bool In(SourceSpan? span, int at) => span is not null && span.Offset <= at && at <= span.Offset + span.Length;

        switch (statement)
        {
            case ActSyntax act when In(act.Id.Span, offset):
                return new ActTarget(ActModel.KeyOf(act.NumberingList, act.Id), act.Id.Span);
            case ListSyntax list when list.FoundedBy is { } founder && In(founder.Span, offset):
                return new ActTarget(ActModel.KeyOf(list.Id, founder), founder.Span);
            case AmendmentSyntax amendment when In(amendment.Act.Span, offset):
                return new ActTarget(ActModel.KeyOf(ListOf(amendment), amendment.Act), amendment.Act.Span);
            case DerogationSyntax derogation when In(derogation.Act.Span, offset):
                return new ActTarget(ActModel.KeyOf(derogation.Target.ListId, derogation.Act), derogation.Act.Span);
            case DerogationSyntax derogation when In(derogation.Substance.Span, offset):
                return new EntryNameTarget(derogation.Target, derogation.Substance.Value, derogation.Substance.Span);
            case RemovalSyntax removal when In(removal.Name.Span, offset):
                return new EntryNameTarget(removal.From, removal.Name.Value, removal.Name.Span);
            case TransferSyntax transfer when In(transfer.Name.Span, offset):
                return new EntryNameTarget(transfer.From, transfer.Name.Value, transfer.Name.Span);
            case ModificationSyntax modification when In(modification.Name.Span, offset):
                return new EntryNameTarget(modification.Target, modification.Name.Value, modification.Name.Span);
        }

        // A mark among an entry's or a modification's clauses: an act in the numbering of the entry's list.
        var clauses = statement switch
        {
            EntrySyntax e => e.Clauses,
            ModificationSyntax m => m.Clauses,
            _ => default,
        };
        foreach (var clause in clauses)
        {
            var mark = clause switch
            {
                MarkClause m when In(m.Span, offset) => (int?)m.Mark,
                ModifiedByClause m when In(m.Span, offset) && word?.Text.StartsWith("(", StringComparison.Ordinal) != false => m.Mark,
                _ => null,
            };
            if (mark is { } number)
            {
                var list = statement is ModificationSyntax mod ? mod.Target.ListId : EntryModelsOf(snapshot, (EntrySyntax)statement).FirstOrDefault()?.ListId;
                return new ActTarget(ActModel.KeyOf(list, new ActRef(number, null, clause.Span)), clause.Span);
            }
        }

        if (word is not null)
        {
            if (snapshot.Documents.SelectMany(d => d.Lists).Any(l => l.Id == word.Text)
                && statement is ListSyntax or AnnexSyntax or AmendmentOperationSyntax or DerogationSyntax or ActSyntax or PreparationEntrySyntax)
                return new ListTarget(word.Text, word.Span);
            if (!InsideString(statement, offset) && ListingKeywords.Canonical(word.Text) is { } keyword)
                return new KeywordTarget(keyword, word.Span);
        }
        if (statement is EntrySyntax entry)
            return new EntryTarget(entry, entry.Span);
        return null;
    }

    private static bool InsideString(StatementSyntax statement, int offset) =>
        SyntaxNodes.Descendants<Quoted>(statement).Any(q => q.Span.Offset <= offset && offset < q.Span.Offset + q.Span.Length);

    private sealed record Word(string Text, SourceSpan Span);

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c is '-' or '_' or '\'' or '\u2019' or 'µ' or '(' or ')'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static Word? WordAt(string path, string text, int offset)
    {
        var start = Math.Min(offset, text.Length);
        while (start > 0 && IsWordChar(text[start - 1]) && text[start - 1] != '(')
            start--;
        var end = Math.Min(offset, text.Length);
        while (end < text.Length && IsWordChar(text[end]) && text[end] != ')' && text[end] != '(')
            end++;
        var word = text.Substring(start, end - start).Trim('(', ')');
        return word.Length == 0 ? null : new Word(word, new SourceSpan(path, 0, 0, start, end - start));
    }

    /// <summary>The list whose numbering a mark after <c>amendement par</c> is read in: that of the lists it changes.</summary>
    private static string? ListOf(AmendmentSyntax amendment) =>
        amendment.Operations.Select(o => o switch
        {
            AdditionSyntax a => a.Target.ListId,
            RemovalSyntax r => r.From.ListId,
            TransferSyntax t => t.From.ListId,
            ModificationSyntax m => m.Target.ListId,
            _ => null,
        }).FirstOrDefault(l => l is not null);

    public static IReadOnlyList<EntryModel> EntryModelsOf(Snapshot snapshot, EntrySyntax entry)
    {
        var written = snapshot.Model.Entries.FirstOrDefault(e => e.Span is { } s && s.Path == entry.Span.Path && s.Offset == entry.Span.Offset);
        return written is null
            ? Array.Empty<EntryModel>()
            : snapshot.Model.Entries.Where(e => e.Id == written.Id).OrderBy(e => e.From.Value).ToList();
    }

    private static ActModel? ActOf(Snapshot snapshot, string key) => snapshot.Model.Acts.FirstOrDefault(a => a.Key == key);

    // ---- hover ------------------------------------------------------------------------------------

    public static string? HoverText(Snapshot snapshot, Target target, DateTime today) => target switch
    {
        ActTarget act => ActOf(snapshot, act.Key) is { } model ? DescribeAct(snapshot, model) : $"No act {act.Key} is declared (LST1002).",
        ListTarget list => snapshot.Documents.SelectMany(d => d.Lists).FirstOrDefault(l => l.Id == list.ListId) is { } l
            ? $"**liste {l.Id}** — « {l.Title.Value} »" + (l.FoundedBy is { } f ? $", fixée par {f}" : "")
              + "\n\n" + string.Join(", ", snapshot.Model.Annexes.Where(a => a.ListId == l.Id).Select(a => a.Label))
            : null,
        EntryTarget entry => DescribeEntry(snapshot, entry.Entry, today),
        EntryNameTarget name => FindEntry(snapshot, name) is { } found ? DescribeEntry(snapshot, found, today) : $"No entry « {name.Name} » in {name.Where} (LST1003).",
        KeywordTarget keyword => KeywordMeanings.Of(keyword.Keyword) is { } meaning ? $"**{keyword.Keyword}** — {meaning}" : null,
        _ => null,
    };

    private static string Day(CalendarDay day) => day.IsKnown ? day.Iso : "inconnue";

    private static string DescribeAct(Snapshot snapshot, ActModel act)
    {
        var text = new StringBuilder();
        text.Append("**").Append(act.Label).Append("** — ").Append(KindWord(act.Kind)).Append(" du ").Append(Day(act.Signed))
            .Append(" « ").Append(act.Title).Append(" »\n\n");
        text.Append("JO : ").Append(Day(act.Published)).Append(" · en vigueur ").Append(act.InForceAssumed ? "au plus tôt " : "").Append("le ").Append(Day(act.InForce)).Append("\n\n");
        var changed = snapshot.Model.Entries.Where(e => e.ActKeys.Contains(act.Key) || e.AddedBy == act.Key).Select(e => "inscrit « " + e.Title + " » (" + e.ListId + " " + e.AnnexId + ")")
            .Concat(snapshot.Model.Entries.Where(e => e.ClosedBy == act.Key).Select(e => "change « " + e.Title + " » (" + e.ListId + " " + e.AnnexId + ")"))
            .Distinct(StringComparer.Ordinal).ToList();
        if (changed.Count > 0)
        {
            foreach (var line in changed.Take(20))
                text.Append("- ").Append(line).Append('\n');
            if (changed.Count > 20)
                text.Append("- … ").Append(changed.Count - 20).Append(" more\n");
        }
        return text.ToString();
    }

    private static string KindWord(ActKind kind) => kind switch
    {
        ActKind.Arrete => "arrêté",
        ActKind.Decret => "décret",
        _ => "décision",
    };

    private static string? DescribeEntry(Snapshot snapshot, EntrySyntax entry, DateTime today)
    {
        var versions = EntryModelsOf(snapshot, entry);
        return versions.Count == 0 ? $"« {entry.Title.Value} » (not bound: see the errors of this file)" : DescribeEntry(snapshot, versions, today);
    }

    private static string DescribeEntry(Snapshot snapshot, IReadOnlyList<EntryModel> versions, DateTime today)
    {
        var first = versions[0];
        var text = new StringBuilder();
        text.Append("**« ").Append(first.Title).Append(" »** — ").Append(first.ListId).Append(", ")
            .Append(snapshot.Model.Annexes.FirstOrDefault(a => a.ListId == first.ListId && a.AnnexId == first.AnnexId)?.Label ?? first.AnnexId).Append("\n\n");
        foreach (var version in versions)
        {
            text.Append("- ").Append(version.ListId).Append(' ').Append(version.AnnexId).Append(", du ").Append(Day(version.From))
                .Append(version.To == CalendarDay.Forever ? "" : " au " + Day(version.To));
            var acts = version.ActKeys.Concat(version.AddedBy is { } added ? new[] { added } : Array.Empty<string>()).Distinct(StringComparer.Ordinal)
                .Select(key => ActOf(snapshot, key)).Where(a => a is not null).Select(a => a!.Label + " " + KindWord(a.Kind) + " du " + Day(a.Signed) + ", en vigueur le " + Day(a.InForce));
            text.Append(" — ").Append(string.Join(" ; ", acts));
            if (version.ClosedBy is { } closed)
                text.Append(" — fin par ").Append(ActOf(snapshot, closed)?.Label ?? closed);
            text.Append('\n');
        }
        var answer = snapshot.Classifier.Classify(new ClassificationQuery(first.Title, today));
        text.Append("\n`classify` le ").Append(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(" : **").Append(AnswerJson.Status(answer.Status)).Append("**");
        foreach (var c in answer.Classifications)
            text.Append("\n- ").Append(c.List).Append(", ").Append(c.AnnexKind).Append(' ').Append(c.Annex).Append(" : « ").Append(c.Entry).Append(" » (via ").Append(AnswerJson.Via(c.Via)).Append(')');
        foreach (var e in answer.Exceptions)
            text.Append("\n- ").Append(e.Applied ? "exception" : "exception non évaluée").Append(" : ").Append(e.Text);
        return text.ToString();
    }

    private static IReadOnlyList<EntryModel>? FindEntry(Snapshot snapshot, EntryNameTarget name)
    {
        var key = TextFolding.NameKey(name.Name);
        var annex = name.Where.AnnexId ?? AnnexModel.UnknownId;
        var match = snapshot.Model.Entries
            .Where(e => e.ListId == name.Where.ListId && e.Names.Any(n => TextFolding.NameKey(n.Text) == key))
            .OrderBy(e => e.AnnexId == annex ? 0 : 1).ThenBy(e => e.From.Value)
            .FirstOrDefault();
        return match is null ? null : snapshot.Model.Entries.Where(e => e.Id == match.Id).OrderBy(e => e.From.Value).ToList();
    }

    // ---- definition and references ----------------------------------------------------------------

    public static IReadOnlyList<SourceSpan> Definition(Snapshot snapshot, Target target) => target switch
    {
        ActTarget act => snapshot.Documents.SelectMany(d => d.Acts).Where(a => ActModel.KeyOf(a.NumberingList, a.Id) == act.Key).Select(a => a.Span).ToList(),
        ListTarget list => snapshot.Documents.SelectMany(d => d.Lists).Where(l => l.Id == list.ListId).Select(l => l.Span).ToList(),
        EntryNameTarget name => FindEntry(snapshot, name)?.Select(e => e.Span).Where(s => s is not null).Select(s => s!).Take(1).ToList() ?? new List<SourceSpan>(),
        _ => Array.Empty<SourceSpan>(),
    };

    /// <summary>Every place that cites an act: its declaration, the entries it inscribed or changed, the amendments and derogations it makes, the lists it founded.</summary>
    public static IReadOnlyList<SourceSpan> References(Snapshot snapshot, Target target, bool includeDeclaration)
    {
        if (target is not ActTarget act)
            return Definition(snapshot, target);
        var spans = new List<SourceSpan>();
        if (includeDeclaration)
            spans.AddRange(Definition(snapshot, act));
        foreach (var document in snapshot.Documents)
        {
            spans.AddRange(document.Lists.Where(l => l.FoundedBy is { } f && ActModel.KeyOf(l.Id, f) == act.Key).Select(l => l.FoundedBy!.Span));
            spans.AddRange(document.Amendments.Where(a => ActModel.KeyOf(ListOf(a), a.Act) == act.Key).Select(a => a.Act.Span));
            spans.AddRange(document.Derogations.Where(d => ActModel.KeyOf(d.Target.ListId, d.Act) == act.Key).Select(d => d.Act.Span));
        }
        spans.AddRange(snapshot.Model.Entries
            .Where(e => e.Span is not null && (e.ActKeys.Contains(act.Key) || e.AddedBy == act.Key || e.ClosedBy == act.Key))
            .Select(e => e.Span!));
        return spans.Distinct().OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Offset).ToList();
    }

    // ---- symbols ----------------------------------------------------------------------------------

    public static IReadOnlyList<DocumentSymbol> DocumentSymbols(Snapshot snapshot, ListingDocument document)
    {
        var symbols = new List<(int Offset, DocumentSymbol Symbol)>();
        DocumentSymbol Leaf(string name, string? detail, int kind, SourceSpan span) =>
            new(name, detail, kind, snapshot.RangeOf(span), snapshot.RangeOf(span), null);
        DocumentSymbol Node(string name, string? detail, int kind, SourceSpan span, IReadOnlyList<DocumentSymbol> children, int end) =>
            new(name, detail, kind, snapshot.Lines(span.Path).RangeOf(span.Offset, Math.Max(end, span.Offset + span.Length) - span.Offset), snapshot.RangeOf(span), children);
        int EndOf(IEnumerable<StatementSyntax> statements) => statements.Select(SyntaxNodes.End).DefaultIfEmpty(0).Max();

        foreach (var list in document.Lists)
            symbols.Add((list.Span.Offset, Leaf("liste " + list.Id, list.Title.Value, LspKinds.SymbolModule, list.Span)));
        foreach (var act in document.Acts)
            symbols.Add((act.Span.Offset, Leaf("acte " + act.Id, act.Title.Value, LspKinds.SymbolEvent, act.Span)));
        foreach (var annex in document.Annexes)
        {
            var entries = annex.Sections.SelectMany(s => s.Entries).ToList();
            var children = entries.Select(e => Leaf(e.Title.Value, null, LspKinds.SymbolConstant, e.Span)).ToList();
            var name = (annex.Kind == AnnexKind.Annexe ? "annexe " : "partie ") + annex.Id + " de " + annex.ListId;
            var all = annex.Rules.Cast<StatementSyntax>().Concat(entries).Concat(annex.Sections.Where(s => s.Header is not null).Select(s => (StatementSyntax)s.Header!));
            symbols.Add((annex.Span.Offset, Node(name, entries.Count + " entries", LspKinds.SymbolNamespace, annex.Span, children, EndOf(all))));
        }
        foreach (var amendment in document.Amendments)
        {
            var operations = amendment.Operations.Select(o => o is AdditionSyntax a
                ? Node("ajoute à " + a.Target, null, LspKinds.SymbolOperator, a.Span, a.Entries.Select(e => Leaf(e.Title.Value, null, LspKinds.SymbolConstant, e.Span)).ToList(), EndOf(a.Entries))
                : Leaf(Describe(o), null, LspKinds.SymbolOperator, o.Span)).ToList();
            var all = amendment.Operations.Cast<StatementSyntax>().Concat(amendment.Operations.OfType<AdditionSyntax>().SelectMany(a => a.Entries));
            symbols.Add((amendment.Span.Offset, Node("amendement par " + amendment.Act, null, LspKinds.SymbolEvent, amendment.Span, operations, EndOf(all))));
        }
        foreach (var derogation in document.Derogations)
        {
            var children = derogation.Authorisations.Select(a => Leaf("autorise « " + a.Subject.Value + " »", null, LspKinds.SymbolObject, a.Span)).ToList();
            symbols.Add((derogation.Span.Offset, Node("dérogation par " + derogation.Act + " à « " + derogation.Substance.Value + " »", null, LspKinds.SymbolEvent, derogation.Span, children, EndOf(derogation.Authorisations))));
        }
        return symbols.OrderBy(s => s.Offset).Select(s => s.Symbol).ToList();
    }

    private static string Describe(AmendmentOperationSyntax operation) => operation switch
    {
        RemovalSyntax r => $"retire « {r.Name.Value} » de {r.From}",
        TransferSyntax t => $"transfère « {t.Name.Value} » de {t.From} à {t.To}",
        ModificationSyntax m => $"modifie « {m.Name.Value} » de {m.Target}",
        _ => operation.GetType().Name,
    };

    /// <summary>Entries whose names hold the query, both folded as the classifiers fold names (case, accents, spacing).</summary>
    public static IReadOnlyList<(string Name, EntryModel Entry)> WorkspaceSymbols(Snapshot snapshot, string query)
    {
        var key = TextFolding.NameKey(query);
        return snapshot.Model.Entries
            .Where(e => e.Span is not null)
            .SelectMany(e => e.Names.Select(n => (Name: n.Text, Entry: e)))
            .Where(p => TextFolding.NameKey(p.Name).Contains(key))
            .GroupBy(p => (p.Name, p.Entry.Span!.Path, p.Entry.Span.Offset))
            .Select(g => g.First())
            .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Entry.Span!.Path, StringComparer.Ordinal).ThenBy(p => p.Entry.Span!.Offset)
            .Take(500)
            .ToList();
    }

    // ---- completion -------------------------------------------------------------------------------

    public static IReadOnlyList<CompletionItem> Completion(Snapshot snapshot, string path, int offset)
    {
        var text = snapshot.Texts.TryGetValue(path, out var t) ? t : "";
        offset = Math.Min(offset, text.Length);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0)
            lineStart = 0;
        var before = text.Substring(lineStart, offset - lineStart);
        if (before.Contains('#') || before.Count(c => c == '"') % 2 == 1 || before.LastIndexOf('«') > before.LastIndexOf('»'))
            return Array.Empty<CompletionItem>();
        var words = before.Split(new[] { ' ', '\t', ',', ':' }, StringSplitOptions.RemoveEmptyEntries);
        var typing = before.Length > 0 && !char.IsWhiteSpace(before[before.Length - 1]) && words.Length > 0;
        var previous = words.Length - (typing ? 2 : 1) is var at && at >= 0 ? TextFolding.Fold(words[at]) : null;

        var items = new List<CompletionItem>();
        switch (previous)
        {
            case "accepte":
                return DiagnosticCatalogue.All.Where(r => r.IsAcceptable)
                    .Select(r => new CompletionItem(r.Id, LspKinds.CompletionValue, r.Title, r.Id + " \"\"")).ToList();
            case "par":
                return snapshot.Model.Acts.Select(a => a.Label).Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal)
                    .Select(l => new CompletionItem(l, LspKinds.CompletionReference, "acte", null)).ToList();
            case "annexe" or "partie":
                return snapshot.Model.Annexes.Select(a => a.AnnexId).Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal)
                    .Select(a => new CompletionItem(a, LspKinds.CompletionEnumMember, null, null)).ToList();
            case "de" or "a" or "liste" when previous != "liste" || words.Length <= 2:
                items.AddRange(snapshot.Documents.SelectMany(d => d.Lists).Select(l => l.Id).Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal)
                    .Select(l => new CompletionItem(l, LspKinds.CompletionModule, "liste", null)));
                break;
        }
        var atStatementStart = words.Length == 0 || (words.Length == 1 && typing);
        var wordStart = offset;
        while (typing && wordStart > lineStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not (',' or ':'))
            wordStart--;
        var keywords = atStatementStart ? ListingKeywords.StatementKeywords : ExpectedKeywords(path, text, wordStart) ?? ListingKeywords.All;
        items.AddRange(keywords.Select(k => new CompletionItem(k, LspKinds.CompletionKeyword, KeywordMeanings.Of(k), null)));
        if (atStatementStart)
            items.Add(new CompletionItem("-", LspKinds.CompletionKeyword, "an entry", "- \"\""));
        return items;
    }

    /// <summary>
    /// The keywords the grammar allows at <paramref name="offset"/>: the parser reads the text up to
    /// there followed by a character no rule accepts, and says what it expected (LST0001); null when it
    /// names more than it lists ("another clause") or expected no keyword there.
    /// </summary>
    private static IReadOnlyList<string>? ExpectedKeywords(string path, string text, int offset)
    {
        var probe = ListingParser.Parse(path, text.Substring(0, offset) + "\u0001");
        var error = probe.Diagnostics.FirstOrDefault(d => d.Id == DiagnosticCatalogue.SyntaxError.Id && d.Span.Offset == offset);
        if (error is null || !error.Message.StartsWith("expected ", StringComparison.Ordinal))
            return null;
        var expected = error.Message.Substring("expected ".Length);
        var found = expected.LastIndexOf(", found ", StringComparison.Ordinal);
        if (found >= 0)
            expected = expected.Substring(0, found);
        if (expected.Contains("another clause"))
            return null;
        var keywords = System.Text.RegularExpressions.Regex.Matches(expected, "'([^']+)'").Cast<System.Text.RegularExpressions.Match>()
            .Select(m => ListingKeywords.Canonical(m.Groups[1].Value)).Where(k => k is not null).Select(k => k!)
            .Distinct(StringComparer.Ordinal).ToList();
        return keywords.Count == 0 ? null : keywords;
    }

    // ---- code actions -----------------------------------------------------------------------------

    public static IReadOnlyList<CodeAction> CodeActions(Snapshot snapshot, string path, string uri, Range range)
    {
        var lines = snapshot.Lines(path);
        var from = lines.OffsetOf(range.Start);
        var to = lines.OffsetOf(range.End);
        var document = snapshot.DocumentOf(path);
        var text = snapshot.Texts.TryGetValue(path, out var t) ? t : "";
        var actions = new List<CodeAction>();
        if (document is null)
            return actions;
        foreach (var diagnostic in snapshot.DiagnosticsOf(path).Where(d => d.Span.Offset <= to && from <= d.Span.Offset + d.Span.Length))
        {
            var rule = DiagnosticCatalogue.Find(diagnostic.Id);
            var lsp = ToLsp(diagnostic, snapshot);
            if (rule is { IsAcceptable: true } && diagnostic.Severity != DiagnosticSeverity.Info && StatementAt(document, diagnostic.Span.Offset) is { } statement)
            {
                var end = SyntaxNodes.End(statement);
                var insert = "\n" + ListingFormatter.ContinuationIndent + "accepte " + diagnostic.Id + " \"…\"";
                var at = lines.PositionOf(end);
                actions.Add(new CodeAction($"Accept {diagnostic.Id} on this statement (accepte {diagnostic.Id} \"…\")", "quickfix", new[] { lsp },
                    new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [uri] = new[] { new TextEdit(new Range(at, at), insert) } }), null));
            }
            if (diagnostic.Id == DiagnosticCatalogue.UnusedAcceptance.Id)
            {
                // The acceptance justifies nothing any more: remove it, with the white space before it.
                var start = diagnostic.Span.Offset;
                while (start > 0 && text[start - 1] is ' ' or '\t')
                    start--;
                if (start > 0 && text[start - 1] == '\n' && LineIsOnly(text, diagnostic.Span))
                    start--;
                if (start > 0 && text[start - 1] == '\r')
                    start--;
                actions.Add(new CodeAction("Remove the acceptance that matches no finding", "quickfix", new[] { lsp },
                    new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [uri] = new[] { new TextEdit(lines.RangeOf(start, diagnostic.Span.Offset + diagnostic.Span.Length - start), "") } }), true));
            }
        }
        return actions;
    }

    private static bool LineIsOnly(string text, SourceSpan span)
    {
        var end = span.Offset + span.Length;
        while (end < text.Length && text[end] is ' ' or '\t' or '\r')
            end++;
        return end >= text.Length || text[end] == '\n';
    }
}
