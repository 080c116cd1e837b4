using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Listings.Cli;
using Listings.Cli.Commands;
using Listings.Cli.Export;
using Listings.Tests.Support;
using Shouldly;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Listings.Tests.Cli.Export;

/// <summary>
/// The YAML export is read back, by YamlDotNet (YAML 1.2) and by PyYAML (YAML 1.1), with every key a
/// string and every value equal to what was exported: for the French listings, for a listing whose
/// names are hostile to YAML (<c>on</c>, <c>Yes</c>, <c>#</c>, <c>: </c>, control, format and
/// line-separator characters), and for strings no listing can hold.
/// </summary>
public class YamlReadBackTests
{
    private static readonly DateTime On = new(2024, 1, 1);

    /// <summary>Names that YAML would read as something else, or refuse, if written plain or raw.</summary>
    public static readonly string[] HostileNames =
    {
        "on", "Yes", "no", "Off", "y", "N", "null", "~", "true", "#hash", "a: b", "2024-01-01", "0x10", "1e5", ".inf",
        "[x]", "{y}", "*star", "&anchor", "!tag", "|pipe", ">fold", "'quote", "%pct", "@at", "`tick`", "<details>", "a | b",
        "back\\slash", "dq \" inside", "tab\there", "nel\u0085x", "ls\u2028x", "ps\u2029x", "bidi\u202Ex", "zw\u200Bx",
        "bom\uFEFFx", "del\u007Fx", "ctl\u0001x", "esc\u001Bx", "c1\u0090x", "nbsp\u00A0x", "- dash", "? q", ": colon",
        "trailing ", " leading", "=", "<<", "é", "ǅ", "𝒜 math", "Cocaïne", "Acide 4-hydroxybutanoïque", "CP 47,497",
    };

    private static string Export(string folder, string format)
    {
        var output = new StringWriter { NewLine = "\n" };
        ExportCommand.Run(new[] { folder }, format, On, output).ShouldBe(0, output.ToString());
        return output.ToString();
    }

    /// <summary>A listing with one entry per hostile name (written in the listing's own escapes).</summary>
    private static ListingFixture HostileListing()
    {
        var fixture = new ListingFixture("yaml-hostile-");
        var lines = new List<string>
        {
            "liste stupefiants \"Liste: des # stupéfiants\" fixée par (1)",
            "acte (1) de stupefiants : arrêté du 22/02/1990 \"fixant la liste : on, yes\" JO du 07/06/1990",
            "",
            "annexe I de stupefiants",
            "comprend les substances ci-après désignées",
        };
        lines.AddRange(HostileNames.Select(n => "- \"" + n.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\""));
        fixture.Write("listings/hostile.listing", string.Join("\n", lines) + "\n");
        return fixture;
    }

    [Fact]
    public void The_hostile_listing_reads_without_errors_and_keeps_every_name()
    {
        using var fixture = HostileListing();

        var set = ListingSet.Load(new[] { fixture.PathOf("listings") });

        set.HasErrors.ShouldBeFalse(string.Join("\n", set.Diagnostics));
        set.Model.Entries.Select(e => e.Title).OrderBy(t => t, StringComparer.Ordinal)
            .ShouldBe(HostileNames.OrderBy(t => t, StringComparer.Ordinal));
    }

    [Fact]
    public void PyYAML_reads_the_French_export_with_string_keys_and_the_values_of_the_JSON_export()
    {
        var read = PythonYaml.Read(Export(RepositoryPaths.Listings, "yaml"));

        JsonNode.DeepEquals(read, JsonNode.Parse(Export(RepositoryPaths.Listings, "json"))).ShouldBeTrue();
        read[0]!["on"]!.GetValue<string>().ShouldBe("2024-01-01");
    }

    [Fact]
    public void PyYAML_reads_the_hostile_export_with_string_keys_and_every_name_as_written()
    {
        using var fixture = HostileListing();
        var folder = fixture.PathOf("listings");

        var read = PythonYaml.Read(Export(folder, "yaml"));

        JsonNode.DeepEquals(read, JsonNode.Parse(Export(folder, "json"))).ShouldBeTrue();
        read[0]!["annexes"]![0]!["entries"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()).OrderBy(n => n, StringComparer.Ordinal)
            .ShouldBe(HostileNames.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void YamlDotNet_reads_the_French_export_back_to_the_exported_lists()
    {
        var exported = ListingExport.Of(ListingSet.Load(new[] { RepositoryPaths.Listings }), On);

        var read = ExportYaml.Read(Export(RepositoryPaths.Listings, "yaml"));

        JsonSerializer.Serialize(read).ShouldBe(JsonSerializer.Serialize(exported));
    }

    [Fact]
    public void YamlDotNet_reads_the_hostile_export_back_to_the_exported_lists()
    {
        using var fixture = HostileListing();
        var folder = fixture.PathOf("listings");
        var exported = ListingExport.Of(ListingSet.Load(new[] { folder }), On);

        var read = ExportYaml.Read(Export(folder, "yaml"));

        JsonSerializer.Serialize(read).ShouldBe(JsonSerializer.Serialize(exported));
        read[0].Annexes[0].Entries.Select(e => e.Name).OrderBy(n => n, StringComparer.Ordinal)
            .ShouldBe(HostileNames.OrderBy(n => n, StringComparer.Ordinal));
    }

    /// <summary>YAML 1.2's core schema: a plain scalar like these is not a string.</summary>
    private static readonly Regex CoreSchemaNonString = new(
        @"^(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.nan|\.NaN|\.NAN)$");

    [Fact]
    public void In_the_French_export_only_the_booleans_are_plain_scalars_a_YAML_12_reader_would_not_take_for_strings()
    {
        foreach (var document in ExportYaml.Documents(Export(RepositoryPaths.Listings, "yaml")))
            foreach (var (key, value) in Scalars(document.RootNode, null))
            {
                if (value.Style != YamlDotNet.Core.ScalarStyle.Plain || !CoreSchemaNonString.IsMatch(value.Value!))
                    continue;
                key.ShouldBe("in_force_assumed", $"'{value.Value}' plain under '{key}'");
            }
    }

    [Fact]
    public void Every_string_round_trips_through_both_readers_as_a_key_and_as_a_value()
    {
        // Strings no listing can hold too: NUL, CR, LF, noncharacters.
        var strings = HostileNames.Concat(new[] { "", " ", "nul\0x", "cr\rx", "lf\nx", "crlf\r\nx", "non\uFFFEx", "\uFFFF", "\"", "\\", "---", "...", "- ", "#" }).ToArray();
        var members = strings.Select((s, i) => new KeyValuePair<string, YamlText.Node>(s.Length == 0 ? "empty" : s, new YamlText.Sequence(new YamlText.Node[] { new YamlText.Text(s), new YamlText.Flag(i % 2 == 0) })));
        var text = new StringWriter { NewLine = "\n" };
        YamlText.WriteDocument(text, new YamlText.Mapping(members.ToList()));

        var python = PythonYaml.Read(text.ToString()).Single()!.AsObject();
        var yamlDotNet = (YamlMappingNode)ExportYaml.Documents(text.ToString()).Single().RootNode;

        for (var i = 0; i < strings.Length; i++)
        {
            var key = strings[i].Length == 0 ? "empty" : strings[i];
            python.ContainsKey(key).ShouldBeTrue($"key {Show(key)}");
            python[key]![0]!.GetValue<string>().ShouldBe(strings[i], $"value {Show(strings[i])} read by PyYAML");
            python[key]![1]!.GetValue<bool>().ShouldBe(i % 2 == 0);
            var item = (YamlSequenceNode)yamlDotNet.Children[new YamlScalarNode(key)];
            ((YamlScalarNode)item.Children[0]).Value.ShouldBe(strings[i], $"value {Show(strings[i])} read by YamlDotNet");
        }
    }

    private static string Show(string s) => string.Concat(s.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));

    private static IEnumerable<(string? Key, YamlScalarNode Value)> Scalars(YamlNode node, string? key)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                yield return (key, scalar);
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                    foreach (var found in Scalars(item, key))
                        yield return found;
                break;
            case YamlMappingNode mapping:
                foreach (var pair in mapping.Children)
                {
                    var name = ((YamlScalarNode)pair.Key).Value;
                    if (((YamlScalarNode)pair.Key).Style == YamlDotNet.Core.ScalarStyle.Plain)
                        CoreSchemaNonString.IsMatch(name!).ShouldBeFalse($"key '{name}'");
                    foreach (var found in Scalars(pair.Value, name))
                        yield return found;
                }
                break;
        }
    }
}
