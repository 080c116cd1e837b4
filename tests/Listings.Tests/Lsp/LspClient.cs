using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Listings.Tests.Cli;
using StreamJsonRpc;

namespace Listings.Tests.Lsp;

/// <summary>
/// An editor, as far as the language server can tell: <c>listings lsp</c> as a child process, spoken
/// to over its stdin and stdout with a JSON-RPC client (StreamJsonRpc), header-delimited as LSP says.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private readonly Process _process;
    private readonly JsonRpc _rpc;
    private readonly Channel<JsonElement> _published = Channel.CreateUnbounded<JsonElement>();
    private readonly Dictionary<string, JsonElement> _latest = new(StringComparer.Ordinal);
    private readonly StringBuilder _stderr = new();

    private LspClient(string workingDirectory)
    {
        _process = Process.Start(ListingsProcess.StartInfo(workingDirectory, "lsp"))!;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
                _stderr.AppendLine(e.Data);
        };
        _process.BeginErrorReadLine();
        var formatter = new SystemTextJsonFormatter();
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(_process.StandardInput.BaseStream, _process.StandardOutput.BaseStream, formatter));
        _rpc.AddLocalRpcTarget(new Notifications(_published));
        _rpc.StartListening();
    }

    public string Stderr
    {
        get
        {
            lock (_stderr)
                return _stderr.ToString();
        }
    }

    public static async Task<LspClient> StartAsync(string root)
    {
        var client = new LspClient(root);
        await client.RequestAsync("initialize", new { processId = Environment.ProcessId, rootUri = Uri(root), capabilities = new { } });
        await client.NotifyAsync("initialized", new { });
        return client;
    }

    public static string Uri(string path) => new Uri(path).AbsoluteUri;

    public async Task<JsonElement> RequestAsync(string method, object? parameters)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters, timeout.Token);
    }

    public Task NotifyAsync(string method, object parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task OpenAsync(string path, string text, int version = 1) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri(path), languageId = "listing", version, text } });

    public Task ChangeAsync(string path, int version, int line, int character, int endLine, int endCharacter, string text) =>
        NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = Uri(path), version },
            contentChanges = new[] { new { range = new { start = new { line, character }, end = new { line = endLine, character = endCharacter } }, text } },
        });

    public static object At(string path, int line, int character) =>
        new { textDocument = new { uri = Uri(path) }, position = new { line, character } };

    /// <summary>The diagnostics last published for <paramref name="path"/> once they satisfy <paramref name="done"/>.</summary>
    public async Task<JsonElement[]> DiagnosticsAsync(string path, Func<JsonElement[], bool> done)
    {
        var uri = Uri(path);
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            if (_latest.TryGetValue(uri, out var latest) && done(latest.GetProperty("diagnostics").EnumerateArray().ToArray()))
                return latest.GetProperty("diagnostics").EnumerateArray().ToArray();
            var next = await _published.Reader.ReadAsync(timeout.Token);
            _latest[next.GetProperty("uri").GetString()!] = next;
        }
    }

    /// <summary>Writes bytes as one message, whatever they hold (what a broken client might send).</summary>
    public async Task SendRawAsync(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var stream = _process.StandardInput.BaseStream;
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"));
        await stream.WriteAsync(bytes);
        await stream.FlushAsync();
    }

    /// <summary>shutdown then exit, as an editor closes; the server's exit code.</summary>
    public async Task<int> ShutdownAsync()
    {
        var answer = await RequestAsync("shutdown", null);
        if (answer.ValueKind != JsonValueKind.Null)
            throw new InvalidOperationException("shutdown answered " + answer);
        await NotifyAsync("exit", new { });
        using var timeout = new CancellationTokenSource(Patience);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private sealed class Notifications
    {
        private readonly Channel<JsonElement> _channel;

        public Notifications(Channel<JsonElement> channel) => _channel = channel;

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void Publish(JsonElement parameters) => _channel.Writer.TryWrite(parameters.Clone());
    }
}
