using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Listings.Compiler.Analysis;
using Listings.Compiler.Binding;
using Listings.Compiler.Model;
using Listings.Compiler.Tables;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Parsing;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;
using Listings.Runtime;

namespace Listings.Cli.Lsp;

/// <summary>
/// The listings the editor works on: every <c>.listing</c> file under the workspace folder, with the
/// text of the open ones as the editor holds it. After each change the whole set is bound and
/// analysed again, as <c>listings check</c> does (the same parser, binder, analyses and severities),
/// reusing the parse of every file whose text did not change.
/// </summary>
public sealed class ListingWorkspace
{
    private readonly Dictionary<string, string> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _uris = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Text, ParseResult Result)> _parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _onDisk = new(StringComparer.Ordinal);
    private Severities _severities = Severities.Defaults;
    private Snapshot? _snapshot;

    /// <summary>The workspace folder, if the editor gave one.</summary>
    public string? Root { get; private set; }

    public void SetRoot(string? root)
    {
        Root = root is not null && Directory.Exists(root) ? Path.GetFullPath(root) : null;
        _onDisk.Clear();
        if (Root is null)
            return;
        foreach (var file in Directory.EnumerateFiles(Root, "*.listing", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var read = ListingFiles.Read(file, file);
            if (read.Text is not null)
                _onDisk[Path.GetFullPath(file)] = read.Text;
        }
        try
        {
            _severities = Severities.Read(Severities.Discover(Root));
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            _severities = Severities.Defaults;
        }
        _snapshot = null;
    }

    public static string PathOf(string uri)
    {
        var parsed = new Uri(uri);
        return parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : uri;
    }

    public string UriOf(string path) => _uris.TryGetValue(path, out var uri) ? uri : new Uri(path).AbsoluteUri;

    public void Open(string uri, string text)
    {
        var path = PathOf(uri);
        _uris[path] = uri;
        _open[path] = text;
        _snapshot = null;
    }

    public void Change(string uri, string text)
    {
        var path = PathOf(uri);
        _open[path] = text;
        _snapshot = null;
    }

    public void Close(string uri)
    {
        var path = PathOf(uri);
        _open.Remove(path);
        if (File.Exists(path) && ListingFiles.Read(path, path).Text is { } text && path.EndsWith(".listing", StringComparison.Ordinal))
            _onDisk[path] = text;
        _snapshot = null;
    }

    /// <summary>A file changed on disk (created, changed, deleted): what the set holds of it, unless the editor has it open.</summary>
    public void Reload(string uri)
    {
        var path = PathOf(uri);
        if (!path.EndsWith(".listing", StringComparison.Ordinal))
            return;
        if (File.Exists(path) && ListingFiles.Read(path, path).Text is { } text)
            _onDisk[path] = text;
        else
            _onDisk.Remove(path);
        _snapshot = null;
    }

    public string? TextOf(string path) => _open.TryGetValue(path, out var text) ? text : _onDisk.TryGetValue(path, out var disk) ? disk : null;

    /// <summary>The listing set as it stands, bound and analysed (computed again only after a change).</summary>
    public Snapshot Current => _snapshot ??= Analyse();

    private Snapshot Analyse()
    {
        var paths = _onDisk.Keys.Concat(_open.Keys).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
        var results = new List<ParseResult>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var text = TextOf(path)!;
            texts[path] = text;
            if (!_parsed.TryGetValue(path, out var cached) || !ReferenceEquals(cached.Text, text) && cached.Text != text)
                _parsed[path] = cached = (text, ListingParser.Parse(path, text));
            results.Add(cached.Result);
        }
        foreach (var gone in _parsed.Keys.Where(p => !texts.ContainsKey(p)).ToList())
            _parsed.Remove(gone);
        var documents = results.Select(r => r.Document).ToList();
        var bound = ListingBinder.Bind(documents);
        var findings = ListingAnalysis.Analyze(documents, bound);
        var diagnostics = _severities.Apply(results.SelectMany(r => r.Diagnostics).Concat(bound.Diagnostics).Concat(findings)
            .OrderBy(d => d.Span.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Offset).ThenBy(d => d.Id, StringComparer.Ordinal), false);
        return new Snapshot(texts, documents, bound, diagnostics);
    }
}

/// <summary>One state of the listing set: texts, parsed documents, the bound model and every diagnostic.</summary>
public sealed class Snapshot
{
    private readonly Lazy<Classifier> _classifier;
    private readonly Dictionary<string, LineIndex> _lines = new(StringComparer.Ordinal);

    public Snapshot(IReadOnlyDictionary<string, string> texts, IReadOnlyList<ListingDocument> documents, BindResult bound, IReadOnlyList<ListingDiagnostic> diagnostics)
    {
        Texts = texts;
        Documents = documents;
        Bound = bound;
        Diagnostics = diagnostics;
        ByPath = diagnostics.GroupBy(d => d.Span.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<ListingDiagnostic>)g.ToList(), StringComparer.Ordinal);
        _classifier = new Lazy<Classifier>(() => new Classifier(TableBuilder.Build(bound.Model)));
    }

    public IReadOnlyDictionary<string, string> Texts { get; }

    public IReadOnlyList<ListingDocument> Documents { get; }

    public BindResult Bound { get; }

    public ListingModel Model => Bound.Model;

    public IReadOnlyList<ListingDiagnostic> Diagnostics { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<ListingDiagnostic>> ByPath { get; }

    public Classifier Classifier => _classifier.Value;

    public IReadOnlyList<ListingDiagnostic> DiagnosticsOf(string path) => ByPath.TryGetValue(path, out var found) ? found : Array.Empty<ListingDiagnostic>();

    public ListingDocument? DocumentOf(string path) => Documents.FirstOrDefault(d => d.Path == path);

    public LineIndex Lines(string path)
    {
        if (!_lines.TryGetValue(path, out var index))
            _lines[path] = index = new LineIndex(Texts.TryGetValue(path, out var text) ? text : "");
        return index;
    }

    public Range RangeOf(SourceSpan span) => Lines(span.Path).RangeOf(span.Offset, span.Length);

    public Location LocationOf(SourceSpan span, Func<string, string> uriOf) => new(uriOf(span.Path), RangeOf(span));
}
