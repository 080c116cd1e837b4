using System;
using System.Collections.Generic;

namespace Listings.Runtime;

/// <summary>The route of a preparation a user asks about.</summary>
public enum QueryRoute
{
    Unspecified = 0,
    Oral = 1,
    Injectable = 2,
    Other = 3,
}

/// <summary>"Is this name classified on that date, and why?" with what the user knows of the product.</summary>
public sealed class ClassificationQuery
{
    public ClassificationQuery(string name, DateTime on)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        On = on.Date;
    }

    public string Name { get; }

    public DateTime On { get; }

    /// <summary>True when the query is about a preparation (a route or per-unit contents were given).</summary>
    public bool IsPreparation => Route != QueryRoute.Unspecified || PerUnit.Count > 0;

    public QueryRoute Route { get; set; }

    /// <summary>Per-unit contents: substance name → quantity in milligrams.</summary>
    public IDictionary<string, decimal> PerUnit { get; } = new Dictionary<string, decimal>(StringComparer.Ordinal);

    /// <summary>Δ9-THC content in percent, for hemp.</summary>
    public decimal? ThcPercent { get; set; }

    /// <summary>Whether the variety is inscribed in the EU common catalogue or the French official catalogue.</summary>
    public bool? CatalogueVariety { get; set; }
}
