using System;
using System.Collections.Generic;

namespace Listings.Runtime;

/// <summary>
/// One entry of a list as the listings give it, for one period of validity: where it is, its
/// heading, the acts behind it, its exceptions and the line of the listing that says so. Immutable.
/// </summary>
public sealed class ListingEntry
{
    internal ListingEntry(string list, string annexKind, string annex, string name, DateTime? from, DateTime? until,
        IReadOnlyList<ActReference> acts, IReadOnlyList<string> exceptions, string location)
    {
        List = list;
        AnnexKind = annexKind;
        Annex = annex;
        Name = name;
        From = from;
        Until = until;
        Acts = acts;
        Exceptions = exceptions;
        Location = location;
    }

    /// <summary>The list's identifier ("stupefiants", "psychotropes").</summary>
    public string List { get; }

    /// <summary>What the act calls the annex: "annexe" (stupéfiants) or "partie" (psychotropes).</summary>
    public string AnnexKind { get; }

    /// <summary>The annex's identifier ("I", "2").</summary>
    public string Annex { get; }

    /// <summary>The entry's heading as the act prints it ("Cocaïne").</summary>
    public string Name { get; }

    /// <summary>The first day of this version; null when it is in force from the start of the listings (or from an act of unknown date).</summary>
    public DateTime? From { get; }

    /// <summary>The day an act ended this version (it is no longer in force that day); null while no act has.</summary>
    public DateTime? Until { get; }

    /// <summary>The acts that inscribed and changed the entry, the inscription first.</summary>
    public IReadOnlyList<ActReference> Acts { get; }

    /// <summary>The entry's exceptions as the acts word them, in ordinal order.</summary>
    public IReadOnlyList<string> Exceptions { get; }

    /// <summary>Where the listing says so: <c>path(line,col)</c>.</summary>
    public string Location { get; }

    /// <summary>Whether this version is in force on the day <paramref name="on"/> (its time of day is ignored).</summary>
    public bool InForceOn(DateTime on) => (From is not { } from || from <= on.Date) && (Until is not { } until || on.Date < until);

    /// <summary><c>Cocaïne (stupefiants, annexe I)</c>.</summary>
    public override string ToString() => $"{Name} ({List}, {AnnexKind} {Annex})";
}
