using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Listings.Fuzzing;
using Listings.Runtime;
using Listings.Tests.Generator;
using Listings.Tests.Support;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace Listings.Tests.Hardening;

/// <summary>
/// Injection into the generated C#: names, aliases, act titles, exceptions, derogations, descriptions,
/// notes and comments full of what breaks generated code — quotes, backslashes, braces, comment
/// delimiters, preprocessor directives, line and paragraph separators, bidirectional controls, non-BMP
/// characters, unpaired surrogates. The generated code must compile, hold none of the invisible or
/// line-breaking characters raw, and answer with the listing's strings exactly.
/// </summary>
public class HostileNameTests
{
    private static readonly DateTime On = new(2024, 1, 1);
    private const string TypeName = "Fixture.Listings.FixtureListings";

    /// <summary>Pieces of hostile text; none holds '\n', '\r' or '»', which no string of the language can.</summary>
    private static readonly string[] Fragments =
    {
        "\"", "\\", "\\\"", "\"\"\"", "{", "}", "{{0}}", "*/", "/*", "#line 1 \"evil.cs\"", "#pragma warning disable",
        "#error boom", "//", "///", "<summary>", "</summary>", "&amp;", "@\"", "$\"{x}\"", "'", "’", "`",
        "\u2028", "\u2029", "\u0085", "\u000B", "\u000C", "\t", "\0", "\u001A", "\u007F",
        "\u202E", "\u202D", "\u202A", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C",
        "\u200B", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u00A0", "\u202F",
        "😀", "𝔸", "👨‍👩‍👧", "🇫🇷", "\uD800", "\uDBFF", "\uDC00", "\uDFFF",
        "e\u0301", "\u0301", "\u20DD", "ǅ", "İ", "ı", "ß", "œ", "Ⅳ", "µ", "μ", "а", "\uE000", "\uFFFF", "\uFFFE",
        "«", "•", "-", "(", ")", ",", ":", "#", "sauf", "ou", "texte", "acte",
    };

    private static string Quote(string value)
    {
        value.ShouldNotContain('\n');
        value.ShouldNotContain('\r');
        return "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }

    private static string Guillemets(string value)
    {
        value.ShouldNotContain('»');
        value.ShouldBe(value.Trim(), "a « » string is trimmed");
        return "« " + value + " »";
    }

    /// <summary>A hostile string with a unique, non-empty name key: "n7-" and then hostile pieces.</summary>
    private static string Hostile(Random random, string prefix)
    {
        var builder = new StringBuilder(prefix);
        var count = random.Next(1, 7);
        for (var i = 0; i < count; i++)
        {
            if (random.Next(3) == 0)
                builder.Append(' ');
            builder.Append(Fragments[random.Next(Fragments.Length)]);
        }
        return builder.ToString();
    }

    /// <summary>Comment text: anything but a line end.</summary>
    private static string HostileComment(Random random) => Hostile(random, "# ").Replace("\n", "").Replace("\r", "");

    private sealed record Case(string Name, string? Alias, string? Sic);

    private sealed record Fixture((string Path, string Text)[] Files, List<Case> Cases, string ActTitle, string Isomer, string Subject);

    private static Fixture Build(int seed, int count)
    {
        var random = new Random(seed);
        var actTitle = Hostile(random, "titre-");
        var cases = new List<Case>();
        var lines = new List<string>
        {
            HostileComment(random),
            "liste stupefiants " + Quote(Hostile(random, "liste-")) + " fixée par (1) " + HostileComment(random),
            "acte (1) de stupefiants : arrêté du 22/02/1990 " + Quote(actTitle) + " JO du 07/06/1990 " + HostileComment(random),
            "annexe I de stupefiants " + HostileComment(random),
            "comprend les substances ci-après désignées texte " + Quote(Hostile(random, "note-")),
        };
        for (var i = 0; i < count; i++)
        {
            var name = Hostile(random, "n" + i + "-");
            switch (i % 3)
            {
                case 0:
                    lines.Add("- " + Quote(name) + " " + HostileComment(random));
                    cases.Add(new Case(name, null, null));
                    break;
                case 1:
                    name = name.Replace("»", "").Trim();
                    lines.Add("- " + Guillemets(name) + " (" + Quote(Hostile(random, "desc-")) + ") " + HostileComment(random));
                    cases.Add(new Case(name, null, null));
                    break;
                default:
                    var alias = Hostile(random, "a" + i + "-");
                    var sic = Hostile(random, "s" + i + "-");
                    lines.Add("- " + Quote(name) + " ou " + Quote(alias));
                    lines.Add("    sic " + Quote(sic) + " défaut " + Quote(Hostile(random, "defaut-")) + " " + HostileComment(random));
                    cases.Add(new Case(name, alias, sic));
                    break;
            }
        }
        var isomer = Hostile(random, "iso-");
        lines.Add("- \"levo-base\", sauf son isomère dextrogyre ou " + Quote(isomer));
        var subject = Hostile(random, "sujet-");
        lines.Add("dérogation par (1) à " + Quote(cases[0].Name) + " de stupefiants annexe I " + HostileComment(random));
        lines.Add("autorise " + Quote(subject) + " si teneur en " + Quote(Hostile(random, "thc-")) + " au plus 0,30 %");
        var files = new[] { ("listings/hostile.listing", string.Join("\n", lines) + "\n") };
        return new Fixture(files, cases, actTitle, isomer, subject);
    }

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 6).Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Hostile_names_compile_and_classify_to_exactly_themselves(int seed)
    {
        var fixture = Build(seed, count: 30);
        var keys = fixture.Cases.SelectMany(c => new[] { c.Name, c.Alias, c.Sic }).Where(n => n is not null)
            .Select(n => TextFolding.NameKey(n!)).ToList();
        keys.Distinct(StringComparer.Ordinal).Count().ShouldBe(keys.Count, "the fixture's names must have distinct keys");

        var (source, diagnostics, output) = GeneratorHarness.Run(fixture.Files);

        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ShouldBeEmpty();
        source.ShouldNotBeNull();
        FuzzCore.RawHazard(source).ShouldBeNull("the generated source must escape every invisible or line-breaking character");
        using var generated = GeneratedAssembly.Load(output, TypeName);

        foreach (var c in fixture.Cases)
        {
            var answer = generated.Classify(c.Name, On);
            answer.Status.ShouldBe(ClassificationStatus.Listed, Describe(c.Name));
            answer.Classifications.Count(k => k.Entry == c.Name).ShouldBe(1, Describe(c.Name) + " → " + Entries(answer));
            answer.Name.ShouldBe(c.Name);
            var act = answer.Classifications.Single(k => k.Entry == c.Name).Acts.ShouldHaveSingleItem();
            act.Title.ShouldBe("Arrêté du 22/02/1990 " + fixture.ActTitle, Describe(act.Title));
            foreach (var other in new[] { c.Alias, c.Sic }.Where(a => a is not null))
            {
                var viaAlias = generated.Classify(other!, On);
                viaAlias.Status.ShouldBe(ClassificationStatus.Listed, Describe(other!));
                viaAlias.Classifications.ShouldContain(k => k.Entry == c.Name && k.Via == Via.Alias, Describe(other!) + " → " + Entries(viaAlias));
            }
        }

        var isomer = generated.Classify(fixture.Isomer, On);
        isomer.Status.ShouldBe(ClassificationStatus.Exempted, Describe(fixture.Isomer));
        isomer.Exceptions.ShouldContain(e => e.Entry == "levo-base" && e.Text == "son isomère dextrogyre ou " + fixture.Isomer);

        var hemp = generated.All.Classify(new ClassificationQuery(fixture.Subject, On) { ThcPercent = 0.1m });
        hemp.Status.ShouldBe(ClassificationStatus.Exempted, Describe(fixture.Subject));
        hemp.Exceptions.ShouldContain(e => e.Entry == fixture.Cases[0].Name && e.Text.Contains(fixture.Subject, StringComparison.Ordinal));
    }

    /// <summary>
    /// One hostile name per kind of attack. Theory data carries indices, not the strings: an attribute
    /// argument is stored as UTF-8, which would silently turn an unpaired surrogate into U+FFFD.
    /// </summary>
    private static readonly string[] OneNames =
    {
        "a\"b",
        "back\\slash\\",
        "\"; } } namespace Evil { class X { static string s = \"",
        "*/ evil(); /*",
        "#line 1 \"evil.cs\"",
        "#pragma warning disable",
        "// not a comment",
        "{0} {{ }} $\"{x}\" @\"y\"",
        "line\u2028separator",
        "paragraph\u2029separator",
        "next\u0085line",
        "Coca\u202Eenia",
        "\u2066isolated\u2069",
        "grinning 😀",
        "𝔸lpha",
        "lone \uD800 high",
        "lone \uDC00 low",
        "reversed \uDC00\uD800 pair",
        "nul\0byte",
        "ctrl-z\u001A",
    };

    public static IEnumerable<object[]> OneNameIndices() => Enumerable.Range(0, OneNames.Length).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(OneNameIndices))]
    public void One_hostile_name_in_each_kind_of_string_is_kept_exactly(int index)
    {
        var name = OneNames[index];
        var guillemets = name.Replace("»", "").Trim();
        var listing = string.Join("\n",
            "liste stupefiants \"Liste\" fixée par (1)",
            "acte (1) de stupefiants : arrêté du 22/02/1990 " + Quote(name) + " JO du 07/06/1990",
            "annexe I de stupefiants",
            "- " + Quote(name) + " # " + name,
            "- " + Guillemets(guillemets + " bis"),
            "");

        var (source, diagnostics, output) = GeneratorHarness.Run(new[] { ("listings/one.listing", listing) });

        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ShouldBeEmpty();
        FuzzCore.RawHazard(source!).ShouldBeNull();
        using var generated = GeneratedAssembly.Load(output, TypeName);
        foreach (var expected in new[] { name, guillemets + " bis" })
        {
            var answer = generated.Classify(expected, On);
            answer.Status.ShouldBe(ClassificationStatus.Listed, Describe(expected));
            answer.Classifications.ShouldContain(c => c.Entry == expected, Describe(expected) + " → " + Entries(answer));
        }
        generated.Classify(name, On).Classifications.Single(c => c.Entry == name).Acts.Single().Title
            .ShouldBe("Arrêté du 22/02/1990 " + name);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Hostile_comments_descriptions_and_notes_change_nothing_in_the_generated_code(int seed)
    {
        var random = new Random(seed);
        var plain = string.Join("\n",
            "liste stupefiants \"Liste\" fixée par (1)",
            "acte (1) de stupefiants : arrêté du 22/02/1990 \"titre\" JO du 07/06/1990",
            "annexe I de stupefiants",
            "- \"Cocaïne\"",
            "- \"Morphine\"",
            "");
        // The same lines, each ending in a hostile note and comment: no line moves, nothing emitted changes.
        var hostile = string.Join("\n", plain.Split('\n').Select(line => line.Length == 0 ? line
            : line + " texte " + Quote(Hostile(random, "t-")) + " défaut " + Quote(Hostile(random, "d-")) + " " + HostileComment(random)));

        var expected = GeneratorHarness.Run(new[] { ("listings/a.listing", plain) });
        var actual = GeneratorHarness.Run(new[] { ("listings/a.listing", hostile) });

        actual.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ShouldBeEmpty();
        actual.Source.ShouldBe(expected.Source);
    }

    [Fact]
    public void List_identifiers_that_collide_with_the_generated_members_still_compile_without_warnings()
    {
        // Each becomes a property of the generated class: All, Classify, CreateTables and the class's own
        // name are taken; ToString, Equals, GetHashCode, GetType are inherited from object.
        var ids = new[]
        {
            "all", "classify", "create-tables", "fixture-listings", "list", "list-list", "ступефианты", "ǅungla",
            "to-string", "equals", "get-hash-code", "get-type", "reference-equals", "memberwise-clone", "finalize",
            "system", "listings", "global", "s_all",
        };
        var text = new StringBuilder("acte fondateur : arrêté du 22/02/1990 \"titre\" JO du 07/06/1990\n");
        for (var i = 0; i < ids.Length; i++)
        {
            text.Append("liste ").Append(ids[i]).Append(" \"Liste\" fixée par fondateur\n");
            text.Append("annexe I de ").Append(ids[i]).Append('\n');
            text.Append("- \"substance-").Append(i).Append("\"\n");
        }

        var (source, diagnostics, output) = GeneratorHarness.Run(new[] { ("listings/ids.listing", text.ToString()) });

        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ShouldBeEmpty();
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString())
            .ShouldBeEmpty("generated source:\n" + source);
        using var generated = GeneratedAssembly.Load(output, TypeName);
        for (var i = 0; i < ids.Length; i++)
            generated.Classify("substance-" + i, On).Classifications.ShouldContain(c => c.List == ids[i]);
    }

    [Theory]
    [InlineData("class")]
    [InlineData("My.namespace.Listings")]
    [InlineData("int")]
    [InlineData("global")]
    [InlineData("System")]
    [InlineData("x..y")]
    [InlineData("Evil { } namespace X")]
    [InlineData("A.B\u2028C")]
    public void A_hostile_namespace_property_gives_code_that_compiles(string ns)
    {
        var properties = new Dictionary<string, string> { ["build_property.ListingsNamespace"] = ns };

        var (source, diagnostics, output) = GeneratorHarness.Run(Fixtures.Set(), properties);

        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ShouldBeEmpty();
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())
            .ShouldBeEmpty("namespace property '" + ns + "' gave:\n" + source?.Split('\n').Take(12).Aggregate((a, b) => a + "\n" + b));
    }

    [Theory]
    [InlineData("class")]
    [InlineData("int")]
    [InlineData("1st")]
    [InlineData("Évil\u202Ename")]
    [InlineData("a b")]
    public void A_hostile_class_name_property_gives_code_that_compiles(string name)
    {
        var properties = new Dictionary<string, string> { ["build_property.ListingsClassName"] = name };

        var (source, diagnostics, output) = GeneratorHarness.Run(Fixtures.Set(), properties);

        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ShouldBeEmpty();
        FuzzCore.RawHazard(source!).ShouldBeNull();
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ShouldBeEmpty();
    }

    private static string Describe(string text) => "« " + FuzzCore.Escape(text) + " »";

    private static string Entries(ClassificationAnswer answer) =>
        answer.Status + " [" + string.Join(" | ", answer.Classifications.Select(c => FuzzCore.Escape(c.Entry) + " via " + c.Via)) + "]";
}
