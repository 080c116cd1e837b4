using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Listings.Cli.Lsp;

// The few Language Server Protocol 3.17 types the server sends, written by hand: no LSP framework
// package restores here. Names are the protocol's, in camelCase on the wire (LspServer's serializer).

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record CodeDescription(string Href);

public sealed record Diagnostic(Range Range, int Severity, string Code, CodeDescription? CodeDescription, string Source, string Message);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// The notification's named arguments and their declared types (for the source-generated
    /// serializer); no <c>version</c> for a file the client has not opened, as the protocol wants (never
    /// <c>null</c>).
    /// </summary>
    public (IReadOnlyDictionary<string, object?> Values, IReadOnlyDictionary<string, Type> Types) Arguments()
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal) { ["uri"] = Uri };
        var types = new Dictionary<string, Type>(StringComparer.Ordinal) { ["uri"] = typeof(string) };
        if (Version is { } version)
        {
            values["version"] = version;
            types["version"] = typeof(int);
        }
        values["diagnostics"] = Diagnostics;
        types["diagnostics"] = typeof(IReadOnlyList<Diagnostic>);
        return (values, types);
    }
}

public sealed record MarkupContent(string Kind, string Value);

public sealed record Hover(MarkupContent Contents, Range? Range);

public sealed record TextEdit(Range Range, string NewText);

public sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

public sealed record CodeAction(string Title, string Kind, IReadOnlyList<Diagnostic>? Diagnostics, WorkspaceEdit Edit, bool? IsPreferred);

public sealed record CompletionItem(string Label, int Kind, string? Detail, string? InsertText);

public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, IReadOnlyList<DocumentSymbol>? Children);

public sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerCapabilities(
    string PositionEncoding,
    TextDocumentSyncOptions TextDocumentSync,
    bool HoverProvider,
    bool DefinitionProvider,
    bool ReferencesProvider,
    bool DocumentSymbolProvider,
    bool WorkspaceSymbolProvider,
    CompletionOptions CompletionProvider,
    CodeActionOptions CodeActionProvider,
    bool DocumentFormattingProvider);

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

public sealed record CompletionOptions(string[] TriggerCharacters);

public sealed record CodeActionOptions(string[] CodeActionKinds);

public sealed record ServerInfo(string Name, string? Version);

/// <summary>
/// Every type the server reads or writes, serialized by source-generated code (no reflection: the
/// native 'listings' has none for System.Text.Json), in camelCase, without null members.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(object))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(Diagnostic))]
[JsonSerializable(typeof(IReadOnlyList<Diagnostic>))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(Location[]))]
[JsonSerializable(typeof(IReadOnlyList<DocumentSymbol>))]
[JsonSerializable(typeof(SymbolInformation[]))]
[JsonSerializable(typeof(IReadOnlyList<CompletionItem>))]
[JsonSerializable(typeof(IReadOnlyList<CodeAction>))]
[JsonSerializable(typeof(TextEdit[]))]
public sealed partial class LspJsonContext : JsonSerializerContext
{
}

/// <summary>Protocol numbers the server uses.</summary>
public static class LspKinds
{
    public const int SeverityError = 1, SeverityWarning = 2, SeverityInformation = 3;

    public const int SymbolModule = 2, SymbolNamespace = 3, SymbolEvent = 24, SymbolConstant = 14, SymbolEnumMember = 22, SymbolOperator = 25, SymbolObject = 19;

    public const int CompletionKeyword = 14, CompletionReference = 18, CompletionModule = 9, CompletionEnumMember = 20, CompletionValue = 12;

    public const int TextDocumentSyncIncremental = 2;
}

/// <summary>Reads the parameters of an incoming message; a missing or mistyped member is a <see cref="JsonException"/> (an error answer, never the end of the server).</summary>
public static class Params
{
    public static JsonElement Get(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new JsonException($"the parameters have no '{name}'");

    public static JsonElement? Find(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static string Uri(this JsonElement parameters) => parameters.Get("textDocument").Get("uri").GetString() ?? throw new JsonException("no uri");

    public static Position Position(this JsonElement element) =>
        new(element.Get("line").GetInt32(), element.Get("character").GetInt32());

    public static Range Range(this JsonElement element) =>
        new(element.Get("start").Position(), element.Get("end").Position());
}
