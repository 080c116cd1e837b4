using System;
using System.IO;
using System.Text;

namespace Listings.Cli;

/// <summary>
/// Where a command reads and writes: text for people (<see cref="Output"/>, <see cref="Error"/>) and
/// bytes for machines (<c>--jsonl</c>). The program gives it the process's standard streams; tests give
/// it strings and memory.
/// </summary>
public sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, Func<Stream> openInput, Func<Stream>? openOutput = null)
    {
        Output = output;
        Error = error;
        OpenInput = openInput;
        OpenOutput = openOutput ?? (() => new TextWriterStream(output));
    }

    /// <summary>The data a command prints (standard output).</summary>
    public TextWriter Output { get; }

    /// <summary>Diagnostics and messages (standard error): never mixed into <see cref="Output"/> when it carries data.</summary>
    public TextWriter Error { get; }

    public Func<Stream> OpenInput { get; }

    /// <summary>Where <c>classify</c> keeps compiled tables between runs (the program's: <see cref="TableCache.FromEnvironment"/>); none by default.</summary>
    public TableCache? TableCache { get; init; }

    /// <summary>Standard output as bytes; whatever was written to <see cref="Output"/> is flushed first.</summary>
    public Func<Stream> OpenOutput { get; }

    /// <summary>Bytes written as UTF-8 text to a <see cref="TextWriter"/> (what tests read back).</summary>
    private sealed class TextWriterStream : Stream
    {
        private readonly TextWriter _writer;
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

        public TextWriterStream(TextWriter writer) => _writer = writer;

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var chars = new char[_decoder.GetCharCount(buffer, flush: false)];
            var n = _decoder.GetChars(buffer, chars, flush: false);
            _writer.Write(chars, 0, n);
        }

        public override void Flush() => _writer.Flush();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

/// <summary>Standard output could not be written (a full disk, a closed pipe): one line on stderr, exit code 1.</summary>
public sealed class OutputException : IOException
{
    public OutputException(IOException inner)
        : base(inner.Message, inner)
    {
    }
}

/// <summary>A stream whose write failures are <see cref="OutputException"/>s, told apart from failures to read listings.</summary>
public sealed class OutputStream : Stream
{
    private readonly Stream _inner;

    public OutputStream(Stream inner) => _inner = inner;

    public override void Write(byte[] buffer, int offset, int count) => Guard(() => _inner.Write(buffer, offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            _inner.Write(buffer);
        }
        catch (IOException e) when (e is not OutputException)
        {
            throw new OutputException(e);
        }
    }

    public override void Flush() => Guard(_inner.Flush);

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e) when (e is not OutputException)
        {
            throw new OutputException(e);
        }
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
