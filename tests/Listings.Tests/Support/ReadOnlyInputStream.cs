using System;
using System.IO;

namespace Listings.Tests.Support;

/// <summary>
/// What a forward-only input stream the tests feed to <c>--jsonl</c> has in common: it reads, and does
/// nothing else. A subclass says only how it reads.
/// </summary>
public abstract class ReadOnlyInputStream : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
