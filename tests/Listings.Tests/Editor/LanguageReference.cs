using System;
using System.Collections.Generic;
using System.IO;
using Listings.Tests.Support;

namespace Listings.Tests.Editor;

/// <summary>The example blocks of <c>grammar/LANGUAGE.md</c>, read from the document itself.</summary>
public static class LanguageReference
{
    public sealed record Example(string Heading, string Text);

    /// <summary>Each fenced block of the section "Constructs, one example each", under its heading.</summary>
    public static IReadOnlyList<Example> ConstructExamples()
    {
        var lines = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "grammar", "LANGUAGE.md"))
            .Replace("\r\n", "\n").Split('\n');
        var examples = new List<Example>();
        var inSection = false;
        var heading = "";
        List<string>? block = null;
        foreach (var line in lines)
        {
            if (block is not null)
            {
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    examples.Add(new Example(heading, string.Join("\n", block)));
                    block = null;
                }
                else
                {
                    block.Add(line);
                }
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inSection = line == "## Constructs, one example each";
            }
            else if (inSection && line.StartsWith("### ", StringComparison.Ordinal))
            {
                heading = line.Substring(4);
            }
            else if (inSection && line == "```")
            {
                block = new List<string>();
            }
        }
        if (examples.Count == 0)
            throw new InvalidOperationException("grammar/LANGUAGE.md has no examples under \"Constructs, one example each\".");
        return examples;
    }
}
