using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Listings.Runtime;

namespace Listings.Compiler.Formatting;

/// <summary>
/// The keywords of the language, as the grammar writes them (<c>arrêté</c>, <c>JO</c>, <c>qu'ils</c>).
/// They are read from the grammar's own source (grammar/Listings.Grammar/Parsing/ListingGrammar.cs,
/// embedded in this assembly at build time): every word of its <c>K("…")</c> and <c>P("…")</c> calls.
/// So the formatter and the editor keep no second list, and a keyword a new production adds is known
/// here as soon as it is written there.
/// </summary>
public static class ListingKeywords
{
    private const string GrammarResource = "Listings.Compiler.ListingGrammar.cs";

    /// <summary>The words that open a statement (LANGUAGE.md, "Structure").</summary>
    public static readonly IReadOnlyList<string> StatementKeywords = new[]
    {
        "liste", "acte", "annexe", "partie", "tableau", "groupe", "comprend", "astérisques",
        "amendement", "ajoute", "retire", "transfère", "modifie", "dérogation", "autorise", "contre-ions",
    };

    private static readonly Lazy<(IReadOnlyList<string> All, IReadOnlyList<string> Phrases, Dictionary<string, List<string>> ByFold)> Table = new(Load);

    /// <summary>Every keyword, in ordinal order.</summary>
    public static IReadOnlyList<string> All => Table.Value.All;

    /// <summary>Every keyword and phrase as the grammar reads it (<c>fixée par</c>, <c>en vigueur le</c>), in ordinal order.</summary>
    public static IReadOnlyList<string> Phrases => Table.Value.Phrases;

    /// <summary>
    /// The keyword <paramref name="word"/> is a spelling of (any case, any accents, either apostrophe), or
    /// null. Where two keywords fold alike (<c>ou</c> and <c>où</c>, <c>a</c> and <c>à</c>) the word keeps
    /// its accents and only its case is normalised; a word that is neither as written is left alone.
    /// </summary>
    public static string? Canonical(string word)
    {
        if (!Table.Value.ByFold.TryGetValue(TextFolding.Fold(word), out var keywords))
            return null;
        if (keywords.Count == 1)
            return keywords[0];
        var lower = word.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant().Replace('\u2019', '\'');
        return keywords.FirstOrDefault(k => k.Replace('\u2019', '\'') == lower);
    }

    private static (IReadOnlyList<string>, IReadOnlyList<string>, Dictionary<string, List<string>>) Load()
    {
        using var stream = typeof(ListingKeywords).Assembly.GetManifestResourceStream(GrammarResource)
            ?? throw new InvalidOperationException("the grammar's source is not embedded in " + typeof(ListingKeywords).Assembly.GetName().Name);
        using var reader = new StreamReader(stream);
        var source = reader.ReadToEnd();
        var phrases = Regex.Matches(source, @"\b[KP]\(""([^""]+)""\)")
            .Cast<Match>()
            .Select(m => m.Groups[1].Value)
            .Concat(StatementKeywords)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        var words = phrases.SelectMany(p => p.Split(' ')).Distinct(StringComparer.Ordinal).OrderBy(w => w, StringComparer.Ordinal).ToList();
        var byFold = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var key = TextFolding.Fold(word);
            if (!byFold.TryGetValue(key, out var same))
                byFold.Add(key, same = new List<string>());
            same.Add(word);
        }
        return (words, phrases, byFold);
    }
}
