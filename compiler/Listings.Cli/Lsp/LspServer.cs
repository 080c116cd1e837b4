using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Listings.Compiler.Formatting;
using Microsoft.VisualStudio.Threading;
using PolyType;
using StreamJsonRpc;

namespace Listings.Cli.Lsp;

/// <summary>
/// <c>listings lsp</c>: a Language Server Protocol 3.17 server over stdio (header-delimited JSON-RPC,
/// StreamJsonRpc). Requests are handled one at a time, in the order they arrive. A request that fails
/// — malformed parameters, an unknown method, a file the parser rejects — gets an error answer or an
/// empty one; nothing but <c>exit</c> (or the end of its input) ends the server.
/// </summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public sealed partial class LspServer
{
    private readonly ListingWorkspace _workspace = new();
    private readonly Dictionary<string, string[]> _published = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?> _versions = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private JsonRpc? _rpc;
    private Task _sending = Task.CompletedTask;
    private bool _shutdown;

    /// <summary>Where the server says what it skipped (standard error).</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;

    /// <summary>The day hover answers <c>classify</c> for (today; tests may fix it).</summary>
    public Func<DateTime> Today { get; init; } = () => DateTime.Today;

    /// <summary>Serves until <c>exit</c> or the end of the input; the exit code is 0 after <c>shutdown</c>, else 1 (as the protocol says).</summary>
    [JsonRpcIgnore, MethodShape(Ignore = true)]
    public async Task<int> RunAsync(Stream input, Stream output)
    {
        var handler = new TolerantMessageHandler(output, input, CreateFormatter(), Log);
        _rpc = new LspRpc(handler);
        _rpc.SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false);
        // The methods come from the shape PolyType generates at build time ([GenerateShape]), not from
        // reflection over the type: the native (AOT) 'listings' finds the same methods as the JIT one.
        _rpc.AddLocalRpcTarget(Target, this, new JsonRpcTargetOptions { DisposeOnDisconnect = false });
        _rpc.StartListening();
        var ended = await Task.WhenAny(_exit.Task, _rpc.Completion).ConfigureAwait(false);
        _rpc.Dispose();
        return ended == _exit.Task ? _exit.Task.Result : 1;
    }

    private static readonly RpcTargetMetadata Target = RpcTargetMetadata.FromShape<LspServer>();

    /// <summary>
    /// The formatter reads and writes the protocol's types through <see cref="LspJsonContext"/> (source
    /// generated) only. StreamJsonRpc marks the whole <see cref="SystemTextJsonFormatter"/> class as
    /// needing unreferenced code and dynamic code, for the features this server does not use (marshaled
    /// objects, pipes, progress, exceptions serialized with their types); its own envelope types have
    /// their own source-generated context inside the library. Checked by running the published native
    /// 'listings lsp' (initialize, didOpen, hover, diagnostics, shutdown, exit).
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Every user type goes through the source-generated LspJsonContext; the formatter's reflection-only features (marshaled objects, pipes, IProgress) are not used. Verified with the published native binary.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Every user type goes through the source-generated LspJsonContext; the formatter's reflection-only features (marshaled objects, pipes, IProgress) are not used. Verified with the published native binary.")]
    private static SystemTextJsonFormatter CreateFormatter() => new()
    {
        JsonSerializerOptions = new JsonSerializerOptions(LspJsonContext.Default.Options),
    };

    // ---- lifecycle --------------------------------------------------------------------------------

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(JsonElement parameters)
    {
        string? root = null;
        if (parameters.Find("workspaceFolders") is { ValueKind: JsonValueKind.Array } folders && folders.GetArrayLength() > 0)
            root = ListingWorkspace.PathOf(folders[0].Get("uri").GetString()!);
        else if (parameters.Find("rootUri") is { ValueKind: JsonValueKind.String } rootUri)
            root = ListingWorkspace.PathOf(rootUri.GetString()!);
        else if (parameters.Find("rootPath") is { ValueKind: JsonValueKind.String } rootPath)
            root = rootPath.GetString();
        _workspace.SetRoot(root);
        return new InitializeResult(
            new ServerCapabilities(
                PositionEncoding: "utf-16",
                TextDocumentSync: new TextDocumentSyncOptions(OpenClose: true, Change: LspKinds.TextDocumentSyncIncremental),
                HoverProvider: true,
                DefinitionProvider: true,
                ReferencesProvider: true,
                DocumentSymbolProvider: true,
                WorkspaceSymbolProvider: true,
                CompletionProvider: new CompletionOptions(new[] { " ", "(" }),
                CodeActionProvider: new CodeActionOptions(new[] { "quickfix" }),
                DocumentFormattingProvider: true),
            new ServerInfo("listings", typeof(LspServer).Assembly.GetName().Version?.ToString()));
    }

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(JsonElement parameters)
    {
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        _shutdown = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult(_shutdown ? 0 : 1);

    // ---- documents --------------------------------------------------------------------------------

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public Task DidOpen(JsonElement parameters)
    {
        var document = parameters.Get("textDocument");
        var uri = document.Get("uri").GetString()!;
        _versions[ListingWorkspace.PathOf(uri)] = document.Find("version")?.GetInt32();
        _workspace.Open(uri, document.Get("text").GetString() ?? "");
        return PublishAsync();
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public Task DidChange(JsonElement parameters)
    {
        var uri = parameters.Uri();
        var path = ListingWorkspace.PathOf(uri);
        var text = _workspace.TextOf(path) ?? "";
        foreach (var change in parameters.Get("contentChanges").EnumerateArray())
        {
            var newText = change.Get("text").GetString() ?? "";
            if (change.Find("range") is { } range)
            {
                var lines = new LineIndex(text);
                var r = range.Range();
                var start = lines.OffsetOf(r.Start);
                var end = Math.Max(start, lines.OffsetOf(r.End));
                text = text.Substring(0, start) + newText + text.Substring(end);
            }
            else
            {
                text = newText;
            }
        }
        _versions[path] = parameters.Get("textDocument").Find("version")?.GetInt32();
        _workspace.Change(uri, text);
        return PublishAsync();
    }

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(JsonElement parameters)
    {
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public Task DidChangeWatchedFiles(JsonElement parameters)
    {
        foreach (var change in parameters.Get("changes").EnumerateArray())
            _workspace.Reload(change.Get("uri").GetString()!);
        return PublishAsync();
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public Task DidClose(JsonElement parameters)
    {
        _workspace.Close(parameters.Uri());
        return PublishAsync();
    }

    /// <summary>
    /// Sends the diagnostics of every file whose diagnostics changed (the edited file, and those whose
    /// verdicts it changes). What to send is decided at once, in message order; the sending is chained
    /// after the previous batch, so that diagnostics of an older text never arrive after newer ones.
    /// </summary>
    private Task PublishAsync()
    {
        var snapshot = _workspace.Current;
        var batch = new List<PublishDiagnosticsParams>();
        var paths = snapshot.Texts.Keys.Concat(_published.Keys).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
        foreach (var path in paths)
        {
            var diagnostics = snapshot.DiagnosticsOf(path).Select(d => LanguageFeatures.ToLsp(d, snapshot)).ToList();
            var keys = diagnostics.Select(d => JsonSerializer.Serialize(d, LspJsonContext.Default.Diagnostic)).ToArray();
            if (_published.TryGetValue(path, out var before) ? before.SequenceEqual(keys) : keys.Length == 0)
                continue;
            _published[path] = keys;
            _versions.TryGetValue(path, out var version);
            batch.Add(new PublishDiagnosticsParams(_workspace.UriOf(path), version, diagnostics));
        }
        _sending = SendAfter(_sending, batch);
        return _sending;
    }

    private async Task SendAfter(Task previous, IReadOnlyList<PublishDiagnosticsParams> batch)
    {
        try
        {
            await previous.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The previous batch could not be sent (the connection is closing); this one is tried anyway.
        }
        foreach (var publish in batch)
        {
            var (values, types) = publish.Arguments();
            await _rpc!.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", values, types).ConfigureAwait(false);
        }
    }

    // ---- questions --------------------------------------------------------------------------------

    private (Snapshot Snapshot, string Path, int Offset) At(JsonElement parameters)
    {
        var path = ListingWorkspace.PathOf(parameters.Uri());
        var snapshot = _workspace.Current;
        return (snapshot, path, snapshot.Lines(path).OffsetOf(parameters.Get("position").Position()));
    }

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Hover? Hover(JsonElement parameters)
    {
        var (snapshot, path, offset) = At(parameters);
        if (LanguageFeatures.TargetAt(snapshot, path, offset) is not { } target || LanguageFeatures.HoverText(snapshot, target, Today()) is not { } text)
            return null;
        return new Hover(new MarkupContent("markdown", text), snapshot.RangeOf(target.Span with { Path = path }));
    }

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Location[] Definition(JsonElement parameters)
    {
        var (snapshot, path, offset) = At(parameters);
        return LanguageFeatures.TargetAt(snapshot, path, offset) is { } target
            ? LanguageFeatures.Definition(snapshot, target).Select(s => snapshot.LocationOf(s, _workspace.UriOf)).ToArray()
            : Array.Empty<Location>();
    }

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public Location[] References(JsonElement parameters)
    {
        var (snapshot, path, offset) = At(parameters);
        var includeDeclaration = parameters.Find("context")?.Find("includeDeclaration")?.GetBoolean() ?? true;
        return LanguageFeatures.TargetAt(snapshot, path, offset) is { } target
            ? LanguageFeatures.References(snapshot, target, includeDeclaration).Select(s => snapshot.LocationOf(s, _workspace.UriOf)).ToArray()
            : Array.Empty<Location>();
    }

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<DocumentSymbol> DocumentSymbol(JsonElement parameters)
    {
        var path = ListingWorkspace.PathOf(parameters.Uri());
        var snapshot = _workspace.Current;
        return snapshot.DocumentOf(path) is { } document ? LanguageFeatures.DocumentSymbols(snapshot, document) : Array.Empty<DocumentSymbol>();
    }

    [JsonRpcMethod("workspace/symbol", UseSingleObjectParameterDeserialization = true)]
    public SymbolInformation[] WorkspaceSymbol(JsonElement parameters)
    {
        var snapshot = _workspace.Current;
        var query = parameters.Find("query")?.GetString() ?? "";
        return LanguageFeatures.WorkspaceSymbols(snapshot, query)
            .Select(p => new SymbolInformation(p.Name, LspKinds.SymbolConstant, snapshot.LocationOf(p.Entry.Span!, _workspace.UriOf), p.Entry.ListId + " " + p.Entry.AnnexId))
            .ToArray();
    }

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<CompletionItem> Completion(JsonElement parameters)
    {
        var (snapshot, path, offset) = At(parameters);
        return LanguageFeatures.Completion(snapshot, path, offset);
    }

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<CodeAction> CodeAction(JsonElement parameters)
    {
        var uri = parameters.Uri();
        var snapshot = _workspace.Current;
        return LanguageFeatures.CodeActions(snapshot, ListingWorkspace.PathOf(uri), uri, parameters.Get("range").Range());
    }

    [JsonRpcMethod("textDocument/formatting", UseSingleObjectParameterDeserialization = true)]
    public TextEdit[] Formatting(JsonElement parameters)
    {
        var path = ListingWorkspace.PathOf(parameters.Uri());
        var text = _workspace.TextOf(path);
        if (text is null || ListingFormatter.Format(path, text) is not { Text: { } formatted } || formatted == text)
            return Array.Empty<TextEdit>();
        return new[] { new TextEdit(new LineIndex(text).Whole, formatted) };
    }
}
