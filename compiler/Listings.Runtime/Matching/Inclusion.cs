namespace Listings.Runtime;

/// <summary>Whether an entry's rules bring in what a reading found.</summary>
internal enum Included
{
    No,
    Yes,

    /// <summary>A stereo-isomer of an entry whose asterisk the source lost: included, and the answer says why it may not be.</summary>
    AsteriskLost,
}

/// <summary>
/// What the annex's <c>comprend</c> rules, or the entry's own <c>avec …</c>, bring into the list, for
/// a reading of a name: a salt needs salts; an isomer needs isomers (or stereo-isomers and an
/// asterisk; or, for the racemate, an entry that names its racemate); an ester or ether needs esters
/// or ethers (and isomers, for one of an isomer). A salt of an isomer, of an ester needs both (annex
/// I: "les sels desdites substances, de leurs isomères, de leurs esters et éthers"). The entry's own
/// names and the names it cites need nothing.
/// </summary>
internal static class Inclusion
{
    public static Included Of(FormFlags forms, in Reading reading)
    {
        if (reading.Salt && (forms & FormFlags.Salts) == 0)
            return Included.No;
        // The salt of an isomer, ester or ether needs the annex to include those salts too.
        if (reading.Salt && reading.Core is Via.Isomer or Via.Ester or Via.Ether
            && (forms & (reading.Core == Via.Isomer && !reading.OfIsomer ? FormFlags.SaltsOfIsomers
                : reading.Core == Via.Ester ? FormFlags.SaltsOfEsters : FormFlags.SaltsOfEthers)) == 0)
            return Included.No;
        switch (reading.Core)
        {
            case Via.Isomer:
                return Isomers(forms, reading.Racemate);
            case Via.Ester:
            case Via.Ether:
                if ((forms & (reading.Core == Via.Ester ? FormFlags.Esters : FormFlags.Ethers)) == 0)
                    return Included.No;
                return reading.OfIsomer ? Isomers(forms, racemate: false) : Included.Yes;
            default:
                return Included.Yes;
        }
    }

    private static Included Isomers(FormFlags forms, bool racemate)
    {
        if (racemate && (forms & FormFlags.Racemate) != 0)
            return Included.Yes;
        if ((forms & FormFlags.Isomers) != 0)
            return Included.Yes;
        if ((forms & FormFlags.StereoIsomers) == 0)
            return Included.No;
        if ((forms & FormFlags.Asterisk) != 0)
            return Included.Yes;
        return (forms & FormFlags.AsteriskUnknown) != 0 ? Included.AsteriskLost : Included.No;
    }

    /// <summary>An ester or ether in an annex whose esters and ethers yield to another annex ("à moins qu’ils ne soient inscrits à une autre annexe").</summary>
    public static bool YieldsToOtherAnnex(FormFlags forms, in Reading reading) =>
        reading.Core is Via.Ester or Via.Ether && (forms & FormFlags.DerivativesYieldToOtherAnnex) != 0;
}

/// <summary>
/// An isomer an entry excepts by name ("Lévométhorphane, à l’exception de son isomère dextrogyre ou
/// dextrométhorphane") is excepted however it is written: in any spelling of that name
/// ("Dextro-méthorphane", "dextro méthorphane"), as a salt ("bromhydrate de dextrométhorphane"), or
/// named by a prefix of the same configuration as the excepted name's ("d-méthorphane",
/// "(+)-méthorphane": dextrogyre, as "dextro"méthorphane is).
/// </summary>
internal static class ExceptedIsomers
{
    public static bool Excepts(string exceptedKey, IsomerConfiguration exceptedConfiguration, in Reading reading) =>
        reading.KeyIs(exceptedKey)
        || (exceptedConfiguration != IsomerConfiguration.None && reading.Configuration == exceptedConfiguration
            && (reading.Core == Via.Isomer || reading.OfIsomer));
}
