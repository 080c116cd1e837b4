using System;
using System.Text;
using Listings.Grammar.Diagnostics;

namespace Listings.Grammar.Text;

/// <summary>The text of a listing file, or why it cannot be read (LST0006).</summary>
public sealed record ReadListing(string? Text, ListingDiagnostic? Error);

/// <summary>
/// How a listing file's bytes become its text — one rule for <c>listings check</c>, the generator and
/// the analyzers, so the build never reads what the CLI rejects. A listing is UTF-8 (a byte-order mark
/// is dropped), and its text holds no U+FFFD: that character is what a decoder puts where bytes were
/// not UTF-8, never a word of an act.
/// </summary>
public static class ListingText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes a file's bytes (the CLI reads them from disk).</summary>
    public static ReadListing Decode(string displayPath, byte[] bytes)
    {
        try
        {
            return Accept(displayPath, StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return NotUtf8(displayPath);
        }
    }

    /// <summary>
    /// A text someone else decoded: the compiler hands the generator and the analyzers a text it read
    /// as UTF-8 when it could, else in a fallback encoding (<paramref name="encoding"/>, which on
    /// Windows is Windows-1252, and elsewhere UTF-8 with U+FFFD in place of each bad byte).
    /// </summary>
    public static ReadListing Accept(string displayPath, string? text, Encoding? encoding)
    {
        if (text is null)
            return new ReadListing(null, SyntaxDiagnostics.UnreadableFile(displayPath, "the compiler could not read the file"));
        if (encoding is not null && encoding.CodePage != Encoding.UTF8.CodePage)
            return NotUtf8(displayPath);
        if (text.IndexOf('\uFFFD') >= 0)
            return NotUtf8(displayPath);
        return new ReadListing(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text, null);
    }

    private static ReadListing NotUtf8(string displayPath) =>
        new(null, SyntaxDiagnostics.UnreadableFile(displayPath, "the file is not valid UTF-8"));
}
