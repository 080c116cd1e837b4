using System;
using System.Collections.Generic;

namespace Listings.Runtime;

/// <summary>The route of a preparation a user asks about.</summary>
public enum QueryRoute
{
    /// <summary>Not said (a substance, or a preparation whose route is unknown).</summary>
    Unspecified = 0,

    /// <summary>Taken by mouth.</summary>
    Oral = 1,

    /// <summary>Injectable.</summary>
    Injectable = 2,

    /// <summary>Another route (neither oral nor injectable).</summary>
    Other = 3,
}

/// <summary>"Is this name classified on that date, and why?" with what the user knows of the product.</summary>
public sealed class ClassificationQuery
{
    /// <summary>A query about <paramref name="name"/> (any spelling: case, accents, salts, aliases) on the day <paramref name="on"/> (its time of day is ignored).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public ClassificationQuery(string name, DateTime on)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        On = on.Date;
    }

#if NET8_0_OR_GREATER
    /// <summary>A query about <paramref name="name"/> on <paramref name="on"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public ClassificationQuery(string name, DateOnly on)
        : this(name, on.ToDateTime(TimeOnly.MinValue))
    {
    }
#endif

    /// <summary>The name asked about, as given.</summary>
    public string Name { get; }

    /// <summary>The day asked about (midnight).</summary>
    public DateTime On { get; }

    /// <summary>True when the query is about a preparation (a route or per-unit contents were given).</summary>
    public bool IsPreparation => Route != QueryRoute.Unspecified || _perUnit is { Count: > 0 };

    /// <summary>The preparation's route, when the query is about a preparation.</summary>
    public QueryRoute Route { get; set; }

    /// <summary>Per-unit contents of a preparation: substance name → quantity per unit, <b>in milligrams</b>.</summary>
    /// <remarks>Made on first use: a query about a name alone (most of them) carries no dictionary.</remarks>
    public IDictionary<string, decimal> PerUnit
    {
        get
        {
            var perUnit = System.Threading.Volatile.Read(ref _perUnit);
            if (perUnit is not null)
                return perUnit;
            perUnit = new Dictionary<string, decimal>(StringComparer.Ordinal);
            return System.Threading.Interlocked.CompareExchange(ref _perUnit, perUnit, null) ?? perUnit;
        }
    }

    private Dictionary<string, decimal>? _perUnit;

    /// <summary>Whether per-unit contents were given (without making the dictionary).</summary>
    internal bool HasPerUnit => _perUnit is { Count: > 0 };

    /// <summary>Δ9-THC content in percent, for hemp.</summary>
    public decimal? ThcPercent { get; set; }

    /// <summary>Whether the variety is inscribed in the EU common catalogue or the French official catalogue.</summary>
    public bool? CatalogueVariety { get; set; }
}
