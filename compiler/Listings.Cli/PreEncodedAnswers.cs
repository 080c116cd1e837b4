using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Listings.Runtime;

namespace Listings.Cli;

/// <summary>
/// The fast path of <c>listings classify --jsonl</c>, for the query most lines are: a name, perhaps an
/// id and a date (<c>{"id": "q1", "name": "…", "on": "2024-01-01"}</c>). Such a query is read with a
/// <see cref="Utf8JsonReader"/> over the line's bytes, and its answer is written from bytes encoded
/// before: everything an answer says after its date depends only on the name and on the period of
/// the tables the date falls in (<see cref="Classifier.PeriodOf"/>), so the first answer to a name in
/// a period is classified and written by <see cref="AnswerJson.Write"/> (the one writer of the
/// contract) and cut into the name's encoded text and the rest; the next ones are the query's id and
/// date around those bytes. Nothing is allocated for a name already answered.
/// <para>
/// Anything else (a preparation, a hemp content, a malformed or unusual line, a name never answered
/// that cannot be classified) is declined: <see cref="TryWrite"/> writes nothing and returns false,
/// and <see cref="JsonlClassifier"/> answers the line the long way, which writes the same bytes.
/// </para>
/// </summary>
internal sealed class PreEncodedAnswers
{
    /// <summary>The encoded answers kept at most; past that the cache starts again, so memory stays bounded whatever the names.</summary>
    internal const int DefaultMaxCachedBytes = 16 << 20;

    // Bytes counted for one cached answer besides its arrays: the dictionary's entry and the arrays' headers.
    private const int EntryOverhead = 96;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 16 };

    private readonly Classifier _classifier;
    private readonly DateTime _today;
    private readonly int _todayPeriod;
    private readonly byte[] _todayIso;

    // Answers by period (4 bytes) and the name (unescaped UTF-8): the name as the answer writes it, and
    // the rest of the answer after its date, line feed included.
    private readonly Dictionary<byte[], Fragment> _answers = new(Bytes.Comparer);
    private readonly Dictionary<byte[], Fragment>.AlternateLookup<ReadOnlySpan<byte>> _answersBySpan;

    // The rest of the answers, shared: every name that is in no listing has the same one in a period.
    private readonly Dictionary<byte[], byte[]> _tails = new(Bytes.Comparer);
    private long _cachedBytes;
    private readonly int _maxCachedBytes;

    // The last date read (a batch gives the same date line after line).
    private readonly byte[] _lastIso = new byte[10];
    private DateTime _lastDay;
    private int _lastPeriod;

    private byte[] _key = new byte[256];
    private byte[] _id = new byte[256];
    // The answer's head, up to its date: {"id":…,"name":…,"on":"yyyy-mm-dd"
    private byte[] _head = new byte[512];
    private int _headLength;
    private readonly ArrayBufferWriter<byte> _escapedId = new(256);
    private readonly Utf8JsonWriter _idWriter;
    private readonly ArrayBufferWriter<byte> _answer = new(4096);
    private readonly Utf8JsonWriter _answerWriter;

    public PreEncodedAnswers(Classifier classifier, DateTime today, int maxCachedBytes = DefaultMaxCachedBytes)
    {
        _maxCachedBytes = maxCachedBytes;
        _classifier = classifier;
        _today = today;
        _todayPeriod = classifier.PeriodOf(today);
        _todayIso = Encoding.ASCII.GetBytes(QueryDate(today));
        _answersBySpan = _answers.GetAlternateLookup<ReadOnlySpan<byte>>();
        _idWriter = new Utf8JsonWriter(_escapedId, AnswerJson.WriterOptions);
        _answerWriter = new Utf8JsonWriter(_answer, AnswerJson.WriterOptions);
    }

    /// <summary>
    /// Writes the answer to <paramref name="line"/> (BOM and carriage return already cut) and its line
    /// feed to <paramref name="output"/>; false, with nothing written, for a line this path does not answer.
    /// </summary>
    public bool TryWrite(ReadOnlySpan<byte> line, Stream output)
    {
        if (!Utf8.IsValid(line))
            return false;
        ReadOnlySpan<byte> id = default, on = default;
        var idType = JsonTokenType.Null;
        int idLength = 0, nameLength = -1;
        var reader = new Utf8JsonReader(line, ReaderOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return false;
            var seen = Member.None;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var member = MemberOf(ref reader);
                if (member == Member.None || (seen & member) != 0)
                    return false; // an unknown or repeated member: the long way words the error
                seen |= member;
                if (!reader.Read())
                    return false;
                var type = reader.TokenType;
                switch (member)
                {
                    case Member.Name when type == JsonTokenType.String:
                        nameLength = Copy(ref reader, ref _key, 4);
                        break;
                    case Member.Id when type is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.Null:
                        idType = type;
                        if (type == JsonTokenType.String)
                            idLength = Copy(ref reader, ref _id, 0);
                        else
                            id = reader.ValueSpan;
                        break;
                    case Member.On when type == JsonTokenType.Null:
                        break;
                    case Member.On when type == JsonTokenType.String && !reader.ValueIsEscaped:
                        on = reader.ValueSpan;
                        if (on.IsEmpty)
                            return false;
                        break;
                    case Member.Preparation or Member.ThcPercent or Member.CatalogueVariety when type == JsonTokenType.Null:
                        break; // null is as if not given; anything else asks what only the long way answers
                    default:
                        return false;
                }
            }
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || nameLength < 0)
                return false;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false; // an escape that is no UTF-16 (a lone surrogate)
        }

        DateTime day;
        int period;
        if (on.IsEmpty)
        {
            day = _today;
            period = _todayPeriod;
            on = _todayIso;
        }
        else
        {
            if (on.SequenceEqual(_lastIso))
            {
                day = _lastDay;
                period = _lastPeriod;
            }
            else
            {
                if (!TryReadDate(on, out day))
                    return false; // the long way words the error
                period = _classifier.PeriodOf(day);
                on.CopyTo(_lastIso);
                _lastDay = day;
                _lastPeriod = period;
            }
        }
        BinaryPrimitives.WriteInt32LittleEndian(_key, period);
        var key = _key.AsSpan(0, 4 + nameLength);
        if (!_answersBySpan.TryGetValue(key, out var fragment) && !TryEncode(key, day, out fragment))
            return false;

        _headLength = 0;
        Append("{\"id\":"u8);
        switch (idType)
        {
            case JsonTokenType.String when IsPlain(_id.AsSpan(0, idLength)):
                Append("\""u8);
                Append(_id.AsSpan(0, idLength));
                Append("\""u8);
                break;
            case JsonTokenType.String:
                // As the long way writes the id (JsonElement.WriteTo): unescaped, then written by the contract's writer.
                try
                {
                    _escapedId.ResetWrittenCount();
                    _idWriter.Reset(_escapedId);
                    _idWriter.WriteStringValue(_id.AsSpan(0, idLength));
                    _idWriter.Flush();
                    Append(_escapedId.WrittenSpan);
                }
                catch (ArgumentException)
                {
                    return false;
                }
                break;
            case JsonTokenType.Number:
                Append(id); // a number is written as the query wrote it
                break;
            default:
                Append("null"u8);
                break;
        }
        Append(fragment.NameOn);
        Append(on);
        output.Write(_head, 0, _headLength);
        output.Write(fragment.Tail);
        return true;
    }

    /// <summary>Printable ASCII but <c>"</c> and <c>\</c>: what the contract's writer writes as it is (the tests compare every such character).</summary>
    private static bool IsPlain(ReadOnlySpan<byte> text) =>
        text.IndexOfAnyExceptInRange((byte)' ', (byte)'~') < 0 && text.IndexOfAny((byte)'"', (byte)'\\') < 0;

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_headLength + bytes.Length > _head.Length)
            Array.Resize(ref _head, Math.Max(_head.Length * 2, _headLength + bytes.Length));
        bytes.CopyTo(_head.AsSpan(_headLength));
        _headLength += bytes.Length;
    }

    /// <summary>
    /// yyyy-mm-dd, a day of the calendar, as <see cref="QueryReader.ParseDate"/> reads it; false for anything
    /// else, which the long way reads (and refuses with its message).
    /// </summary>
    private static bool TryReadDate(ReadOnlySpan<byte> text, out DateTime day)
    {
        day = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
            return false;
        int year = 0, month = 0, dayOfMonth = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
                continue;
            var digit = text[i] - (byte)'0';
            if ((uint)digit > 9)
                return false;
            if (i < 4)
                year = year * 10 + digit;
            else if (i < 7)
                month = month * 10 + digit;
            else
                dayOfMonth = dayOfMonth * 10 + digit;
        }
        if (year < 1 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
            return false;
        day = new DateTime(year, month, dayOfMonth);
        return true;
    }

    /// <summary>
    /// The first answer to a name in a period: classified, written by <see cref="AnswerJson.Write"/>, cut
    /// after its date and kept. False when the name is blank or cannot be classified (the long way words why).
    /// </summary>
    private bool TryEncode(ReadOnlySpan<byte> key, DateTime day, out Fragment fragment)
    {
        fragment = default;
        var name = Encoding.UTF8.GetString(key.Slice(4));
        if (string.IsNullOrWhiteSpace(name))
            return false;
        ClassificationAnswer answer;
        try
        {
            answer = _classifier.Classify(new ClassificationQuery(name, day));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
        _answer.ResetWrittenCount();
        _answerWriter.Reset(_answer);
        AnswerJson.Write(_answerWriter, null, answer);
        _answerWriter.Flush();
        var written = _answer.WrittenSpan;

        // {"id":null,"name":NAME,"on":"yyyy-mm-dd" then the rest: find NAME's end and check the rest of the head.
        var head = "{\"id\":null,\"name\":"u8;
        if (!written.StartsWith(head))
            return false;
        var reader = new Utf8JsonReader(written.Slice(head.Length));
        if (!reader.Read() || reader.TokenType != JsonTokenType.String)
            return false;
        var nameEnd = head.Length + (int)reader.BytesConsumed;
        var date = Encoding.ASCII.GetBytes(",\"on\":\"" + QueryDate(day) + "\"");
        if (!written.Slice(nameEnd).StartsWith(date))
            return false;
        // The date's closing quote, the rest of the answer and its line feed.
        var rest = written.Slice(nameEnd + date.Length - 1);
        var tail = new byte[rest.Length + 1];
        rest.CopyTo(tail);
        tail[^1] = (byte)'\n';

        if (_cachedBytes > _maxCachedBytes)
        {
            _answers.Clear();
            _tails.Clear();
            _cachedBytes = 0;
        }
        if (_tails.TryGetValue(tail, out var shared))
            tail = shared;
        else
        {
            _tails.Add(tail, tail);
            _cachedBytes += tail.Length + EntryOverhead;
        }
        // ,"name":NAME,"on":" — what comes between the id and the date.
        var nameOn = new byte[nameEnd - head.Length + 15];
        ",\"name\":"u8.CopyTo(nameOn);
        written.Slice(head.Length, nameEnd - head.Length).CopyTo(nameOn.AsSpan(8));
        ",\"on\":\""u8.CopyTo(nameOn.AsSpan(nameOn.Length - 7));
        fragment = new Fragment(nameOn, tail);
        _answers.Add(key.ToArray(), fragment);
        _cachedBytes += key.Length + nameOn.Length + EntryOverhead;
        return true;
    }

    /// <summary>The query member the reader is on (its name as written, or unescaped when it has escapes).</summary>
    private static Member MemberOf(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
            return reader.ValueTextEquals("name"u8) ? Member.Name
                : reader.ValueTextEquals("id"u8) ? Member.Id
                : reader.ValueTextEquals("on"u8) ? Member.On
                : reader.ValueTextEquals("preparation"u8) ? Member.Preparation
                : reader.ValueTextEquals("thc_percent"u8) ? Member.ThcPercent
                : reader.ValueTextEquals("catalogue_variety"u8) ? Member.CatalogueVariety
                : Member.None;
        var name = reader.ValueSpan;
        return name.Length switch
        {
            4 when name.SequenceEqual("name"u8) => Member.Name,
            2 when name.SequenceEqual("id"u8) => Member.Id,
            2 when name.SequenceEqual("on"u8) => Member.On,
            11 when name.SequenceEqual("preparation"u8) => Member.Preparation,
            11 when name.SequenceEqual("thc_percent"u8) => Member.ThcPercent,
            17 when name.SequenceEqual("catalogue_variety"u8) => Member.CatalogueVariety,
            _ => Member.None,
        };
    }

    [Flags]
    private enum Member
    {
        None = 0,
        Id = 1,
        Name = 2,
        On = 4,
        Preparation = 8,
        ThcPercent = 16,
        CatalogueVariety = 32,
    }

    /// <summary>The string the reader is on, unescaped, into <paramref name="buffer"/> from <paramref name="at"/>; its length.</summary>
    private static int Copy(ref Utf8JsonReader reader, ref byte[] buffer, int at)
    {
        var needed = at + reader.ValueSpan.Length;
        if (buffer.Length < needed)
            Array.Resize(ref buffer, Math.Max(needed, buffer.Length * 2));
        if (!reader.ValueIsEscaped)
        {
            reader.ValueSpan.CopyTo(buffer.AsSpan(at));
            return reader.ValueSpan.Length;
        }
        return reader.CopyString(buffer.AsSpan(at));
    }

    private static string QueryDate(DateTime day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An answer encoded: <c>,"name":NAME,"on":"</c> (between the id and the date), and the rest from the date's closing quote to the line feed.</summary>
    private readonly record struct Fragment(byte[] NameOn, byte[] Tail);

    /// <summary>Byte arrays compared by content, and looked up by a span of bytes without copying it.</summary>
    private sealed class Bytes : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly Bytes Comparer = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] bytes) => GetHashCode((ReadOnlySpan<byte>)bytes);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        // Seeded per process, so that no input can be made to collide on purpose.
        private static readonly ulong Seed = (ulong)Random.Shared.NextInt64();

        /// <summary>Eight bytes a step, multiplied and folded: a few nanoseconds for a name (HashCode.AddBytes takes four times as long).</summary>
        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = Seed ^ ((ulong)alternate.Length * 0x9E3779B97F4A7C15UL);
            while (alternate.Length >= 8)
            {
                hash = Mix(hash ^ BinaryPrimitives.ReadUInt64LittleEndian(alternate));
                alternate = alternate.Slice(8);
            }
            ulong last = 0;
            for (var i = 0; i < alternate.Length; i++)
                last |= (ulong)alternate[i] << (8 * i);
            hash = Mix(hash ^ last);
            return (int)(hash ^ (hash >> 32));
        }

        private static ulong Mix(ulong value)
        {
            value *= 0xFF51AFD7ED558CCDUL;
            return value ^ (value >> 33);
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
