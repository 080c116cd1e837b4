using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Listings.Tests.Support;

/// <summary>
/// A bullet of the annexes or parts of a legal text under <c>sources/</c>: the list, the kind ("annexe"
/// or "partie") and the number of the section it stands under, its text, and the file and line it is on.
/// </summary>
public sealed record SeedBullet(string ListId, string Kind, string AnnexId, string Text, string File, int Line)
{
    /// <summary><c>sources/FILE line N</c>, for messages.</summary>
    public string Where => $"sources/{File} line {Line}";

    public SeedSection Section => new(ListId, Kind, AnnexId);
}

/// <summary>An annex or part of a list, as the seed's headings name it.</summary>
public sealed record SeedSection(string ListId, string Kind, string AnnexId)
{
    /// <summary>"annexe I", "partie 2": how the listings and the CLI name it.</summary>
    public string Label => Kind + " " + AnnexId;

    public override string ToString() => ListId + " " + Label;
}

/// <summary>A numbered act of an act table of <c>sources/</c>: <c>(13) Arrêté du 24/03/2000 … J.O. du 18/04/2000</c>.</summary>
public sealed record SeedAct(string ListId, int Mark, DateOnly Signed, DateOnly Published, string File, int Line)
{
    /// <summary><c>sources/FILE line N</c>, for messages.</summary>
    public string Where => $"sources/{File} line {Line}";
}

/// <summary>
/// Reads the expected content of the listings off the legal texts themselves, as <c>sources/</c> holds
/// them (the two arrêtés of 22 February 1990 and the decision of 12 June 2023), so the tests hold no
/// hand-copied list of names or dates. "Seed" is the text the listings were transcribed from.
/// </summary>
public static class SeedText
{
    public const string Stupefiants = "stupefiants";
    public const string Psychotropes = "psychotropes";

    /// <summary>The arrêté of 22 February 1990 fixing the stupéfiants list: its act table and annexes I–IV.</summary>
    public const string StupefiantsFile = "1990-02-22-stupefiants.txt";

    /// <summary>The arrêté of 22 February 1990 fixing the psychotropes list: its act table and parts 1–3.</summary>
    public const string PsychotropesFile = "1990-02-22-psychotropes.txt";

    /// <summary>The decision of 12 June 2023 that adds HHC, HHC-acétate and HHCP.</summary>
    public const string HhcDecisionFile = "2023-06-12-decision-hhc.txt";

    private const string Bullet = "  • ";

    /// <summary>The seed's section headings and the (list, annex) each opens.</summary>
    private static readonly Dictionary<string, SeedSection> Headings = new(StringComparer.Ordinal)
    {
        ["Annexe I"] = new(Stupefiants, "annexe", "I"),
        ["Annexe II"] = new(Stupefiants, "annexe", "II"),
        ["Annexe III"] = new(Stupefiants, "annexe", "III"),
        ["Annexe IV"] = new(Stupefiants, "annexe", "IV"),
        ["1ere Partie"] = new(Psychotropes, "partie", "1"),
        ["2eme Partie"] = new(Psychotropes, "partie", "2"),
        ["3eme Partie"] = new(Psychotropes, "partie", "3"),
    };

    private static readonly string[] MonthNames =
    {
        "janvier", "fevrier", "mars", "avril", "mai", "juin",
        "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
    };

    private static readonly Dictionary<string, string[]> Files = new(StringComparer.Ordinal);

    /// <summary>The lines of a file of <c>sources/</c>, read once.</summary>
    public static IReadOnlyList<string> LinesOf(string fileName)
    {
        lock (Files)
        {
            if (!Files.TryGetValue(fileName, out var lines))
                Files[fileName] = lines = File.ReadAllLines(RepositoryPaths.Source(fileName));
            return lines;
        }
    }

    /// <summary>
    /// Every bullet of the annexes (stupéfiants) and parts (psychotropes), under the heading it follows:
    /// in each list's file, from its first heading to the end.
    /// </summary>
    public static IReadOnlyList<SeedBullet> AnnexBullets()
    {
        var bullets = new List<SeedBullet>();
        foreach (var (file, firstHeading) in new[] { (StupefiantsFile, "Annexe I"), (PsychotropesFile, "1ere Partie") })
        {
            var lines = LinesOf(file);
            SeedSection? section = null;
            for (var i = IndexOfLine(file, firstHeading); i < lines.Count; i++)
            {
                if (Headings.TryGetValue(lines[i].Trim(), out var heading))
                    section = heading;
                else if (lines[i].StartsWith(Bullet, StringComparison.Ordinal))
                    bullets.Add(new SeedBullet(section!.ListId, section.Kind, section.AnnexId, lines[i].Substring(Bullet.Length).Trim(), file, i + 1));
            }
        }
        return bullets;
    }

    /// <summary>How many bullets each annex or part of the seed holds.</summary>
    public static IReadOnlyDictionary<SeedSection, int> BulletCounts() =>
        AnnexBullets().GroupBy(b => b.Section).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>
    /// The numbered acts of a list's act table ("Les arrêtés fixant la liste des … sont les suivants :"
    /// up to the first annex or part). An entry may wrap: stupéfiants (1) prints its JO date on the
    /// next line, so a line that does not open a new act continues the previous one.
    /// </summary>
    public static IReadOnlyList<SeedAct> NumberedActs(string listId)
    {
        var (file, opening, closing) = listId == Stupefiants
            ? (StupefiantsFile, "Les arrêtés fixant la liste des stupéfiants sont les suivants", "Annexe I")
            : (PsychotropesFile, "Les arrêtés fixant la liste des psychotropes sont les suivants", "1ere Partie");
        var lines = LinesOf(file);
        // the text prints a non-breaking space before the colon of these headings
        var start = lines.ToList().FindIndex(l => l.StartsWith(opening, StringComparison.Ordinal)) + 1;
        if (start == 0)
            throw new InvalidOperationException($"sources/{file} has no line starting '{opening}'.");
        var end = IndexOfLine(file, closing, start);

        var items = new List<(string Text, int Line)>();
        for (var i = start; i < end; i++)
        {
            var line = lines[i].Trim().Trim('\u00A0').Trim();
            if (line.Length == 0)
                continue;
            if (Regex.IsMatch(line, @"^\(\d+\)") || line.StartsWith("Arrêté", StringComparison.Ordinal) || items.Count == 0)
                items.Add((line, i + 1));
            else
                items[items.Count - 1] = (items[items.Count - 1].Text + " " + line, items[items.Count - 1].Line);
        }

        var act = new Regex(@"^\((?<mark>\d+)\)\s*Arrêté du (?<signed>.+?) (?:fixant|modifiant) .*J\.O\.?\s*du (?<published>[0-9 /]+?)\)?$");
        var acts = new List<SeedAct>();
        foreach (var (text, line) in items)
        {
            var match = act.Match(text);
            if (!match.Success)
            {
                if (Regex.IsMatch(text, @"^\(\d+\)"))
                    throw new InvalidOperationException($"sources/{file} line {line}: a numbered act the test cannot read: {text}");
                continue; // an unnumbered act ("Arrêté du 7 juin 2010 …"): no mark, no JO date
            }
            acts.Add(new SeedAct(listId, int.Parse(match.Groups["mark"].Value, CultureInfo.InvariantCulture),
                ParseDate(match.Groups["signed"].Value), ParseDate(match.Groups["published"].Value), file, line));
        }
        return acts;
    }

    /// <summary>The "Décision du 12/06/2023 …": its date and the names its bullets add.</summary>
    public static (DateOnly Signed, IReadOnlyList<string> Names) HhcDecision()
    {
        var lines = LinesOf(HhcDecisionFile);
        var index = lines.ToList().FindIndex(l => l.StartsWith("Décision du ", StringComparison.Ordinal)
            && l.Contains("portant modification de la liste des substances classées comme stupéfiants", StringComparison.Ordinal));
        if (index < 0)
            throw new InvalidOperationException($"sources/{HhcDecisionFile} has no 'Décision du … portant modification de la liste des substances classées comme stupéfiants'.");
        var date = Regex.Match(lines[index], @"^Décision du (\S+) ").Groups[1].Value;

        var names = new List<string>();
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (lines[i].StartsWith(Bullet, StringComparison.Ordinal))
            {
                var text = lines[i].Substring(Bullet.Length).Trim();
                var or = text.IndexOf(" ou ", StringComparison.Ordinal);
                names.Add((or < 0 ? text : text.Substring(0, or)).TrimEnd(',', '.', ';'));
            }
            else if (names.Count > 0 && lines[i].Trim().Length > 0)
            {
                break;
            }
        }
        return (ParseDate(date), names);
    }

    /// <summary>
    /// A date as the seed prints it: <c>19/07/1995</c>, <c>22 février 1990</c>, or damaged as
    /// <c>25 /02/99</c> (stray space, two-digit year). A two-digit year is read in the 1900s, as
    /// every act of these tables is from 1990 or later and the 2000s are printed with four digits.
    /// </summary>
    public static DateOnly ParseDate(string text)
    {
        var compact = Regex.Replace(text.Trim(), @"\s*/\s*", "/");
        var numeric = Regex.Match(compact, @"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$");
        if (numeric.Success)
        {
            var year = int.Parse(numeric.Groups[3].Value, CultureInfo.InvariantCulture);
            if (numeric.Groups[3].Value.Length == 2)
                year += 1900;
            return new DateOnly(year, int.Parse(numeric.Groups[2].Value, CultureInfo.InvariantCulture),
                int.Parse(numeric.Groups[1].Value, CultureInfo.InvariantCulture));
        }
        var words = Regex.Match(compact, @"^(\d{1,2})(?:er)? (\S+) (\d{4})$");
        if (words.Success)
        {
            var month = Array.IndexOf(MonthNames, NameFolding.Fold(words.Groups[2].Value)) + 1;
            if (month > 0)
                return new DateOnly(int.Parse(words.Groups[3].Value, CultureInfo.InvariantCulture), month,
                    int.Parse(words.Groups[1].Value, CultureInfo.InvariantCulture));
        }
        throw new FormatException($"Not a seed date: '{text}'");
    }

    private static int IndexOfLine(string file, string line, int from = 0)
    {
        var lines = LinesOf(file);
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i] == line)
                return i;
        }
        throw new InvalidOperationException($"sources/{file} has no line '{line}' (after line {from}).");
    }
}
