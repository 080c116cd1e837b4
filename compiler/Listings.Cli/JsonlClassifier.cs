using System;
using System.IO;
using System.Text.Json;
using System.Text.Unicode;
using Listings.Runtime;

namespace Listings.Cli;

/// <summary>
/// <c>listings classify --jsonl</c>: one query per input line, one answer per output line, in order.
/// <list type="bullet">
/// <item>Every input line gets exactly one answer line, blank lines too: answer N is the answer to line N.</item>
/// <item>An answer is written as soon as its query is read when no further input is waiting: before it
/// waits for input, the classifier flushes what it wrote. While more input is already there (a file, a
/// fast producer) answers are buffered, so a batch runs at full speed.</item>
/// <item>A line that cannot be answered gets <c>{"id", "line", "error"}</c>: the id when it could be read,
/// the line number (from 1), and why; the run goes on with the next line.</item>
/// <item>A byte-order mark at the start is skipped. A line that is not UTF-8, or longer than
/// <see cref="MaxLineBytes"/>, is an error answer; a long line is skipped without being held, so memory
/// stays bounded whatever the input.</item>
/// </list>
/// </summary>
public static class JsonlClassifier
{
    /// <summary>The longest query line read: 1 MiB, thousands of times any real query.</summary>
    public const int MaxLineBytes = 1 << 20;

    private const int ReadSize = 1 << 16;

    // The contract's writer settings live with its writer (AnswerJson, in the runtime): the runtime's
    // converter and this command write the same bytes.
    private static readonly JsonWriterOptions WriterOptions = AnswerJson.WriterOptions;

    private static readonly JsonDocumentOptions ReaderOptions = new()
    {
        // {"name": "x", "name": "y"} would let the last one win: refuse it instead.
        AllowDuplicateProperties = false,
        MaxDepth = 16,
    };

    /// <returns>How many lines got an error answer.</returns>
    public static int Run(Classifier classifier, Stream input, Stream output, DateTime today) =>
        Run(classifier, input, output, today, preEncoded: true);

    /// <summary>
    /// With <paramref name="preEncoded"/>, a query that gives a name (and perhaps an id and a date) is
    /// answered by <see cref="PreEncodedAnswers"/>; without, every line the long way (a JSON document,
    /// <see cref="Classifier.Classify"/>, <see cref="AnswerJson.Write"/>). The bytes are the same: the
    /// tests compare them.
    /// </summary>
    internal static int Run(Classifier classifier, Stream input, Stream output, DateTime today, bool preEncoded)
    {
        var fast = preEncoded ? new PreEncodedAnswers(classifier, today) : null;
        var answer = new MemoryStream();
        using var writer = new Utf8JsonWriter(answer, WriterOptions);
        var read = new byte[ReadSize];
        var line = new byte[4096];
        int start = 0, end = 0, length = 0, number = 0, errors = 0;
        var overlong = false;
        var pending = false;

        void Answer() => AnswerBytes(line.AsMemory(0, length));

        void AnswerBytes(ReadOnlyMemory<byte> content)
        {
            number++;
            if (number == 1 && content.Span.StartsWith(Bom))
                content = content.Slice(Bom.Length);
            if (content.Length > 0 && content.Span[content.Length - 1] == (byte)'\r')
                content = content.Slice(0, content.Length - 1);
            if (overlong || fast is null || !fast.TryWrite(content.Span, output))
            {
                writer.Reset(answer);
                answer.SetLength(0);
                if (!AnswerLine(classifier, writer, answer, content, overlong, number, today))
                    errors++;
                writer.Flush();
                answer.WriteByte((byte)'\n');
                output.Write(answer.GetBuffer(), 0, (int)answer.Length);
            }
            pending = true;
            length = 0;
            overlong = false;
        }

        while (true)
        {
            if (start == end)
            {
                // Everything read so far is answered: flush before waiting, so that a process that
                // writes one query and waits for its answer gets it.
                if (pending)
                {
                    output.Flush();
                    pending = false;
                }
                end = input.Read(read, 0, read.Length);
                start = 0;
                if (end == 0)
                    break;
            }
            var newline = Array.IndexOf(read, (byte)'\n', start, end - start);
            if (newline >= 0 && length == 0 && !overlong)
            {
                // A whole line in the read buffer: answered where it is, not copied.
                var whole = read.AsMemory(start, newline - start);
                start = newline + 1;
                AnswerBytes(whole);
                continue;
            }
            var stop = newline < 0 ? end : newline;
            Append(read, start, stop - start);
            start = newline < 0 ? end : newline + 1;
            if (newline >= 0)
                Answer();
        }
        // A last line without its line feed is still a line.
        if (length > 0 || overlong)
            Answer();
        output.Flush();
        return errors;

        void Append(byte[] from, int offset, int count)
        {
            if (overlong || count == 0)
                return;
            if (length + count > MaxLineBytes)
            {
                overlong = true;
                length = 0;
                return;
            }
            if (length + count > line.Length)
                Array.Resize(ref line, Math.Min(MaxLineBytes, Math.Max(line.Length * 2, length + count)));
            Buffer.BlockCopy(from, offset, line, length, count);
            length += count;
        }
    }

    private static ReadOnlySpan<byte> Bom => new byte[] { 0xEF, 0xBB, 0xBF };

    /// <summary>Writes the answer to one line; false when it is an error answer.</summary>
    private static bool AnswerLine(Classifier classifier, Utf8JsonWriter writer, MemoryStream answer, ReadOnlyMemory<byte> content, bool overlong, int number, DateTime today)
    {
        if (overlong)
            return Error(writer, answer, null, number, $"line {number} is longer than {MaxLineBytes} bytes (1 MiB): not read");
        if (!Utf8.IsValid(content.Span))
            return Error(writer, answer, null, number, $"line {number} is not valid UTF-8");
        if (IsBlank(content.Span))
            return Error(writer, answer, null, number, $"line {number} is empty: a query is a JSON object, e.g. {{\"name\": \"cocaïne\"}}");
        JsonElement? id = null;
        try
        {
            using var document = JsonDocument.Parse(content, ReaderOptions);
            id = QueryReader.TryReadId(document.RootElement);
            var (queryId, query) = QueryReader.Read(document.RootElement, today);
            var result = classifier.Classify(query);
            AnswerJson.Write(writer, queryId, result);
            return true;
        }
        catch (JsonException e)
        {
            return Error(writer, answer, id ?? SalvageId(content.Span), number, JsonError(e));
        }
        catch (FormatException e)
        {
            return Error(writer, answer, id, number, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever one line does, it gets its answer and the run goes on with the next.
            return Error(writer, answer, id, number, "could not classify this query: " + e.Message);
        }
    }

    /// <summary>"not valid JSON at byte 21: …", without the reader's advice about its own options.</summary>
    private static string JsonError(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
            message = message.Substring(0, cut);
        message = message.Replace(" Change the reader options.", "").Replace(" which is not supported in this mode.", ".").Trim();
        return e.BytePositionInLine is { } at ? $"not valid JSON at byte {at + 1}: {message}" : $"not valid JSON: {message}";
    }

    private static bool Error(Utf8JsonWriter writer, MemoryStream answer, JsonElement? id, int number, string message)
    {
        writer.Reset(answer);
        answer.SetLength(0);
        AnswerJson.WriteError(writer, id, number, message);
        return false;
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                return false;
        return true;
    }

    /// <summary>
    /// The id of a line that is not valid JSON, when its top-level "id" comes before the mistake
    /// (<c>{"id": "q7", "name": "x",}</c>): read token by token up to the error.
    /// </summary>
    private static JsonElement? SalvageId(ReadOnlySpan<byte> content)
    {
        var reader = new Utf8JsonReader(content, new JsonReaderOptions { MaxDepth = 16 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return null;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
                    return null;
                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
                    continue;
                var isId = reader.ValueTextEquals("id"u8);
                if (!reader.Read())
                    return null;
                if (isId && reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
                {
                    var tokenStart = (int)reader.TokenStartIndex;
                    using var id = JsonDocument.Parse(content.Slice(tokenStart, (int)reader.BytesConsumed - tokenStart).ToArray());
                    return QueryReader.TryReadIdValue(id.RootElement);
                }
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    reader.Skip();
            }
        }
        catch (JsonException)
        {
        }
        return null;
    }
}
