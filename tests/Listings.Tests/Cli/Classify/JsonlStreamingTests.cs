using System;
using System.IO;
using System.Text;
using Listings.Cli;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Cli.Classify;

/// <summary>
/// Measures the managed heap of the whole process: it must not share the process with tests running
/// in parallel, or their allocations would count as its own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection
{
    public const string Name = "memory measurement";
}

/// <summary>
/// <c>--jsonl</c> streams: 100,000 query lines produced lazily all get an answer, and the heap retained
/// after 100,000 lines is within 2 MB of the heap retained after 10,000.
/// </summary>
[Collection(MemoryMeasurementCollection.Name)]
public class JsonlStreamingTests
{
    private const int Lines = 100_000;
    private const int Warm = 10_000;
    private const long Tolerance = 2 * 1024 * 1024;

    [Fact]
    public void A_hundred_thousand_queries_all_get_an_answer_and_memory_stays_flat()
    {
        var classifier = JsonlRunner.Classifier;
        var input = new GeneratedQueries(Lines, measureAfter: Warm);
        var output = new NewlineCountingStream();

        var errors = JsonlClassifier.Run(classifier, input, output, JsonlRunner.Today);

        errors.ShouldBe(0);
        input.Served.ShouldBe(Lines);
        output.Newlines.ShouldBe(Lines);
        input.HeapAfterWarm.ShouldNotBeNull();
        input.HeapAtEnd.ShouldNotBeNull();
        (input.HeapAtEnd!.Value - input.HeapAfterWarm!.Value).ShouldBeLessThanOrEqualTo(Tolerance,
            $"heap after {Warm:N0} lines: {input.HeapAfterWarm:N0} bytes; after {Lines:N0}: {input.HeapAtEnd:N0} bytes");
    }

    /// <summary>
    /// Query lines made one at a time as they are read, never held together: a stream that hands out
    /// one line per read. It measures the retained heap when asked for line <c>measureAfter + 1</c>
    /// (every earlier line answered: the classifier flushes before it reads again) and at the end.
    /// </summary>
    private sealed class GeneratedQueries : ReadOnlyInputStream
    {
        private static readonly string[] Queries =
        {
            "\"name\":\"chlorhydrate de cocaïne\"",
            "\"name\":\"LSD-25\"",
            "\"name\":\"Cathine\"",
            "\"name\":\"feuille de coca\"",
            "\"name\":\"pas une substance\"",
            "\"name\":\"dextrométhorphane\"",
            "\"name\":\"phentermine\",\"preparation\":{\"route\":\"oral\"}",
            "\"name\":\"diphénoxylate\",\"preparation\":{\"route\":\"oral\",\"per_unit\":{\"diphénoxylate\":\"2.5 mg\",\"sulfate d'atropine\":\"0.025 mg\"}}",
            "\"name\":\"cannabis\",\"thc_percent\":0.2,\"catalogue_variety\":true",
            "\"name\":\"HHC\"",
        };

        private readonly int _count;
        private readonly int _measureAfter;
        private byte[] _line = Array.Empty<byte>();
        private int _offset;

        public GeneratedQueries(int count, int measureAfter)
        {
            _count = count;
            _measureAfter = measureAfter;
        }

        public int Served { get; private set; }

        public long? HeapAfterWarm { get; private set; }

        public long? HeapAtEnd { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_offset == _line.Length)
            {
                if (Served == _measureAfter)
                    HeapAfterWarm = GC.GetTotalMemory(forceFullCollection: true);
                if (Served == _count)
                {
                    HeapAtEnd ??= GC.GetTotalMemory(forceFullCollection: true);
                    return 0;
                }
                var n = Served++;
                var day = 1 + n % 28;
                _line = Encoding.UTF8.GetBytes($"{{\"id\":\"q{n}\",{Queries[n % Queries.Length]},\"on\":\"2024-02-{day:00}\"}}\n");
                _offset = 0;
            }
            var length = Math.Min(buffer.Length, _line.Length - _offset);
            _line.AsSpan(_offset, length).CopyTo(buffer);
            _offset += length;
            return length;
        }
    }

    /// <summary>An output that keeps nothing: it counts the answers by their newline bytes.</summary>
    private sealed class NewlineCountingStream : Stream
    {
        public long Newlines { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            for (var i = offset; i < offset + count; i++)
                if (buffer[i] == (byte)'\n')
                    Newlines++;
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            foreach (var b in buffer)
                if (b == (byte)'\n')
                    Newlines++;
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
