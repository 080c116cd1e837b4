namespace Listings.Runtime;

/// <summary>
/// Esters, ethers and racemates named in words: "ester méthylique de l’ecgonine", "esters de X",
/// "éther de X", "ecgonine methyl ester"; "racémate de X", "X racémique", "racemic X", "X racemate".
/// An ester or ether counts where the annex or the entry includes esters or ethers (and, in an annex
/// whose esters and ethers yield to another annex, not when another annex lists the name itself); a
/// racemate where the entry names its racemate or the annex includes isomers. Esters and ethers of an
/// isomer ("ester méthylique de la lévo-X") count where isomers count too.
/// </summary>
internal static class Derivatives
{
    private static readonly string[] EsterWords = { "ester", "esters" };
    private static readonly string[] EtherWords = { "ether", "ethers" };
    private static readonly string[] RacemateFirst = { "racemate", "racemic" };
    private static readonly string[] RacemateLast = { "racemique", "racemate" };

    /// <summary>"ester(s) [méthylique] de X" → X and the kind (ester or ether).</summary>
    public static bool French(char[] w, int start, int end, out Via kind, out int baseStart)
    {
        kind = Via.Ester;
        baseStart = -1;
        var first = Words.End(w, start, end);
        if (Words.Is(w, start, first, EtherWords))
            kind = Via.Ether;
        else if (!Words.Is(w, start, first, EsterWords))
            return false;
        var at = first + 1;
        if (at >= end)
            return false;
        var preposition = Prepositions.At(w, at, end);
        if (preposition == 0)
        {
            // one adjective: "méthylique", "éthylique"
            var adjective = Words.End(w, at, end);
            if (adjective - at < 5 || !Words.At(w, adjective - 4, end, "ique"))
                return false;
            at = adjective + 1;
            if (at >= end)
                return false;
            preposition = Prepositions.At(w, at, end);
            if (preposition == 0)
                return false;
        }
        baseStart = at + preposition;
        return true;
    }

    /// <summary>"X [methyl] ester(s)" → X, with and without the word before "ester".</summary>
    public static bool English(char[] w, int start, int end, out Via kind, out int baseEnd, out int shorterBaseEnd)
    {
        kind = Via.Ester;
        baseEnd = shorterBaseEnd = -1;
        var last = Words.LastStart(w, start, end);
        if (last <= start)
            return false;
        if (Words.Is(w, last, end, EtherWords))
            kind = Via.Ether;
        else if (!Words.Is(w, last, end, EsterWords))
            return false;
        baseEnd = last - 1;
        var adjective = Words.LastStart(w, start, baseEnd);
        shorterBaseEnd = adjective > start ? adjective - 1 : -1;
        return true;
    }

    /// <summary>"racémate de X", "racemic X", "X racémique", "X racemate" → X.</summary>
    public static bool Racemate(char[] w, int start, int end, out int baseStart, out int baseEnd)
    {
        baseStart = baseEnd = -1;
        var first = Words.End(w, start, end);
        if (first < end && Words.Is(w, start, first, RacemateFirst))
        {
            var preposition = Prepositions.At(w, first + 1, end);
            baseStart = first + 1 + preposition;
            baseEnd = end;
            return baseStart < end;
        }
        var last = Words.LastStart(w, start, end);
        if (last > start && Words.Is(w, last, end, RacemateLast))
        {
            baseStart = start;
            baseEnd = last - 1;
            return true;
        }
        return false;
    }
}
