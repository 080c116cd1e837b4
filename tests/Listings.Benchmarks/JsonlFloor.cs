using System;
using System.IO;
using System.Text.Json;

namespace Listings.Benchmarks;

/// <summary>
/// The floor of <c>listings classify --jsonl</c> (issue 16): a program that reads the same lines, each
/// with a <see cref="Utf8JsonReader"/> over its bytes, and writes a trivial answer for each, read and
/// written 64 KiB at a time as the command does. <c>-- jsonl-floor</c> runs it on stdin and stdout (the
/// end-to-end floor of <c>-- side-by-side</c>); the in-process floor runs it on memory.
/// </summary>
public static class JsonlFloor
{
    /// <param name="answerBytes">0: the trivial answer <c>{"status":"listed"}</c>; else an answer of that many bytes, line feed included.</param>
    /// <returns>The bytes of the names read (so that nothing is optimised away).</returns>
    public static long Run(Stream input, Stream output, int answerBytes = 0)
    {
        var answer = Answer(answerBytes);
        var read = new byte[1 << 16];
        var line = new byte[4096];
        var buffered = new BufferedStream(output, 1 << 16);
        int length = 0, count;
        long names = 0;
        while ((count = input.Read(read, 0, read.Length)) > 0)
        {
            var span = read.AsSpan(0, count);
            int newline;
            while ((newline = span.IndexOf((byte)'\n')) >= 0)
            {
                if (length == 0)
                    names += Line(span[..newline], buffered, answer);
                else
                {
                    Append(ref line, ref length, span[..newline]);
                    names += Line(line.AsSpan(0, length), buffered, answer);
                    length = 0;
                }
                span = span[(newline + 1)..];
            }
            Append(ref line, ref length, span);
        }
        if (length > 0)
            names += Line(line.AsSpan(0, length), buffered, answer);
        buffered.Flush();
        return names;
    }

    private static void Append(ref byte[] line, ref int length, ReadOnlySpan<byte> bytes)
    {
        if (length + bytes.Length > line.Length)
            Array.Resize(ref line, Math.Max(line.Length * 2, length + bytes.Length));
        bytes.CopyTo(line.AsSpan(length));
        length += bytes.Length;
    }

    private static byte[] Answer(int bytes)
    {
        var trivial = "{\"status\":\"listed\"}\n"u8;
        if (bytes < 40)
            return trivial.ToArray();
        var answer = new byte[bytes];
        "{\"status\":\"listed\",\"padding\":\""u8.CopyTo(answer);
        answer.AsSpan(30, bytes - 33).Fill((byte)'x');
        "\"}\n"u8.CopyTo(answer.AsSpan(bytes - 3));
        return answer;
    }

    private static int Line(ReadOnlySpan<byte> line, Stream output, byte[] answer)
    {
        var n = 0;
        var reader = new Utf8JsonReader(line);
        while (reader.Read())
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("name"u8))
            {
                reader.Read();
                n += reader.ValueSpan.Length;
            }
        output.Write(answer);
        return n;
    }
}
