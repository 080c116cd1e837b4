using System.Collections.Generic;

namespace Listings.Cli.Export;

// The export's model: plain classes with settable members, because YamlDotNet reads YAML back into
// them (a consumer that is not .NET reads the same shape from YAML or JSON).

/// <summary>One list as consolidated on a date: one YAML document, one JSON object.</summary>
public sealed class ExportedList
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string On { get; set; } = "";

    public List<ExportedAnnex> Annexes { get; set; } = new();

    /// <summary>Acts the sources name as changing this list without giving their content, in force (at the earliest) on the date: the list may be incomplete.</summary>
    public List<ExportedAct> Incomplete { get; set; } = new();
}

public sealed class ExportedAnnex
{
    public string Id { get; set; } = "";

    /// <summary>"annexe" (stupéfiants) or "partie" (psychotropes).</summary>
    public string Kind { get; set; } = "";

    /// <summary>The forms its preamble brings in for every entry (isomères, sels, préparations…).</summary>
    public List<string> InclusionRules { get; set; } = new();

    public List<ExportedEntry> Entries { get; set; } = new();
}

public sealed class ExportedEntry
{
    public string Name { get; set; } = "";

    public List<string> Aliases { get; set; } = new();

    /// <summary>The aliases the act gives as the substance's chemical designation (<c>désignation chimique</c>).</summary>
    public List<string> ChemicalDesignations { get; set; } = new();

    /// <summary>Every form the entry covers: its annex's rules and its own extensions.</summary>
    public List<string> Forms { get; set; } = new();

    public List<string> Exceptions { get; set; } = new();

    public List<ExportedAct> Acts { get; set; } = new();

    /// <summary>What the sources leave open about the entry on the date (an unknown inscription, a lost asterisk…).</summary>
    public List<ExportedDoubt> Undetermined { get; set; } = new();

    public string Location { get; set; } = "";
}

public sealed class ExportedDoubt
{
    /// <summary>inscription-unknown, rule-dated-by-mark, asterisk-lost, salts-of-isomers-unstated, change-unknown.</summary>
    public string Reason { get; set; } = "";

    public string Why { get; set; } = "";

    public string WouldDecide { get; set; } = "";
}

public sealed class ExportedAct
{
    public string Mark { get; set; } = "";

    public string Title { get; set; } = "";

    public string Signed { get; set; } = "";

    public string Published { get; set; } = "";

    /// <summary>yyyy-mm-dd, or empty when unknown.</summary>
    public string InForce { get; set; } = "";

    public bool InForceAssumed { get; set; }
}
