using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Listings.Cli.Export;
using Listings.Compiler.Analysis;
using Listings.Compiler.Diff;
using Listings.Compiler.Model;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Runtime;

namespace Listings.Cli.Site;

/// <summary>The site's pages. Every string that comes from the listings is escaped by <see cref="Html"/>.</summary>
internal static class SitePages
{
    private const string SiteName = "Listes consolidées";

    private static readonly string[] Months =
        { "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre" };

    /// <summary>"1er mai 2008", "24 mars 2000"; "date inconnue" when the text does not give it.</summary>
    public static string FrenchDay(CalendarDay day) =>
        !day.IsKnown ? "date inconnue"
        : (day.Day == 1 ? "1er" : day.Day.ToString(CultureInfo.InvariantCulture)) + " " + Months[day.Month - 1] + " " + day.Year.ToString(CultureInfo.InvariantCulture);

    private static string Time(CalendarDay day) =>
        day.IsKnown ? "<time datetime=\"" + day.Iso + "\">" + FrenchDay(day) + "</time>" : "date inconnue";

    private static string Page(Html html, string title, string body, string? description = null)
    {
        var page = new Html(html.Root);
        page.Line("<!DOCTYPE html>")
            .Line("<html lang=\"fr\">")
            .Line("<head>")
            .Line("<meta charset=\"utf-8\">")
            .Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<title>").Text(title).Raw(" — ").Raw(SiteName).Line("</title>");
        if (description is not null)
            page.Raw("<meta name=\"description\" content=\"").Text(description).Line("\">");
        page.Line("<link rel=\"stylesheet\" href=\"" + page.Href("assets/site.css") + "\">")
            .Line("</head>")
            .Line("<body data-root=\"" + Html.E(html.Root) + "\">")
            .Line("<a class=\"skip\" href=\"#contenu\">Aller au contenu</a>")
            .Line("<header>")
            .Line("<nav aria-label=\"Navigation principale\"><ul>"
                + "<li><a href=\"" + page.Href("index.html") + "\">Accueil</a></li>"
                + "<li><a href=\"" + page.Href("versions/index.html") + "\">Versions consolidées</a></li>"
                + "<li><a href=\"" + page.Href("entrees/index.html") + "\">Entrées</a></li>"
                + "<li><a href=\"" + page.Href("actes/index.html") + "\">Actes</a></li>"
                + "<li><a href=\"" + page.Href("constats.html") + "\">Constats des analyseurs</a></li>"
                + "</ul></nav>")
            .Line("<form id=\"recherche\" class=\"search\" role=\"search\" action=\"" + page.Href("index.html") + "\">"
                + "<label for=\"q\">Rechercher une substance par son nom, un alias ou un sel</label>"
                + "<input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\">"
                + "<button type=\"submit\">Rechercher</button></form>")
            .Line("<div id=\"resultats\" aria-live=\"polite\"></div>")
            .Line("</header>")
            .Line("<main id=\"contenu\">")
            .Raw(body)
            .Line("</main>")
            .Line("<footer><p>Engendré par <code>listings site</code> à partir des listings ; les textes font foi. "
                + "Ce site ne dit rien que les listings ne disent : là où la source est muette ou défectueuse, il le signale.</p></footer>")
            .Line("<script src=\"" + page.Href("assets/search-data.js") + "\"></script>")
            .Line("<script src=\"" + page.Href("assets/site.js") + "\"></script>")
            .Line("</body>")
            .Line("</html>");
        return page.ToString();
    }

    private static string ActLink(Html html, SiteData data, string key)
    {
        if (!data.ActsByKey.TryGetValue(key, out var act))
            return Html.E(key);
        return "<a href=\"" + html.Href(data.ActPage[key]) + "\">" + Html.E(ActName(act)) + "</a>";
    }

    public static string ActKindWord(ActKind kind) => kind switch
    {
        ActKind.Arrete => "arrêté",
        ActKind.Decret => "décret",
        _ => "décision",
    };

    /// <summary>"(13) arrêté du 24 mars 2000".</summary>
    public static string ActName(ActModel act) =>
        (act.NumberingList is { } list ? list + " " : "") + act.Label + " — " + ActKindWord(act.Kind) + " du " + FrenchDay(act.Signed);

    private static string ActDates(ActModel act) =>
        "signé le " + Time(act.Signed) + ", publié au JO le " + (act.Published.IsKnown ? Time(act.Published) : "(date inconnue)")
        + ", " + (!act.InForce.IsKnown ? "entrée en vigueur à une date inconnue"
            : act.InForceAssumed ? "en vigueur au plus tôt le " + Time(act.InForce) + " (présumé : le texte ne donne pas la date)"
            : "en vigueur le " + Time(act.InForce));

    // ---------------------------------------------------------------- home

    public static string Home(SiteData data)
    {
        var html = new Html("");
        html.Line("<h1>Listes consolidées des substances classées</h1>");
        if (data.Versions.Count == 0)
        {
            html.Line("<p>Les listings ne datent aucun changement : il n'y a pas de version consolidée à montrer.</p>");
            return Page(html, "Accueil", html.ToString());
        }
        var latest = data.Versions[^1];
        html.Line("<p>" + data.Versions.Count.ToString(CultureInfo.InvariantCulture) + " versions consolidées, du " + Time(data.Versions[0])
            + " au " + Time(latest) + " ; " + data.EntryIds.Count.ToString(CultureInfo.InvariantCulture) + " entrées, "
            + data.Acts.Count.ToString(CultureInfo.InvariantCulture) + " actes. "
            + "<a href=\"" + html.Href(SiteData.VersionPage(latest)) + "\">Les listes en vigueur depuis le " + FrenchDay(latest) + "</a>.</p>");
        foreach (var list in ListIds(data))
        {
            html.Line("<section aria-labelledby=\"liste-" + Html.E(list) + "\">");
            html.Line("<h2 id=\"liste-" + Html.E(list) + "\">" + Html.E(ListTitle(data, list)) + " <span class=\"muted\">(" + Html.E(list) + ")</span></h2>");
            SiteChart.Write(html, data, list);
            html.Line("</section>");
        }
        return Page(html, "Accueil", html.ToString(), "Les listes consolidées à chaque date, l'historique de chaque entrée, chaque acte.");
    }

    private static IEnumerable<string> ListIds(SiteData data) =>
        data.Set.Model.Annexes.Select(a => a.ListId).Concat(data.Set.Model.Entries.Select(e => e.ListId)).Distinct().OrderBy(l => l, StringComparer.Ordinal);

    public static string ListTitle(SiteData data, string listId) =>
        data.Set.Documents.SelectMany(d => d.Lists).Where(l => l.Id == listId).Select(l => l.Title.Value).FirstOrDefault() ?? listId;

    // ---------------------------------------------------------------- versions

    public static string VersionIndex(SiteData data)
    {
        var html = new Html("../");
        html.Line("<h1>Versions consolidées</h1>")
            .Line("<p>Les listes telles qu'elles étaient à chaque date où quelque chose a changé ; chaque version liste exactement ce qu'imprime <code>listings export --on</code> pour cette date.</p>")
            .Line("<ol>");
        foreach (var day in data.Versions)
            html.Line("<li><a href=\"" + html.Href(SiteData.VersionPage(day)) + "\">" + FrenchDay(day) + "</a> — "
                + string.Join(", ", data.Acts.Where(a => a.InForce == day).Select(a => Html.E(ActName(a)))) + "</li>");
        html.Line("</ol>");
        return Page(html, "Versions consolidées", html.ToString());
    }

    public static string Version(SiteData data, int index)
    {
        var day = data.Versions[index];
        var lists = data.Exports[day];
        var html = new Html("../");
        html.Line("<h1>Listes consolidées au " + Time(day) + "</h1>");
        html.Line("<nav class=\"versions\" aria-label=\"Versions consolidées\">");
        if (index > 0)
            html.Line("<a rel=\"prev\" href=\"" + html.Href(SiteData.VersionPage(data.Versions[index - 1])) + "\">← version du " + FrenchDay(data.Versions[index - 1]) + "</a>");
        html.Line("<form id=\"versions\" action=\"" + html.Href("versions/index.html") + "\"><label for=\"version-choisie\">Aller à la version du</label> "
            + "<select id=\"version-choisie\" name=\"v\">");
        foreach (var other in data.Versions)
            html.Line("<option value=\"" + other.Iso + "\"" + (other == day ? " selected" : "") + ">" + other.Iso + "</option>");
        html.Line("</select> <button type=\"submit\">Afficher</button></form>");
        if (index + 1 < data.Versions.Count)
            html.Line("<a rel=\"next\" href=\"" + html.Href(SiteData.VersionPage(data.Versions[index + 1])) + "\">version du " + FrenchDay(data.Versions[index + 1]) + " →</a>");
        html.Line("</nav>");
        var acts = data.Acts.Where(a => a.InForce == day).ToList();
        html.Line("<p>Ce qu'imprime <code>listings export --on " + day.Iso + "</code>. "
            + (acts.Count > 0 ? "Change ce jour : " + string.Join(", ", acts.Select(a => ActLink(html, data, a.Key))) + "." : "") + "</p>");
        if (index > 0)
            DayChanges(html, data, day, "Ce qui change ce jour", "h2");
        foreach (var list in lists)
        {
            html.Line("<section class=\"list\" data-list=\"" + Html.E(list.Id) + "\">");
            html.Line("<h2>" + Html.E(list.Title.Length > 0 ? list.Title : list.Id) + " <span class=\"muted\">(" + Html.E(list.Id) + ")</span></h2>");
            if (list.Annexes.Count == 0)
                html.Line("<p>Aucune entrée en vigueur à cette date.</p>");
            foreach (var annex in list.Annexes)
            {
                html.Line("<section class=\"annex\" data-annex=\"" + Html.E(annex.Id) + "\">");
                html.Line("<h3>" + Html.E(annex.Kind) + " " + Html.E(annex.Id) + " <span class=\"muted\">(" + annex.Entries.Count.ToString(CultureInfo.InvariantCulture)
                    + (annex.Entries.Count == 1 ? " entrée" : " entrées") + ")</span></h3>");
                Preamble(html, data, list.Id, annex);
                html.Line("<ol class=\"entries\">");
                foreach (var entry in annex.Entries)
                    ExportedEntryItem(html, data, entry);
                html.Line("</ol>");
                html.Line("</section>");
            }
            html.Line("</section>");
        }
        return Page(html, "Version du " + FrenchDay(day), html.ToString(), "Les listes consolidées au " + FrenchDay(day) + ".");
    }

    private static void Preamble(Html html, SiteData data, string listId, ExportedAnnex annex)
    {
        html.Line("<div class=\"preamble\">");
        var the = annex.Kind == "partie" ? "la " : annex.Kind.Length > 0 && "aeiouéè".Contains(annex.Kind[0]) ? "l'" : "le ";
        html.Line("<p>Préambule : " + the + Html.E(annex.Kind) + " comprend les substances ci-après désignées"
            + (annex.InclusionRules.Count > 0 ? ", et pour chacune :" : ".") + "</p>");
        html.List("rules", annex.InclusionRules);
        if (data.AnnexSyntax.TryGetValue(AnnexModel.KeyOf(listId, annex.Id), out var syntax))
        {
            foreach (var note in syntax.Notes)
                html.Line("<p>" + (note.Kind == NoteKind.Defect ? "<strong>Défaut de la source :</strong> " : "") + Html.E(note.Content.Value) + "</p>");
            if (syntax.AsterisksUnknown is { } lost)
            {
                html.Line("<p><strong>Point indéterminé :</strong> la source a perdu quelles entrées portaient un astérisque (stéréo-isomères) : "
                    + "les listings ne le devinent pas.</p>");
                foreach (var note in lost.Notes)
                    html.Line("<p>" + Html.E(note.Content.Value) + "</p>");
            }
        }
        html.Line("</div>");
    }

    private static void ExportedEntryItem(Html html, SiteData data, ExportedEntry entry)
    {
        html.Line("<li class=\"entry\">");
        var name = data.EntryAt.TryGetValue(entry.Location, out var id)
            ? "<a href=\"" + html.Href(data.EntryPage[id]) + "\">" + Html.E(entry.Name) + "</a>"
            : Html.E(entry.Name);
        html.Line("<h4 class=\"name\">" + name + "</h4>");
        html.Raw("<dl class=\"facts\">");
        void Field(string title, string className, List<string> items)
        {
            if (items.Count == 0)
                return;
            html.Raw("<dt>" + title + "</dt><dd>").List(className, items).Raw("</dd>");
        }
        Field("Autres noms", "aliases", entry.Aliases);
        Field("Désignations chimiques", "designations", entry.ChemicalDesignations);
        Field("Formes comprises", "forms", entry.Forms);
        Field("Exceptions", "exceptions", entry.Exceptions);
        if (entry.Acts.Count > 0)
        {
            html.Raw("<dt>Actes</dt><dd><ul class=\"acts\">");
            foreach (var act in entry.Acts)
            {
                var key = data.ActsByKey.Values.FirstOrDefault(a => a.Label == act.Mark && a.Title == act.Title && a.Signed.Iso == act.Signed)?.Key
                    ?? data.ActsByKey.Values.FirstOrDefault(a => a.Label == act.Mark && a.Title == act.Title)?.Key;
                var mark = "<span class=\"mark\">" + Html.E(act.Mark) + "</span>";
                html.Raw("<li>" + (key is not null ? "<a href=\"" + html.Href(data.ActPage[key]) + "\">" + mark + "</a>" : mark)
                    + " " + Html.E(act.Title) + (act.InForce.Length > 0 ? " <span class=\"muted\">(en vigueur " + (act.InForceAssumed ? "au plus tôt " : "") + "le " + act.InForce + ")</span>" : "") + "</li>");
            }
            html.Raw("</ul></dd>");
        }
        html.Raw("<dt>Source</dt><dd class=\"location\">" + Html.E(entry.Location) + "</dd>");
        html.Line("</dl>");
        html.Line("</li>");
    }

    // ---------------------------------------------------------------- entries

    public static string EntryIndex(SiteData data)
    {
        var html = new Html("../");
        html.Line("<h1>Entrées</h1>").Line("<p>Chaque entrée que les listings inscrivent, en vigueur ou non, avec sa place la plus récente.</p>").Line("<ul>");
        foreach (var id in data.EntryIds.OrderBy(i => TextFolding.NameKey(data.EntryVersions[i][^1].Title), StringComparer.Ordinal).ThenBy(i => i, StringComparer.Ordinal))
        {
            var last = data.EntryVersions[id][^1];
            html.Line("<li><a href=\"" + html.Href(data.EntryPage[id]) + "\">" + Html.E(last.Title) + "</a> <span class=\"muted\">— " + Html.E(SiteSearch.Place(data, last))
                + (last.To.IsKnown ? ", retirée le " + FrenchDay(last.To) : "") + "</span></li>");
        }
        html.Line("</ul>");
        return Page(html, "Entrées", html.ToString());
    }

    public static string Entry(SiteData data, string id)
    {
        var versions = data.EntryVersions[id];
        var last = versions[^1];
        var html = new Html("../");
        html.Line("<h1>" + Html.E(last.Title) + "</h1>");
        html.Line("<p>" + (last.To.IsKnown
            ? "Retirée le " + Time(last.To) + " ; elle était en " + Html.E(SiteSearch.Place(data, last)) + "."
            : "En " + Html.E(SiteSearch.Place(data, last)) + (last.From.IsKnown ? " depuis le " + Time(last.From) : "") + ".") + "</p>");

        // History: inscription, each later version (moved or changed), removal.
        html.Line("<section aria-labelledby=\"historique\"><h2 id=\"historique\">Historique</h2>");
        html.Line("<ol class=\"timeline\">");
        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i];
            string what;
            var detail = "";
            string? actKey;
            if (i == 0)
            {
                what = "Inscrite en " + Html.E(SiteSearch.Place(data, version));
                actKey = version.AddedBy ?? version.ActKeys.FirstOrDefault();
            }
            else
            {
                var before = versions[i - 1];
                what = (before.ListId != version.ListId || before.AnnexId != version.AnnexId
                    ? "Déplacée de " + Html.E(SiteSearch.Place(data, before)) + " en " + Html.E(SiteSearch.Place(data, version))
                    : "Modifiée (" + Html.E(SiteSearch.Place(data, version)) + ")");
                detail = WhatChanged(before, version);
                actKey = before.ClosedBy;
            }
            TimelineItem(html, data, version.From, what, detail, actKey, version.From.IsKnown && data.Versions.Contains(version.From) ? version.From : null);
        }
        if (last.To.IsKnown)
            TimelineItem(html, data, last.To, "Retirée de " + Html.E(SiteSearch.Place(data, last)), "", last.ClosedBy, data.Versions.Contains(last.To) ? last.To : null);
        html.Line("</ol></section>");

        html.Line("<section aria-labelledby=\"versions-entree\"><h2 id=\"versions-entree\">Versions de l'entrée</h2>");
        html.Line("<table><caption>Ce que l'entrée dit dans chaque version</caption><thead><tr><th scope=\"col\">Période</th><th scope=\"col\">Place</th>"
            + "<th scope=\"col\">Noms</th><th scope=\"col\">Formes comprises</th><th scope=\"col\">Exceptions</th><th scope=\"col\">Actes</th><th scope=\"col\">Source</th></tr></thead><tbody>");
        foreach (var version in versions)
        {
            html.Raw("<tr><td>" + (version.From.IsKnown ? "du " + Time(version.From) : "depuis une date inconnue")
                + (version.To.IsKnown ? " au " + Time(version.To) + " (exclu)" : "") + "</td>");
            html.Raw("<td>" + Html.E(SiteSearch.Place(data, version)) + "</td><td>");
            html.List("names", new[] { version.Title }.Concat(version.Names.Where(n => n.Span is not null && Listings.Compiler.Analysis.NameIndex.IsFindable(n.Role)).Select(n => n.Text)).Distinct());
            html.Raw("</td><td>");
            html.List("forms", FormWords.Of(version.Forms));
            html.Raw("</td><td>");
            html.List("exceptions", version.Exceptions.Select(e => e.Text));
            html.Raw("</td><td>" + string.Join(", ", version.ActKeys.Select(k => ActLink(html, data, k))) + "</td>");
            html.Line("<td class=\"location\">" + Html.E(version.Location.ToString()) + "</td></tr>");
        }
        html.Line("</tbody></table></section>");

        HandOffs(html, data, id, versions);
        Defects(html, data, id, versions);
        return Page(html, last.Title, html.ToString(), "Historique de l'entrée " + last.Title + ".");
    }

    private static void TimelineItem(Html html, SiteData data, CalendarDay day, string what, string detail, string? actKey, CalendarDay? version)
    {
        html.Raw("<li>" + Time(day) + " — <strong>" + what + "</strong>" + detail);
        if (actKey is not null && data.ActsByKey.TryGetValue(actKey, out var act))
            html.Raw(" par " + ActLink(html, data, actKey) + " <span class=\"muted\">(" + ActDates(act) + ")</span>");
        else
        {
            // The model names no act for this change: say so, and which acts came into force that day, without choosing one.
            var sameDay = data.Acts.Where(a => a.InForce == day).ToList();
            html.Raw(" <span class=\"muted\">(les listings ne nomment pas l'acte de ce changement"
                + (sameDay.Count > 0 ? " ; en vigueur ce jour : " + string.Join(", ", sameDay.Select(a => ActLink(html, data, a.Key))) : "") + ")</span>");
        }
        if (version is { } v)
            html.Raw(" — <a href=\"" + html.Href(SiteData.VersionPage(v)) + "\">les listes ce jour-là</a>");
        html.Line("</li>");
    }

    /// <summary>" : formes + stéréo-isomères ; exceptions − « … »": what one version of an entry says that the one before did not, and the reverse.</summary>
    private static string WhatChanged(EntryModel before, EntryModel after)
    {
        var parts = new List<string>();
        void Compare(string what, IEnumerable<string> old, IEnumerable<string> now)
        {
            var o = old.ToList();
            var n = now.ToList();
            var added = n.Except(o).ToList();
            var removed = o.Except(n).ToList();
            if (added.Count > 0)
                parts.Add(what + " + " + string.Join(", ", added.Select(a => "« " + Html.E(a) + " »")));
            if (removed.Count > 0)
                parts.Add(what + " − " + string.Join(", ", removed.Select(r => "« " + Html.E(r) + " »")));
        }
        Compare("formes", FormWords.Of(before.Forms), FormWords.Of(after.Forms));
        Compare("exceptions", before.Exceptions.Select(e => e.Text), after.Exceptions.Select(e => e.Text));
        Compare("noms", before.Names.Where(n => n.Span is not null).Select(n => n.Text), after.Names.Where(n => n.Span is not null).Select(n => n.Text));
        return parts.Count == 0 ? "" : " : " + string.Join(" ; ", parts);
    }

    private static void HandOffs(Html html, SiteData data, string id, IReadOnlyList<EntryModel> versions)
    {
        var outgoing = versions.SelectMany(v => v.Exceptions).Where(e => e.HandOffEntryId is not null)
            .Select(e => (e.Text, Target: e.HandOffEntryId!)).Distinct().ToList();
        var incoming = data.Set.Model.Entries.Where(e => e.Id != id && e.Exceptions.Any(x => x.HandOffEntryId == id))
            .Select(e => e.Id).Distinct().OrderBy(i => i, StringComparer.Ordinal).ToList();
        var receivedFrom = versions.Where(v => v.ReceivedFromList is not null).Select(v => v.ReceivedFromList + " " + (v.ReceivedFromAnnex ?? "")).Distinct().ToList();
        if (outgoing.Count == 0 && incoming.Count == 0 && receivedFrom.Count == 0)
            return;
        html.Line("<section aria-labelledby=\"relais\"><h2 id=\"relais\">Relais entre listes</h2><ul>");
        foreach (var (text, target) in outgoing)
            html.Line("<li>Ce que l'exception « " + Html.E(text) + " » retire est reçu par " + EntryLink(html, data, target) + ".</li>");
        foreach (var source in incoming)
            html.Line("<li>Reçoit ce qu'une exception de " + EntryLink(html, data, source) + " retire.</li>");
        foreach (var from in receivedFrom)
            html.Line("<li>L'entrée dit recevoir ses préparations de " + Html.E(from.Trim()) + ".</li>");
        html.Line("</ul></section>");
    }

    private static string EntryLink(Html html, SiteData data, string id) =>
        data.EntryPage.TryGetValue(id, out var page)
            ? "<a href=\"" + html.Href(page) + "\">" + Html.E(data.EntryVersions[id][^1].Title) + "</a>"
            : Html.E(id);

    /// <summary>
    /// Every undetermined point or defect of the sources that concerns the entry, as the model records
    /// them: the source's own spellings (<c>sic</c>) and its stated defects (<c>défaut</c>), an annex the
    /// acts do not state, the asterisks its annex lost, the dates its acts do not give.
    /// </summary>
    private static void Defects(Html html, SiteData data, string id, IReadOnlyList<EntryModel> versions)
    {
        var items = new List<string>();
        foreach (var version in versions)
        {
            if (data.SourceDefects.TryGetValue(version.Location.ToString(), out var defects))
                foreach (var (kind, text, location) in defects)
                    items.Add(kind == "sic"
                        ? "La source écrit « " + Html.E(text) + " » (sic) <span class=\"location\">" + Html.E(location) + "</span>"
                        : "Défaut de la source : " + Html.E(text) + " <span class=\"location\">" + Html.E(location) + "</span>");
            if (version.AnnexId == AnnexModel.UnknownId)
                items.Add("L'acte ne dit pas dans quelle annexe l'entrée est inscrite (annexe inconnue).");
            var annex = data.Set.Model.Annexes.FirstOrDefault(a => a.ListId == version.ListId && a.AnnexId == version.AnnexId);
            if (annex is { AsterisksUnknown: true })
                items.Add("La source a perdu quelles entrées de " + Html.E(annex.Label) + " portaient un astérisque : on ne sait pas si les stéréo-isomères de celle-ci sont inscrits.");
        }
        foreach (var key in versions.SelectMany(v => v.ActKeys.Concat(new[] { v.AddedBy, v.ClosedBy }.OfType<string>())).Distinct().OrderBy(k => k, StringComparer.Ordinal))
        {
            if (!data.ActsByKey.TryGetValue(key, out var act))
                continue;
            if (!act.Signed.IsKnown)
                items.Add(ActLink(html, data, key) + " : la date de signature est inconnue.");
            if (!act.Published.IsKnown)
                items.Add(ActLink(html, data, key) + " : la date de publication au JO est inconnue.");
            if (!act.InForce.IsKnown)
                items.Add(ActLink(html, data, key) + " : la date d'entrée en vigueur est inconnue.");
            else if (act.InForceAssumed)
                items.Add(ActLink(html, data, key) + " : le texte ne donne pas la date d'entrée en vigueur ; le " + FrenchDay(act.InForce) + " est le jour le plus tôt possible.");
            if (data.ActSyntaxAt.TryGetValue(act.Location.ToString(), out var syntax))
                foreach (var note in syntax.Notes.Where(n => n.Kind == NoteKind.Defect))
                    items.Add(ActLink(html, data, key) + " : défaut de la source : " + Html.E(note.Content.Value));
        }
        items.AddRange(UndeterminedFacts(html, data, id));
        html.Line("<section aria-labelledby=\"defauts\"><h2 id=\"defauts\">Points indéterminés et défauts des sources</h2>");
        if (items.Count == 0)
            html.Line("<p>Les listings ne relèvent aucun point indéterminé ni défaut de la source pour cette entrée.</p>");
        else
            html.Line("<ul class=\"defects\">" + string.Join("", items.Distinct().Select(i => "<li>" + i + "</li>")) + "</ul>");
        html.Line("</section>");
    }

    /// <summary>
    /// What the sources leave undetermined about the entry: each doubt of each version, worded as the
    /// classifiers and the export word it (<see cref="EntryDoubts"/>), and each act of unknown content
    /// that may have changed the entry's list while a version was in force.
    /// </summary>
    private static IEnumerable<string> UndeterminedFacts(Html html, SiteData data, string id)
    {
        if (!data.EntryVersions.TryGetValue(id, out var versions))
            yield break;
        foreach (var version in versions)
        {
            var annex = data.Set.Model.Annexes.FirstOrDefault(a => a.ListId == version.ListId && a.AnnexId == version.AnnexId);
            foreach (var doubt in EntryDoubts.Of(version, annex, data.ActsByKey, version.From))
                yield return "Indéterminé (version du " + Time(version.From) + ") : " + Html.E(doubt.Why)
                    + " Ce qui trancherait : " + Html.E(doubt.WouldDecide);
        }
        foreach (var act in data.Acts)
        {
            if (act.UnknownContentLists is not { } lists)
                continue;
            var concerned = versions.Where(v => lists.Count == 0 || lists.Contains(v.ListId)).ToList();
            if (concerned.Count == 0 || (act.InForce.IsKnown && concerned.All(v => v.To.IsKnown && act.InForce >= v.To)))
                continue;
            yield return ActLink(html, data, act.Key) + " : les sources ne donnent pas le contenu de cet acte, qui a pu modifier la liste "
                + Html.E(concerned[0].ListId) + " à partir du " + Time(act.InForce) + " : la liste peut être incomplète.";
        }
    }

    // ---------------------------------------------------------------- acts

    public static string ActIndex(SiteData data)
    {
        var html = new Html("../");
        html.Line("<h1>Actes</h1>").Line("<p>Les actes que les listings déclarent, par date d'entrée en vigueur.</p>")
            .Line("<table><caption>Actes</caption><thead><tr><th scope=\"col\">Acte</th><th scope=\"col\">Titre</th><th scope=\"col\">Entrée en vigueur</th></tr></thead><tbody>");
        foreach (var act in data.Acts)
            html.Line("<tr><td>" + ActLink(html, data, act.Key) + "</td><td>" + Html.E(act.Title) + "</td><td>"
                + (act.InForce.IsKnown ? (act.InForceAssumed ? "au plus tôt " : "") + Time(act.InForce) : "inconnue") + "</td></tr>");
        html.Line("</tbody></table>");
        return Page(html, "Actes", html.ToString());
    }

    public static string Act(SiteData data, ActModel act)
    {
        var html = new Html("../");
        html.Line("<h1>" + Html.E(ActName(act)) + "</h1>");
        html.Line("<dl class=\"facts\">"
            + "<dt>Nature</dt><dd>" + ActKindWord(act.Kind) + "</dd>"
            + "<dt>Marque</dt><dd>" + Html.E(act.Label) + (act.NumberingList is { } list ? " (numérotation de " + Html.E(list) + ")" : "") + "</dd>"
            + "<dt>Titre</dt><dd>" + Html.E(act.Title) + "</dd>"
            + "<dt>Signature</dt><dd>" + Time(act.Signed) + "</dd>"
            + "<dt>Publication au JO</dt><dd>" + (act.Published.IsKnown ? Time(act.Published) : "date inconnue") + "</dd>"
            + "<dt>Entrée en vigueur</dt><dd>" + (!act.InForce.IsKnown ? "date inconnue"
                : act.InForceAssumed ? "au plus tôt le " + Time(act.InForce) + " (le texte ne la donne pas)" : Time(act.InForce)) + "</dd>"
            + "<dt>Source</dt><dd class=\"location\">" + Html.E(act.Location.ToString()) + "</dd>"
            + "</dl>");
        if (data.ActSyntaxAt.TryGetValue(act.Location.ToString(), out var syntax) && !syntax.Notes.IsEmpty)
        {
            html.Line("<ul class=\"defects\">");
            foreach (var note in syntax.Notes)
                html.Line("<li>" + (note.Kind == NoteKind.Defect ? "Défaut de la source : " : "") + Html.E(note.Content.Value) + "</li>");
            html.Line("</ul>");
        }

        html.Line("<section aria-labelledby=\"changements\"><h2 id=\"changements\">Ce qu'il change</h2>");
        if (!act.InForce.IsKnown)
        {
            html.Line("<p>Sa date d'entrée en vigueur est inconnue : la consolidation ne peut pas dater ce qu'il change.</p>");
        }
        else
        {
            var day = act.InForce.ToDateTime()!.Value;
            var report = data.Diff(act.InForce);
            var changes = report.Changes.Where(c => c.Act?.Key == act.Key).ToList();
            foreach (var annex in data.Set.Model.Annexes)
                foreach (var rule in annex.DatedRules.Where(r => r.From == act.InForce))
                    html.Line("<p>Ce jour, le préambule de " + Html.E(annex.ListId + " " + annex.Label) + " comprend aussi : " + Html.E(string.Join(", ", FormWords.Of(rule.Forms))) + ".</p>");
            html.Line("<p>Ce que <code>listings diff --from " + day.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " --to " + act.InForce.Iso
                + "</code> attribue à cet acte" + (data.Versions.Contains(act.InForce) ? " (<a href=\"" + html.Href(SiteData.VersionPage(act.InForce)) + "\">les listes ce jour-là</a>)" : "") + ".</p>");
            if (changes.Count == 0)
                html.Line("<p>Aucune entrée ajoutée, retirée, déplacée ou modifiée à cette date par cet acte.</p>");
            ChangeLists(html, data, changes, "h3", showAct: false);
            var names = changes.Select(c => c.Entry.Title).ToHashSet(StringComparer.Ordinal);
            var impact = report.Impact.Where(i => names.Contains(i.Entry)).ToList();
            if (impact.Count > 0)
            {
                html.Line("<table><caption>Ce que répond <code>listings classify</code> la veille et le jour même</caption><thead><tr><th scope=\"col\">Nom</th>"
                    + "<th scope=\"col\">La veille</th><th scope=\"col\">Ce jour</th></tr></thead><tbody>");
                foreach (var row in impact)
                    html.Line("<tr><td>" + Html.E(row.Name) + "</td><td>" + Html.E(row.Before) + "</td><td>" + Html.E(row.After) + "</td></tr>");
                html.Line("</tbody></table>");
            }
        }
        html.Line("</section>");

        var citing = data.EntryIds.Where(id => data.EntryVersions[id].Any(v => v.ActKeys.Contains(act.Key) || v.AddedBy == act.Key || v.ClosedBy == act.Key)).ToList();
        html.Line("<section aria-labelledby=\"citent\"><h2 id=\"citent\">Entrées qui le citent (" + citing.Count.ToString(CultureInfo.InvariantCulture) + ")</h2>");
        if (citing.Count == 0)
            html.Line("<p>Aucune entrée ne le cite.</p>");
        else
            html.Line("<ul class=\"citing\">" + string.Join("", citing.Select(id => "<li>" + EntryLink(html, data, id) + "</li>")) + "</ul>");
        html.Line("</section>");
        return Page(html, ActName(act), html.ToString(), act.Title);
    }

    /// <summary>What changed on a version's day, by any act: the diff from the day before.</summary>
    private static void DayChanges(Html html, SiteData data, CalendarDay day, string title, string heading)
    {
        var report = data.Diff(day);
        html.Line("<section class=\"day-changes\" aria-labelledby=\"changements-du-jour\"><" + heading + " id=\"changements-du-jour\">" + title + "</" + heading + ">");
        html.Line("<p>Ce que <code>listings diff --from " + day.ToDateTime()!.Value.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " --to " + day.Iso + "</code> rapporte"
            + (report.Changes.Count == 0 ? " : aucune entrée ajoutée, retirée, déplacée ni modifiée." : " :") + "</p>");
        ChangeLists(html, data, report.Changes, heading == "h2" ? "h3" : "h4", showAct: true);
        html.Line("</section>");
    }

    private static void ChangeLists(Html html, SiteData data, IReadOnlyList<EntryChange> changes, string heading, bool showAct)
    {
        foreach (var (kind, title) in ChangeTitles)
        {
            var ofKind = changes.Where(c => c.Kind == kind).ToList();
            if (ofKind.Count == 0)
                continue;
            html.Line("<" + heading + ">" + title + " (" + ofKind.Count.ToString(CultureInfo.InvariantCulture) + ")</" + heading + "><ul class=\"changes\" data-kind=\"" + kind + "\">");
            foreach (var change in ofKind)
            {
                var entry = change.Entry;
                html.Raw("<li>" + EntryLink(html, data, entry.Id));
                if (kind == ChangeKind.Moved)
                    html.Raw(" : de " + Html.E(change.Before!.Place) + " en " + Html.E(change.After!.Place));
                else
                    html.Raw(" <span class=\"muted\">(" + Html.E(entry.Place) + ")</span>");
                if (showAct && change.Act is { } act && data.ActPage.ContainsKey(act.Key))
                    html.Raw(" — " + ActLink(html, data, act.Key));
                if (change.Removed.Count > 0)
                    html.Raw(" ; retiré : ").List("removed", change.Removed);
                if (change.Added.Count > 0)
                    html.Raw(" ; ajouté : ").List("added", change.Added);
                html.Line("</li>");
            }
            html.Line("</ul>");
        }
    }

    private static readonly (ChangeKind Kind, string Title)[] ChangeTitles =
    {
        (ChangeKind.Added, "Entrées ajoutées"),
        (ChangeKind.Removed, "Entrées retirées"),
        (ChangeKind.Moved, "Entrées déplacées entre annexes ou listes"),
        (ChangeKind.ExceptionsChanged, "Exceptions et extensions modifiées"),
        (ChangeKind.AliasesChanged, "Autres noms modifiés"),
    };

    // ---------------------------------------------------------------- findings and docs

    public static string Findings(SiteData data, IReadOnlyList<ListingDiagnostic> findings, ISet<string> docs)
    {
        var html = new Html("");
        html.Line("<h1>Constats des analyseurs</h1>")
            .Line("<p>Ce que rapporte <code>listings check</code> (avec les sévérités des fichiers <code>.globalconfig</code>), chaque constat lié à sa page de documentation.</p>");
        var open = findings.Where(f => !Acceptances.IsAccepted(f)).ToList();
        var accepted = findings.Where(Acceptances.IsAccepted).ToList();
        FindingTable(html, "Constats", "ouverts", open, docs);
        FindingTable(html, "Constats acceptés", "acceptes", accepted, docs);
        return Page(html, "Constats des analyseurs", html.ToString());
    }

    private static void FindingTable(Html html, string title, string id, List<ListingDiagnostic> findings, ISet<string> docs)
    {
        html.Line("<section aria-labelledby=\"" + id + "\"><h2 id=\"" + id + "\">" + title + " (" + findings.Count.ToString(CultureInfo.InvariantCulture) + ")</h2>");
        if (findings.Count == 0)
        {
            html.Line("<p>Aucun.</p></section>");
            return;
        }
        html.Line("<table class=\"findings\"><caption>" + title + "</caption><thead><tr><th scope=\"col\">Identifiant</th><th scope=\"col\">Sévérité</th>"
            + "<th scope=\"col\">Où</th><th scope=\"col\">Message</th></tr></thead><tbody>");
        foreach (var finding in findings)
        {
            var idCell = docs.Contains(finding.Id) ? "<a href=\"" + html.Href("docs/" + finding.Id + ".html") + "\">" + Html.E(finding.Id) + "</a>" : Html.E(finding.Id);
            html.Line("<tr><td>" + idCell + "</td><td>" + Html.E(finding.SeverityText) + "</td><td class=\"location\">"
                + Html.E($"{finding.Span.Path}({finding.Span.Line},{finding.Span.Column})") + "</td><td>" + Html.E(finding.Message) + "</td></tr>");
        }
        html.Line("</tbody></table></section>");
    }

    /// <summary>A docs page (Markdown) as HTML: headings, paragraphs, lists, code; links to other diagnostics' pages kept, others shown as text.</summary>
    public static string Doc(string name, string markdown, ISet<string> docs)
    {
        var html = new Html("../");
        var paragraph = new List<string>();
        var inCode = false;
        var inList = false;
        string title = name;
        void Flush()
        {
            if (paragraph.Count > 0)
                html.Line("<p>" + Inline(string.Join(" ", paragraph), docs) + "</p>");
            paragraph.Clear();
        }
        void EndList()
        {
            if (inList)
                html.Line("</ul>");
            inList = false;
        }
        var sawH1 = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                Flush();
                EndList();
                html.Line(inCode ? "</code></pre>" : "<pre><code>");
                inCode = !inCode;
                continue;
            }
            if (inCode)
            {
                html.Line(Html.E(line));
                continue;
            }
            var heading = Regex.Match(line, "^(#{1,6}) (.*)$");
            if (heading.Success)
            {
                Flush();
                EndList();
                var level = heading.Groups[1].Length;
                if (level == 1 && !sawH1)
                {
                    title = heading.Groups[2].Value;
                    sawH1 = true;
                }
                else if (!sawH1)
                {
                    level = 1;
                    sawH1 = true;
                }
                html.Line("<h" + level + ">" + Inline(heading.Groups[2].Value, docs) + "</h" + level + ">");
                continue;
            }
            if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
            {
                Flush();
                if (!inList)
                    html.Line("<ul>");
                inList = true;
                html.Line("<li>" + Inline(line[2..], docs) + "</li>");
                continue;
            }
            if (line.Trim().Length == 0)
            {
                Flush();
                EndList();
                continue;
            }
            if (inList && line.StartsWith("  ", StringComparison.Ordinal))
            {
                html.Line("<li>" + Inline(line.Trim(), docs) + "</li>");
                continue;
            }
            EndList();
            paragraph.Add(line.Trim());
        }
        Flush();
        EndList();
        if (inCode)
            html.Line("</code></pre>");
        // The diagnostics' docs are written in English: said so, for screen readers and translators.
        var body = "<div lang=\"en\">\n" + (sawH1 ? "" : "<h1>" + Html.E(name) + "</h1>\n") + html + "</div>\n";
        return Page(html, title, body);
    }

    private static string Inline(string text, ISet<string> docs)
    {
        var escaped = Html.E(text);
        escaped = Regex.Replace(escaped, "`([^`]+)`", "<code>$1</code>");
        escaped = Regex.Replace(escaped, @"\*\*([^*]+)\*\*", "<strong>$1</strong>");
        return Regex.Replace(escaped, @"\[([^\]]+)\]\(([^)\s]+)\)", m =>
        {
            var target = Regex.Match(m.Groups[2].Value, @"^(?:\.\./diagnostics/|\./)?([A-Za-z0-9]+)\.md(#[A-Za-z0-9_-]*)?$");
            return target.Success && docs.Contains(target.Groups[1].Value)
                ? "<a href=\"" + target.Groups[1].Value + ".html\">" + m.Groups[1].Value + "</a>"
                : m.Groups[1].Value;
        });
    }
}
