using System;
using System.Collections.Generic;

namespace Listings.Runtime;

/// <summary>
/// An act the sources name as changing the lists without giving its content, in force (at the
/// earliest) on the date asked: the lists the answer rests on may be incomplete. The status does not
/// change for it: a name no encoded act lists stays not-listed, and this says what cannot be ruled out.
/// </summary>
public sealed class IncompleteAct
{
    public IncompleteAct(string act, string title, IReadOnlyList<string> lists, DateTime? inForce, bool inForceAssumed)
    {
        Act = act;
        Title = title;
        Lists = lists;
        InForce = inForce;
        InForceAssumed = inForceAssumed;
    }

    /// <summary>How the listings cite the act ("arrete-2010-06-07").</summary>
    public string Act { get; }

    public string Title { get; }

    /// <summary>The lists it may have changed.</summary>
    public IReadOnlyList<string> Lists { get; }

    /// <summary>The day it entered into force, or the earliest it could (<see cref="InForceAssumed"/>).</summary>
    public DateTime? InForce { get; }

    public bool InForceAssumed { get; }

    /// <summary>The one line the text output and the reports give it.</summary>
    internal static string Line(IReadOnlyList<IncompleteAct> acts) =>
        "les sources citent, sans en donner le contenu, des actes qui ont pu modifier ces listes : "
        + string.Join(", ", System.Linq.Enumerable.Select(acts, a => $"{a.Act} ({string.Join(", ", a.Lists)}"
            + (a.InForce is { } d ? (a.InForceAssumed ? ", au plus tôt le " : ", en vigueur le ") + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "") + ")"))
        + ".";
}

/// <summary>
/// A reading the listing's editor chose where the act does not say it (the hemp arrêté applied to annex
/// I's "Cannabis"), which the answer rests on, with the act's words that support it.
/// </summary>
public sealed class Interpretation
{
    public Interpretation(string list, string annex, string entry, string act, string reading, IReadOnlyList<string> words)
    {
        List = list;
        Annex = annex;
        Entry = entry;
        Act = act;
        Reading = reading;
        Words = words;
    }

    public string List { get; }

    public string Annex { get; }

    public string Entry { get; }

    /// <summary>How the listings cite the act read ("arrete-chanvre-2021").</summary>
    public string Act { get; }

    /// <summary>The reading, as the listing words it.</summary>
    public string Reading { get; }

    /// <summary>The act's words that support it, verbatim.</summary>
    public IReadOnlyList<string> Words { get; }
}

/// <summary>The route a regime names: any, or the one the act's title gives.</summary>
public enum RegimeRoute
{
    Any = 0,
    Oral = 1,
    Injectable = 2,
}

/// <summary>
/// An act that applies all (<see cref="Whole"/>) or part of the stupéfiants rules to medicines, products
/// or substances the query names, by route: reported beside the verdict, which it does not change.
/// </summary>
public sealed class RegimeApplication
{
    public RegimeApplication(string act, string title, bool whole, string appliesTo, IReadOnlyList<string> names, RegimeRoute route, DateTime? inForce, bool inForceAssumed)
    {
        Act = act;
        Title = title;
        Whole = whole;
        AppliesTo = appliesTo;
        Names = names;
        Route = route;
        InForce = inForce;
        InForceAssumed = inForceAssumed;
    }

    public string Act { get; }

    public string Title { get; }

    /// <summary>True: the whole of the stupéfiants rules; false: a part of them.</summary>
    public bool Whole { get; }

    /// <summary>"médicaments", "certains médicaments", "produits", "substances", as the act's title says.</summary>
    public string AppliesTo { get; }

    /// <summary>What they are made of or contain, as the title names it.</summary>
    public IReadOnlyList<string> Names { get; }

    public RegimeRoute Route { get; }

    public DateTime? InForce { get; }

    public bool InForceAssumed { get; }
}
