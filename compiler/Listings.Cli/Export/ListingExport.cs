using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Listings.Compiler.Diff;
using Listings.Compiler.Model;

namespace Listings.Cli.Export;

/// <summary>
/// The consolidated lists on a date, for consumers that are not .NET: one document per list with its
/// annexes, their inclusion rules, and each entry's aliases, forms, exceptions and acts. YAML by
/// <see cref="YamlText"/> (readable by YAML 1.1 and 1.2 readers alike), JSON by System.Text.Json's
/// source generator; the same member names, snake_case, in the same order.
/// </summary>
public static class ListingExport
{
    private static readonly JsonSerializerOptions Json = new(ExportJsonContext.Default.Options)
    {
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
                        Undetermined = Compiler.Model.EntryDoubts.Of(model, annex, acts, date)
                            .Select(d => new ExportedDoubt { Reason = Runtime.Doubts.Id(d.Reason), Why = d.Why, WouldDecide = d.WouldDecide }).ToList(),
                        Acts = model.ActKeys.Where(acts.ContainsKey).Select(k => Act(acts[k])).Where(a => string.CompareOrdinal(a.InForce, list.On) <= 0 || a.InForce.Length == 0).ToList(),
                        Location = entry.Location,
                    });
                }
                if (exported.Entries.Count > 0)
                    list.Annexes.Add(exported);
            }
            list.Incomplete = set.Model.Acts.Where(a => a.UnknownContentLists is { } lists && (lists.IsEmpty || lists.Contains(listId)) && a.InForce <= date)
                .Select(Act).ToList();
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
            YamlText.WriteDocument(output, Map(
                ("id", Str(list.Id)),
                ("title", Str(list.Title)),
                ("on", Str(list.On)),
                ("annexes", Seq(list.Annexes.Select(annex => Map(
                    ("id", Str(annex.Id)),
                    ("kind", Str(annex.Kind)),
                    ("inclusion_rules", Strs(annex.InclusionRules)),
                    ("entries", Seq(annex.Entries.Select(entry => Map(
                        ("name", Str(entry.Name)),
                        ("aliases", Strs(entry.Aliases)),
                        ("chemical_designations", Strs(entry.ChemicalDesignations)),
                        ("forms", Strs(entry.Forms)),
                        ("exceptions", Strs(entry.Exceptions)),
                        ("acts", Seq(entry.Acts.Select(ActNode))),
                        ("undetermined", Seq(entry.Undetermined.Select(d => Map(
                            ("reason", Str(d.Reason)),
                            ("why", Str(d.Why)),
                            ("would_decide", Str(d.WouldDecide)))))),
                        ("location", Str(entry.Location)))))))))),
                ("incomplete", Seq(list.Incomplete.Select(ActNode)))));
    }

    private static YamlText.Node ActNode(ExportedAct act) => Map(
        ("mark", Str(act.Mark)),
        ("title", Str(act.Title)),
        ("signed", Str(act.Signed)),
        ("published", Str(act.Published)),
        ("in_force", Str(act.InForce)),
        ("in_force_assumed", new YamlText.Flag(act.InForceAssumed)));

    /// <summary>A JSON array, one object per list.</summary>
    public static void WriteJson(IReadOnlyList<ExportedList> lists, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(lists, Json.GetTypeInfo(typeof(IReadOnlyList<ExportedList>))));

    private static YamlText.Mapping Map(params (string Key, YamlText.Node Value)[] members) =>
        new(members.Select(m => new KeyValuePair<string, YamlText.Node>(m.Key, m.Value)).ToList());

    private static YamlText.Text Str(string text) => new(text);

    private static YamlText.Sequence Strs(IEnumerable<string> items) => new(items.Select(i => (YamlText.Node)new YamlText.Text(i)).ToList());

    private static YamlText.Sequence Seq(IEnumerable<YamlText.Node> items) => new(items.ToList());
}

/// <summary>The export's JSON, generated at build time (no reflection: native AOT can run it).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IReadOnlyList<ExportedList>))]
internal sealed partial class ExportJsonContext : JsonSerializerContext
{
}
