namespace Listings.Runtime;

/// <summary>How a query's name reached an entry (the answer's <c>via</c>).</summary>
public enum Via
{
    Name = 0,
    Alias = 1,
    Salt = 2,
    Isomer = 3,
    Ester = 4,
    Ether = 5,
    Preparation = 6,
}

/// <summary>What a name of the index stands for.</summary>
public enum NameRole
{
    /// <summary>The entry's name, or a substance listed with it ("Cannabis et résine de cannabis").</summary>
    Name = 0,

    /// <summary>An alias, an abbreviation or a chemical designation.</summary>
    Alias = 1,

    /// <summary>A name the entry excepts ("dextrométhorphane" for lévométhorphane): a match exempts.</summary>
    ExceptedIsomer = 2,

    /// <summary>What a derogation authorises ("variétés de Cannabis sativa L.").</summary>
    DerogationSubject = 3,
}
