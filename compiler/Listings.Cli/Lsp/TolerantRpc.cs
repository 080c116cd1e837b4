using System;
using System.IO;
using System.IO.Pipelines;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Listings.Cli.Lsp;

/// <summary>
/// Header-delimited messages where one that cannot be read (not JSON, not a JSON-RPC message) is
/// reported on stderr and skipped: StreamJsonRpc's own handler ends the connection on it.
/// </summary>
internal sealed class TolerantMessageHandler : HeaderDelimitedMessageHandler
{
    private const int MaxSkippedInARow = 1000;
    private readonly TextWriter _log;

    public TolerantMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter, TextWriter log)
        : base(output, input, formatter) => _log = log;

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        for (var skipped = 0; ; skipped++)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (skipped < MaxSkippedInARow && e is not (IOException or OperationCanceledException or ObjectDisposedException or EndOfStreamException))
            {
                _log.WriteLine($"listings lsp: a message that is not JSON-RPC was skipped: {e.Message}");
            }
        }
    }
}

/// <summary>A JSON-RPC connection whose error answers say what went wrong in one message, never with a stack trace.</summary>
internal sealed class LspRpc : JsonRpc
{
    public LspRpc(IJsonRpcMessageHandler handler)
        : base(handler)
    {
    }

    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        var inner = exception is System.Reflection.TargetInvocationException { InnerException: { } cause } ? cause : exception;
        return new JsonRpcError.ErrorDetail
        {
            Code = inner is JsonException or FormatException or InvalidOperationException or UriFormatException or ArgumentException
                ? JsonRpcErrorCode.InvalidParams
                : JsonRpcErrorCode.InternalError,
            Message = $"{request.Method}: {inner.Message}",
        };
    }
}
