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
    /// <summary>Made by the classifiers from their tables; applications read it.</summary>
    /// <param name="act">How the listings cite the act.</param>
    /// <param name="title">The act's title, as the listings give it.</param>
    /// <param name="lists">The lists it may have changed.</param>
    /// <param name="inForce">The day it entered into force, or the earliest it could.</param>
    /// <param name="inForceAssumed">True when <paramref name="inForce"/> is the earliest possible day, not a known one.</param>
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

    /// <summary>The act's title, as the listings give it.</summary>
    public string Title { get; }

    /// <summary>The lists it may have changed.</summary>
    public IReadOnlyList<string> Lists { get; }

    /// <summary>The day it entered into force, or the earliest it could (<see cref="InForceAssumed"/>).</summary>
    public DateTime? InForce { get; }

    /// <summary>True when the sources do not give the day it entered into force: <see cref="InForce"/> is the earliest it could (the day after its signature or publication).</summary>
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
    /// <summary>Made by the classifiers from their tables; applications read it.</summary>
    /// <param name="list">The list of the entry read.</param>
    /// <param name="annex">Its annex.</param>
    /// <param name="entry">The entry's heading.</param>
    /// <param name="act">How the listings cite the act read.</param>
    /// <param name="reading">The reading, as the listing words it.</param>
    /// <param name="words">The act's words that support it, verbatim.</param>
    public Interpretation(string list, string annex, string entry, string act, string reading, IReadOnlyList<string> words)
    {
        List = list;
        Annex = annex;
        Entry = entry;
        Act = act;
        Reading = reading;
        Words = words;
    }

    /// <summary>The list of the entry the reading applies to ("stupefiants").</summary>
    public string List { get; }

    /// <summary>The entry's annex identifier ("I").</summary>
    public string Annex { get; }

    /// <summary>The entry's heading, as the act prints it.</summary>
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
    /// <summary>The act's title names no route: every route.</summary>
    Any = 0,

    /// <summary>"par voie orale".</summary>
    Oral = 1,

    /// <summary>"injectable", "par voie injectable".</summary>
    Injectable = 2,
}

/// <summary>
/// An act that applies all (<see cref="Whole"/>) or part of the stupéfiants rules to medicines, products
/// or substances the query names, by route: reported beside the verdict, which it does not change.
/// </summary>
public sealed class RegimeApplication
{
    /// <summary>Made by the classifiers from their tables; applications read it.</summary>
    /// <param name="act">How the listings cite the act.</param>
    /// <param name="title">The act's title.</param>
    /// <param name="whole">True: the whole of the stupéfiants rules; false: a part of them.</param>
    /// <param name="appliesTo">What the rules apply to, as the title says.</param>
    /// <param name="names">What those are made of or contain, as the title names it.</param>
    /// <param name="route">The route the title names.</param>
    /// <param name="inForce">The day it entered into force, or the earliest it could.</param>
    /// <param name="inForceAssumed">True when <paramref name="inForce"/> is the earliest possible day, not a known one.</param>
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

    /// <summary>How the listings cite the act ("arrete-2011-06-29-regime").</summary>
    public string Act { get; }

    /// <summary>The act's title, as the listings give it.</summary>
    public string Title { get; }

    /// <summary>True: the whole of the stupéfiants rules; false: a part of them.</summary>
    public bool Whole { get; }

    /// <summary>"médicaments", "certains médicaments", "produits", "substances", as the act's title says.</summary>
    public string AppliesTo { get; }

    /// <summary>What they are made of or contain, as the title names it.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The route the title names; a query that gives another route does not get this regime.</summary>
    public RegimeRoute Route { get; }

    /// <summary>The day it entered into force, or the earliest it could (<see cref="InForceAssumed"/>).</summary>
    public DateTime? InForce { get; }

    /// <summary>True when the sources do not give the day it entered into force: <see cref="InForce"/> is the earliest it could.</summary>
    public bool InForceAssumed { get; }
}
