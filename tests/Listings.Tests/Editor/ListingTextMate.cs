using System;
using System.Collections.Generic;
using System.IO;
using Listings.Tests.Support;
using TextMateSharp.Grammars;
using System.Text;
using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Themes.Reader;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace Listings.Tests.Editor;

/// <summary>One token of a line as the VS Code extension's grammar colours it.</summary>
public sealed record ColouredToken(int Line, string Text, IReadOnlyList<string> Scopes)
{
    /// <summary>The most specific scope, the one a theme colours by; <c>source.listing</c> when none other.</summary>
    public string Scope => Scopes[Scopes.Count - 1];

    public bool Has(string scopePrefix) =>
        System.Linq.Enumerable.Any(Scopes, s => s == scopePrefix || s.StartsWith(scopePrefix + ".", StringComparison.Ordinal));
}

/// <summary>
/// Tokenizes listing text with <c>editors/vscode/syntaxes/listing.tmLanguage.json</c> through
/// TextMateSharp, the same Oniguruma regular expressions VS Code runs, line by line with the state
/// carried from one line to the next as an editor does.
/// </summary>
public static class ListingTextMate
{
    public const string ScopeName = "source.listing";

    public static string GrammarPath =>
        Path.Combine(RepositoryPaths.Root, "editors", "vscode", "syntaxes", "listing.tmLanguage.json");

    private static readonly Lazy<IGrammar> LazyGrammar = new(() =>
        new Registry(new Options()).LoadGrammar(ScopeName)
        ?? throw new InvalidOperationException("The grammar " + GrammarPath + " did not load."));

    public static List<ColouredToken> Tokenize(string text)
    {
        var tokens = new List<ColouredToken>();
        IStateStack? state = null;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var result = LazyGrammar.Value.TokenizeLine(line, state, TimeSpan.FromSeconds(10));
            state = result.RuleStack;
            foreach (var token in result.Tokens)
            {
                var start = Math.Min(token.StartIndex, line.Length);
                var end = Math.Min(token.EndIndex, line.Length);
                if (end > start)
                    tokens.Add(new ColouredToken(i + 1, line.Substring(start, end - start), token.Scopes.ToArray()));
            }
        }
        return tokens;
    }

    private sealed class Options : IRegistryOptions
    {
        public IRawGrammar GetGrammar(string scopeName)
        {
            if (scopeName != ScopeName)
                return null!;
            using var reader = new StreamReader(GrammarPath);
            return GrammarReader.ReadGrammarSync(reader);
        }

        public ICollection<string> GetInjections(string scopeName) => null!;

        // Tokens carry scopes whatever the theme; the registry only needs one to exist.
        public IRawTheme GetTheme(string scopeName) => GetDefaultTheme();

        public IRawTheme GetDefaultTheme()
        {
            using var reader = new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes("{\"name\":\"none\",\"settings\":[]}")));
            return ThemeReader.ReadThemeSync(reader);
        }
    }
}
