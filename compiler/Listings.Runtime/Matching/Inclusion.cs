namespace Listings.Runtime;

/// <summary>
/// What an entry's rules bring into the list, for a reading of a name: a salt needs salts; an isomer
/// needs isomers (or stereo-isomers and an asterisk; or, for the racemate, an entry that names its
/// racemate); an ester or ether needs esters or ethers (and isomers, for one of an isomer). A salt of
/// an isomer, of an ester needs both (annex I: "les sels desdites substances, de leurs isomères, de
/// leurs esters et éthers"). The entry's own names and the names it cites need nothing. Where the
/// sources cannot say whether a form is brought in (a lost asterisk, salts whose scope the preamble
/// does not state), the form is included with its <see cref="Doubt"/>: the answer is then undetermined.
/// </summary>
internal static class Inclusion
{
    /// <summary>False when the rules certainly leave the reading out; else true, with what the sources leave open.</summary>
    public static bool Of(FormFlags forms, in Reading reading, out Doubt doubt)
    {
        doubt = Doubt.None;
        if (reading.Salt && (forms & FormFlags.Salts) == 0)
            return false;
        // The salt of an isomer, ester or ether needs the annex to include those salts too.
        if (reading.Salt && reading.Core is Via.Isomer or Via.Ester or Via.Ether)
        {
            var needed = reading.Core == Via.Isomer && !reading.OfIsomer ? FormFlags.SaltsOfIsomers
                : reading.Core == Via.Ester ? FormFlags.SaltsOfEsters : FormFlags.SaltsOfEthers;
            if ((forms & needed) == 0)
            {
                // "leurs sels" after a rule of stereo-isomers: whose salts, the preamble does not say.
                if (needed != FormFlags.SaltsOfIsomers || (forms & FormFlags.SaltsOfIsomersUnstated) == 0)
                    return false;
                doubt |= Doubt.SaltsOfIsomersUnstated;
            }
        }
        switch (reading.Core)
        {
            case Via.Isomer:
                return Isomers(forms, reading.Racemate, ref doubt);
            case Via.Ester:
            case Via.Ether:
                if ((forms & (reading.Core == Via.Ester ? FormFlags.Esters : FormFlags.Ethers)) == 0)
                    return false;
                return !reading.OfIsomer || Isomers(forms, racemate: false, ref doubt);
            default:
                return true;
        }
    }

    /// <summary>Whether the rules bring the reading in without any doubt (for checks that need a yes or no).</summary>
    public static bool Of(FormFlags forms, in Reading reading) => Of(forms, reading, out _);

    private static bool Isomers(FormFlags forms, bool racemate, ref Doubt doubt)
    {
        if (racemate && (forms & FormFlags.Racemate) != 0)
            return true;
        if ((forms & FormFlags.Isomers) != 0)
            return true;
        if ((forms & FormFlags.StereoIsomers) == 0)
            return false;
        if ((forms & FormFlags.Asterisk) != 0)
            return true;
        if ((forms & FormFlags.AsteriskUnknown) == 0)
            return false;
        doubt |= Doubt.AsteriskLost;
        return true;
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
