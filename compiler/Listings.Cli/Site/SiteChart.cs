using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Listings.Runtime;

namespace Listings.Cli.Site;

/// <summary>
/// A list's timeline chart: the number of entries of each annex (or part) at each consolidated
/// version, as steps over time (SVG), each step a link to the act that made it; and the same numbers
/// as a table, the chart's text alternative. Counts are read off the exported versions.
/// </summary>
internal static class SiteChart
{
    private const int Width = 800;
    private const int Height = 260;
    private const int Left = 48;
    private const int Right = 16;
    private const int Top = 16;
    private const int Bottom = 40;

    public static void Write(Html html, SiteData data, string listId)
    {
        var annexes = data.Set.Model.Annexes.Where(a => a.ListId == listId).Select(a => (a.AnnexId, a.Label)).ToList();
        foreach (var entry in data.Set.Model.Entries.Where(e => e.ListId == listId))
            if (!annexes.Any(a => a.AnnexId == entry.AnnexId))
                annexes.Add((entry.AnnexId, entry.AnnexId));
        // Counts per version; a step is a version where one of them changed.
        var rows = new List<(CalendarDay Day, int[] Counts)>();
        foreach (var day in data.Versions)
        {
            var list = data.Exports[day].FirstOrDefault(l => l.Id == listId);
            var counts = annexes.Select(a => list?.Annexes.FirstOrDefault(x => x.Id == a.AnnexId)?.Entries.Count ?? 0).ToArray();
            if (rows.Count == 0 || !rows[^1].Counts.SequenceEqual(counts))
                rows.Add((day, counts));
        }
        var id = "graphique-" + SiteData.Slug(listId);
        if (rows.Count == 0 || annexes.Count == 0)
        {
            html.Line("<p>Aucune entrée datée dans cette liste.</p>");
            return;
        }

        // Every list's chart spans the whole set's versions, so that two charts read against one another.
        var first = Days(data.Versions[0]);
        var last = Math.Max(Days(data.Versions[^1]), first + 365);
        var max = Math.Max(1, rows.Max(r => r.Counts.Max()));
        double X(CalendarDay day) => Left + (Days(day) - first) * (Width - Left - Right) / (double)(last - first);
        double Y(int count) => Top + (Height - Top - Bottom) * (1 - count / (double)max);
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var title = PlainList(data, listId);
        html.Line("<figure class=\"chart\">");
        html.Line("<svg viewBox=\"0 0 " + Width + " " + Height + "\" role=\"group\" aria-labelledby=\"" + id + "-titre " + id + "-desc\">");
        html.Line("<title id=\"" + id + "-titre\">Nombre d'entrées par " + (annexes.Count > 0 ? "annexe ou partie" : "annexe") + " de " + Html.E(title) + ", du "
            + SitePages.FrenchDay(rows[0].Day) + " au " + SitePages.FrenchDay(rows[^1].Day) + "</title>");
        html.Line("<desc id=\"" + id + "-desc\">" + Html.E(string.Join(" ; ", annexes.Select((a, i) => a.Label + " : de "
            + rows[0].Counts[i].ToString(CultureInfo.InvariantCulture) + " à " + rows[^1].Counts[i].ToString(CultureInfo.InvariantCulture) + " entrées")))
            + ". Le tableau qui suit donne chaque valeur.</desc>");
        // Axes, with a tick per year boundary (at most ten labels).
        html.Line("<line class=\"axis\" x1=\"" + Left + "\" y1=\"" + (Height - Bottom) + "\" x2=\"" + (Width - Right) + "\" y2=\"" + (Height - Bottom) + "\"/>");
        html.Line("<line class=\"axis\" x1=\"" + Left + "\" y1=\"" + Top + "\" x2=\"" + Left + "\" y2=\"" + (Height - Bottom) + "\"/>");
        html.Line("<text x=\"" + (Left - 6) + "\" y=\"" + F(Y(max) + 4) + "\" text-anchor=\"end\">" + max.ToString(CultureInfo.InvariantCulture) + "</text>");
        html.Line("<text x=\"" + (Left - 6) + "\" y=\"" + F(Y(0) + 4) + "\" text-anchor=\"end\">0</text>");
        var firstYear = rows[0].Day.Year;
        var lastYear = CalendarDay.Of(DateTime.UnixEpoch.AddDays(last)).Year;
        var step = Math.Max(1, (lastYear - firstYear + 1) / 10 + 1);
        for (var year = firstYear; year <= lastYear; year += step)
        {
            var x = X(CalendarDay.Of(year, 1, 1) < rows[0].Day ? rows[0].Day : CalendarDay.Of(year, 1, 1));
            html.Line("<text x=\"" + F(x) + "\" y=\"" + (Height - Bottom + 16) + "\" text-anchor=\"middle\">" + year.ToString(CultureInfo.InvariantCulture) + "</text>");
        }
        for (var a = 0; a < annexes.Count; a++)
        {
            var path = "M" + F(X(rows[0].Day)) + " " + F(Y(rows[0].Counts[a]));
            for (var r = 1; r < rows.Count; r++)
                path += " H" + F(X(rows[r].Day)) + " V" + F(Y(rows[r].Counts[a]));
            path += " H" + F(Width - Right);
            html.Line("<path class=\"series s" + (a % 6).ToString(CultureInfo.InvariantCulture) + "\" d=\"" + path + "\"/>");
        }
        // One marker per step, under the axis: a link to the act that made it (or to the version).
        foreach (var row in rows)
        {
            var acts = ActsOf(data, listId, row.Day);
            var target = acts.Count > 0 ? data.ActPage[acts[0].Key] : SiteData.VersionPage(row.Day);
            var label = row.Day.Iso + " : " + string.Join(", ", annexes.Select((a, i) => a.Label + " " + row.Counts[i].ToString(CultureInfo.InvariantCulture)))
                + (acts.Count > 0 ? " — " + SitePages.ActName(acts[0]) : "");
            var x = F(X(row.Day));
            html.Line("<a href=\"" + html.Href(target) + "\" aria-label=\"" + Html.E(label) + "\"><title>" + Html.E(label) + "</title>"
                + "<path class=\"step\" d=\"M" + x + " " + (Height - Bottom + 22) + " l-6 10 h12 z\"/></a>");
        }
        html.Line("</svg>");
        html.Raw("<figcaption><ul class=\"legend\">");
        for (var a = 0; a < annexes.Count; a++)
            html.Raw("<li><svg viewBox=\"0 0 40 10\" aria-hidden=\"true\" focusable=\"false\"><line class=\"s" + (a % 6).ToString(CultureInfo.InvariantCulture)
                + "\" x1=\"0\" y1=\"5\" x2=\"40\" y2=\"5\" stroke-width=\"3\"/></svg> " + Html.E(annexes[a].Label) + "</li>");
        html.Line("</ul></figcaption>");
        html.Line("</figure>");

        html.Line("<table class=\"counts\"><caption>Nombre d'entrées de " + Html.E(title) + " à chaque changement</caption><thead><tr><th scope=\"col\">Version</th>"
            + string.Concat(annexes.Select(a => "<th scope=\"col\">" + Html.E(a.Label) + "</th>")) + "<th scope=\"col\">Acte</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            var acts = ActsOf(data, listId, row.Day);
            html.Line("<tr><th scope=\"row\"><a href=\"" + html.Href(SiteData.VersionPage(row.Day)) + "\">" + row.Day.Iso + "</a></th>"
                + string.Concat(row.Counts.Select(c => "<td>" + c.ToString(CultureInfo.InvariantCulture) + "</td>"))
                + "<td>" + string.Join(", ", acts.Select(act => "<a href=\"" + html.Href(data.ActPage[act.Key]) + "\">" + Html.E(SitePages.ActName(act)) + "</a>")) + "</td></tr>");
        }
        html.Line("</tbody></table>");
    }

    /// <summary>The acts in force on a step's day, this list's own first (an act numbered in another list's series last).</summary>
    private static List<Compiler.Model.ActModel> ActsOf(SiteData data, string listId, CalendarDay day) =>
        data.Acts.Where(act => act.InForce == day).OrderBy(act => act.NumberingList == listId || act.NumberingList is null ? 0 : 1).ThenBy(act => act.Key, StringComparer.Ordinal).ToList();

    private static string PlainList(SiteData data, string listId) => SitePages.ListTitle(data, listId);

    private static int Days(CalendarDay day) => (int)(day.ToDateTime()!.Value - DateTime.UnixEpoch).TotalDays;
}
