using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Listings.Cli.Export;
using Listings.Compiler.Model;
using Listings.Grammar.Syntax;
using Listings.Runtime;

namespace Listings.Cli.Site;

/// <summary>
/// What the site shows, read from the listing set once: the dates where something changed (each a
/// consolidated version, as <see cref="ListingExport.Of"/> gives it: nothing here recomputes a
/// consolidation), every entry with its versions, every act, and the page each of them gets.
/// Everything is ordered ordinally, so that the same listings give the same site.
/// </summary>
internal sealed class SiteData
{
    public SiteData(ListingSet set)
    {
        Set = set;
        var model = set.Model;
        Acts = model.Acts.OrderBy(a => a.InForce).ThenBy(a => a.Key, StringComparer.Ordinal).ToList();
        ActsByKey = model.Acts.ToDictionary(a => a.Key, StringComparer.Ordinal);
        ActPage = UniquePages(model.Acts.Select(a => (a.Key, a.NumberingList is { } list ? list + "-" + a.Label : a.Label)), "actes/");

        EntryVersions = model.Entries.GroupBy(e => e.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<EntryModel>)g.OrderBy(e => e.From).ThenBy(e => e.To).ToList(), StringComparer.Ordinal);
        EntryIds = EntryVersions.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        EntryPage = UniquePages(EntryIds.Select(id => (id, EntryVersions[id][^1].Title)), "entrees/");
        foreach (var entry in model.Entries)
            EntryAt.TryAdd(entry.Location.ToString(), entry.Id);

        // Every day the consolidated lists change: an entry starts or ends, or a rule an amending act
        // added to an annex's preamble starts to apply.
        var days = new SortedSet<CalendarDay>();
        foreach (var entry in model.Entries)
        {
            if (entry.From.IsKnown)
                days.Add(entry.From);
            if (entry.To.IsKnown)
                days.Add(entry.To);
        }
        foreach (var annex in model.Annexes)
            foreach (var rule in annex.DatedRules)
                if (rule.From.IsKnown)
                    days.Add(rule.From);
        Versions = days.ToList();
        foreach (var day in Versions)
            Exports[day] = ListingExport.Of(set, day.ToDateTime()!.Value);

        foreach (var document in set.Documents)
        {
            foreach (var annex in document.Annexes)
            {
                AnnexSyntax.TryAdd(Compiler.Model.AnnexModel.KeyOf(annex.ListId, annex.Id), annex);
                foreach (var section in annex.Sections)
                    foreach (var entry in section.Entries)
                        Syntax(entry);
            }
            foreach (var amendment in document.Amendments)
                foreach (var operation in amendment.Operations)
                {
                    if (operation is AdditionSyntax addition)
                        foreach (var entry in addition.Entries)
                            Syntax(entry);
                    else if (operation is ModificationSyntax modification)
                        ModificationNotes(modification);
                }
            foreach (var act in document.Acts)
                ActSyntaxAt.TryAdd(Compiler.Model.ModelLocation.Of(act.Span).ToString(), act);
        }
    }

    public ListingSet Set { get; }

    public IReadOnlyList<ActModel> Acts { get; }

    public IReadOnlyDictionary<string, ActModel> ActsByKey { get; }

    /// <summary>Act key → page path ("actes/stupefiants-13.html").</summary>
    public IReadOnlyDictionary<string, string> ActPage { get; }

    /// <summary>Entry id → its versions, oldest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<EntryModel>> EntryVersions { get; }

    public IReadOnlyList<string> EntryIds { get; }

    /// <summary>Entry id → page path ("entrees/cocaine.html").</summary>
    public IReadOnlyDictionary<string, string> EntryPage { get; }

    /// <summary>Where an entry version is written → the entry's id: how an exported entry finds its page.</summary>
    public Dictionary<string, string> EntryAt { get; } = new(StringComparer.Ordinal);

    /// <summary>Every day the consolidated lists change, in order: one consolidated version each.</summary>
    public IReadOnlyList<CalendarDay> Versions { get; }

    /// <summary>The consolidated lists of each version, as <c>listings export --on</c> gives them.</summary>
    public SortedDictionary<CalendarDay, IReadOnlyList<ExportedList>> Exports { get; } = new();

    public Dictionary<string, AnnexSyntax> AnnexSyntax { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ActSyntax> ActSyntaxAt { get; } = new(StringComparer.Ordinal);

    /// <summary>What the source says of an entry where it is written: its <c>sic</c> spellings and <c>défaut</c> notes.</summary>
    public Dictionary<string, List<(string Kind, string Text, string Location)>> SourceDefects { get; } = new(StringComparer.Ordinal);

    private readonly Dictionary<CalendarDay, Compiler.Diff.DiffReport> _diffs = new();

    /// <summary>
    /// What <c>listings diff --from (the day before) --to <paramref name="day"/></c> reports: the same
    /// <see cref="Compiler.Diff.ListingDiff"/> over the same consolidated states, once per day.
    /// </summary>
    public Compiler.Diff.DiffReport Diff(CalendarDay day)
    {
        if (_diffs.TryGetValue(day, out var report))
            return report;
        var on = day.ToDateTime()!.Value;
        var before = on.AddDays(-1);
        report = Compiler.Diff.ListingDiff.Compare(
            Compiler.Diff.ListingState.Of(Set.Model, before), Compiler.Diff.ListingState.Of(Set.Model, on),
            before.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), day.Iso);
        _diffs[day] = report;
        return report;
    }

    public static string VersionPage(CalendarDay day) => "versions/" + day.Iso + ".html";

    /// <summary>The version in force on <paramref name="day"/>: the last change on or before it.</summary>
    public CalendarDay? VersionOn(CalendarDay day)
    {
        CalendarDay? found = null;
        foreach (var version in Versions)
            if (version <= day)
                found = version;
        return found;
    }

    private void Syntax(EntrySyntax entry)
    {
        var at = Compiler.Model.ModelLocation.Of(entry.Span).ToString();
        var defects = new List<(string, string, string)>();
        foreach (var clause in entry.Clauses)
        {
            if (clause is SicClause sic)
                defects.Add(("sic", sic.Text.Value, Compiler.Model.ModelLocation.Of(sic.Span).ToString()));
            else if (clause is NoteClause { Note.Kind: NoteKind.Defect } note)
                defects.Add(("défaut", note.Note.Content.Value, Compiler.Model.ModelLocation.Of(note.Span).ToString()));
        }
        if (defects.Count > 0)
            SourceDefects[at] = defects;
    }

    private void ModificationNotes(ModificationSyntax modification)
    {
        var defects = new List<(string, string, string)>();
        foreach (var clause in modification.Clauses)
            if (clause is SicClause sic)
                defects.Add(("sic", sic.Text.Value, Compiler.Model.ModelLocation.Of(sic.Span).ToString()));
            else if (clause is NoteClause { Note.Kind: NoteKind.Defect } note)
                defects.Add(("défaut", note.Note.Content.Value, Compiler.Model.ModelLocation.Of(note.Span).ToString()));
        foreach (var note in modification.Notes.Where(n => n.Kind == NoteKind.Defect))
            defects.Add(("défaut", note.Content.Value, Compiler.Model.ModelLocation.Of(note.Span).ToString()));
        if (defects.Count > 0)
            SourceDefects[Compiler.Model.ModelLocation.Of(modification.Span).ToString()] = defects;
    }

    /// <summary>
    /// A page per key, named after what it shows in ASCII ("cocaine", "stupefiants-13"); two that would
    /// share a name both get a short hash of their key, so a page's name never depends on what else is listed.
    /// </summary>
    private static IReadOnlyDictionary<string, string> UniquePages(IEnumerable<(string Key, string Title)> items, string folder)
    {
        var list = items.Select(i => (i.Key, Slug: Slug(i.Title))).ToList();
        var clashes = list.GroupBy(i => i.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return list.ToDictionary(
            i => i.Key,
            i => folder + (clashes.Contains(i.Slug) ? i.Slug + "-" + Hash(i.Key) : i.Slug) + ".html",
            StringComparer.Ordinal);
    }

    public static string Slug(string text)
    {
        var folded = TextFolding.Fold(text);
        var builder = new StringBuilder();
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
            if (builder.Length >= 60)
                break;
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "x" : slug;
    }

    private static string Hash(string key) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..8].ToLowerInvariant();
}
