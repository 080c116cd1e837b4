using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;

namespace Listings.Cli.Commands;

/// <summary>
/// The typed options the commands share. A value that does not parse is a usage error (exit code 2)
/// that names the option and says what it expects, never a value read some other way.
/// </summary>
internal static class CliSyntax
{
    public static Option<DateTime?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-mm-dd",
        CustomParser = result => Parse(result, QueryReader.ParseDate),
    };

    public static Option<string> Format(string description, params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = description,
            DefaultValueFactory = _ => formats[0],
            HelpName = string.Join("|", formats),
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && Array.IndexOf(formats, value) < 0)
                result.AddError($"--format: '{value}' is not a format ({string.Join(", ", formats)})");
        });
        option.CompletionSources.Add(formats);
        return option;
    }

    /// <summary>Listing files or folders, zero or more; none means <c>listings/</c> in the working directory.</summary>
    public static Argument<string[]> Paths(string name, string description) => new(name)
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Parses the single token of an option with <paramref name="parse"/>; a <see cref="FormatException"/> becomes the option's error.</summary>
    public static T? Parse<T>(ArgumentResult result, Func<string, T> parse)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[result.Tokens.Count - 1].Value : "";
        try
        {
            return parse(text);
        }
        catch (FormatException e)
        {
            result.AddError($"{NameOf(result)}: {e.Message}");
            return default;
        }
    }

    public static string NameOf(ArgumentResult result) => result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;

    /// <summary>
    /// Words that look like options but are none of this command's: System.CommandLine hands them to
    /// a command's arguments (<c>classify --date 2024-01-01 cocaïne</c> would classify "--date"). They
    /// are usage errors, with the nearest option when one is close; after <c>--</c> a word is an
    /// argument whatever it looks like.
    /// </summary>
    public static IEnumerable<string> UnknownOptions(ParseResult parse)
    {
        var taken = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        foreach (var child in parse.CommandResult.Children.OfType<OptionResult>())
            foreach (var token in child.Tokens)
                taken.Add(token);
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
                yield break;
            if (token.Type != TokenType.Argument || taken.Contains(token) || token.Value.Length < 2 || token.Value[0] != '-')
                continue;
            var near = Nearest(token.Value, parse.CommandResult.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)));
            yield return $"'{token.Value}' is not an option of '{parse.CommandResult.Command.Name}'"
                + (near is null ? "" : $" (did you mean {near}?)")
                + "; to give an argument that starts with '-', put it after '--'";
        }
    }

    private static string? Nearest(string word, IEnumerable<string> names)
    {
        var bare = word.Split('=')[0].TrimStart('-');
        return names.Where(n => n.StartsWith("--", StringComparison.Ordinal))
            .Select(n => (Name: n, Distance: Distance(bare, n.TrimStart('-'))))
            .Where(x => x.Distance <= Math.Max(1, Math.Min(2, bare.Length / 3)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => x.Name)
            .FirstOrDefault();
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
