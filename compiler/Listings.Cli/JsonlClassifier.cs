using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Listings.Runtime;

namespace Listings.Cli;

/// <summary>
/// <c>listings classify --jsonl</c>: one query per input line, one answer per output line, in order.
/// Streams: each line is read, answered and written before the next is read, so memory stays flat
/// however long the input. A bad line gets an answer with an <c>error</c> and the run goes on.
/// </summary>
public static class JsonlClassifier
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Names are French: keep "é" readable rather than "\u00E9"; still escapes what JSON must.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(Classifier classifier, TextReader input, Stream output, DateTime today)
    {
        var buffer = new MemoryStream();
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        var newline = new[] { (byte)'\n' };
        var errors = 0;
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line))
                continue;
            writer.Reset(buffer);
            buffer.SetLength(0);
            JsonElement? id = null;
            try
            {
                using var document = JsonDocument.Parse(line);
                id = QueryReader.TryReadId(document.RootElement);
                var (queryId, query) = QueryReader.Read(document.RootElement, today);
                AnswerJson.Write(writer, queryId, classifier.Classify(query));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Whatever one line does, it gets its answer and the run goes on with the next.
                errors++;
                writer.Reset(buffer);
                buffer.SetLength(0);
                AnswerJson.WriteError(writer, id, e switch
                {
                    JsonException => "not a JSON object: " + e.Message,
                    FormatException => e.Message,
                    _ => "could not classify this query: " + e.Message,
                });
            }
            writer.Flush();
            output.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
            output.Write(newline, 0, 1);
        }
        output.Flush();
        return errors;
    }
}
