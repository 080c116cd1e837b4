using System.ComponentModel;

namespace Listings.Runtime;

/// <summary>How a query's name reached an entry (the answer's <c>via</c>).</summary>
public enum Via
{
    /// <summary>The entry's name, in any spelling (case, accents, spacing).</summary>
    Name = 0,

    /// <summary>An alias, an abbreviation or a chemical designation the entry gives.</summary>
    Alias = 1,

    /// <summary>A salt of the substance, where the entry's annex brings salts in.</summary>
    Salt = 2,

    /// <summary>An isomer, where the entry's annex brings isomers in.</summary>
    Isomer = 3,

    /// <summary>An ester, where the entry's annex brings esters in.</summary>
    Ester = 4,

    /// <summary>An ether, where the entry's annex brings ethers in.</summary>
    Ether = 5,

    /// <summary>A preparation (the query gave a route or per-unit contents).</summary>
    Preparation = 6,

    /// <summary>A derivative the entry cites ("tel méthobromure, N-oxymorphine, N-oxycodéine").</summary>
    Derivative = 7,

    /// <summary>The plant the entry is of, or a part of it the act names ("Catha edulis", "fleurs de chanvre").</summary>
    Plant = 8,

    /// <summary>A genus the entry names, or a species of it ("psilocybe", "Psilocybe cubensis").</summary>
    Genus = 9,

    /// <summary>An intermediate the entry names ("intermédiaire de la méthadone", or its designation).</summary>
    Intermediate = 10,

    /// <summary>A product that incorporates what an authorisation names ("produits qui intègrent des extraits de chanvre").</summary>
    Product = 11,
}

/// <summary>What a name of the index stands for.</summary>
/// <remarks>Part of the table format the compiler writes (its model is a public assembly, so this type is public), not of the API: hidden from IntelliSense.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
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

    /// <summary>A derivative the entry cites ("méthobromure", "N-oxymorphine").</summary>
    Derivative = 4,

    /// <summary>The plant the entry (or an authorisation) is of, or a part of it the act names ("Catha edulis", "chanvre").</summary>
    Plant = 5,

    /// <summary>A genus the entry names ("psilocybe").</summary>
    Genus = 6,

    /// <summary>The designation of an intermediate the entry names ("cyano-4 diméthylamino-2 diphényl-4,4 butane").</summary>
    Intermediate = 7,

    /// <summary>"intermédiaire" (with its label, "intermédiaire A"): found only in a phrase with a name of the entry, never alone.</summary>
    IntermediateLabel = 8,

    /// <summary>What an authorisation names, when it covers the products that incorporate it: found only in a product phrase, never alone.</summary>
    ProductsOf = 9,
}
