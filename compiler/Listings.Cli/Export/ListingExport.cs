using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Listings.Compiler.Diff;
using Listings.Compiler.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Listings.Cli.Export;

/// <summary>
/// The consolidated lists on a date, for consumers that are not .NET: one document per list with its
/// annexes, their inclusion rules, and each entry's aliases, forms, exceptions and acts. YAML through
/// YamlDotNet (which also reads it back), JSON through System.Text.Json; the same member names.
/// </summary>
public static class ListingExport
{
    // Strings that YAML would read as numbers, booleans or null ("1", "true") are quoted, so that any
    // YAML reader gets the annex "1" back as text.
    private static readonly ISerializer Yaml = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithQuotingNecessaryStrings()
        .DisableAliases()
        .Build();

    private static readonly IDeserializer YamlReader = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<ExportedList> Of(ListingSet set, DateTime on)
    {
        var state = ListingState.Of(set.Model, on);
        var titles = set.Documents.SelectMany(d => d.Lists).GroupBy(l => l.Id).ToDictionary(g => g.Key, g => g.First().Title.Value);
        var entriesById = set.Model.Entries.ToLookup(e => e.Location.ToString());
        var acts = set.Model.Acts.ToDictionary(a => a.Key, StringComparer.Ordinal);
        var date = Runtime.CalendarDay.Of(on);
        var lists = new List<ExportedList>();
        foreach (var listId in state.Entries.Values.Select(e => e.ListId).Concat(titles.Keys).Distinct().OrderBy(l => l, StringComparer.Ordinal))
        {
            var list = new ExportedList
            {
                Id = listId,
                Title = titles.TryGetValue(listId, out var title) ? title : "",
                On = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            foreach (var annex in set.Model.Annexes.Where(a => a.ListId == listId))
            {
                var exported = new ExportedAnnex
                {
                    Id = annex.AnnexId,
                    Kind = Compiler.Binding.FrenchWording.AnnexWord(annex.Kind),
                    InclusionRules = FormWords.Of(annex.Forms).ToList(),
                };
                foreach (var entry in state.Entries.Values.Where(e => e.ListId == listId && e.AnnexId == annex.AnnexId))
                {
                    var model = entriesById[entry.Location].First(e => e.From <= date && date < e.To);
                    exported.Entries.Add(new ExportedEntry
                    {
                        Name = entry.Title,
                        Aliases = entry.Aliases.ToList(),
                        ChemicalDesignations = entry.ChemicalDesignations.ToList(),
                        Forms = entry.Forms.ToList(),
                        Exceptions = entry.Exceptions.ToList(),
                        Acts = model.ActKeys.Where(acts.ContainsKey).Select(k => Act(acts[k])).Where(a => string.CompareOrdinal(a.InForce, list.On) <= 0 || a.InForce.Length == 0).ToList(),
                        Location = entry.Location,
                    });
                }
                if (exported.Entries.Count > 0)
                    list.Annexes.Add(exported);
            }
            lists.Add(list);
        }
        return lists;
    }

    private static ExportedAct Act(ActModel act) => new()
    {
        Mark = act.Label,
        Title = act.Title,
        Signed = act.Signed.IsKnown ? act.Signed.Iso : "inconnue",
        Published = act.Published.Iso,
        InForce = act.InForce.Iso,
        InForceAssumed = act.InForceAssumed,
    };

    /// <summary>A YAML stream, one document per list.</summary>
    public static void WriteYaml(IEnumerable<ExportedList> lists, TextWriter output)
    {
        foreach (var list in lists)
        {
            output.WriteLine("---");
            Yaml.Serialize(output, list);
        }
    }

    /// <summary>Reads the YAML stream back, one list per document.</summary>
    public static List<ExportedList> ReadYaml(TextReader input)
    {
        var parser = new Parser(input);
        parser.Consume<StreamStart>();
        var lists = new List<ExportedList>();
        while (parser.Accept<DocumentStart>(out _))
            lists.Add(YamlReader.Deserialize<ExportedList>(parser));
        return lists;
    }

    /// <summary>A JSON array, one object per list.</summary>
    public static void WriteJson(IEnumerable<ExportedList> lists, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(lists, Json));
}
