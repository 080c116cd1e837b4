using System.Collections.Generic;
using Listings.Runtime;

namespace Listings.Compiler.Binding;

/// <summary>
/// How the acts write names, beyond the names themselves: salts by counter-ion, isomers by prefix,
/// and the inverted headings of the lists ("Coca, feuille de" for "feuille de coca").
/// </summary>
public static class SubstanceNaming
{
    /// <summary>Counter-ions in French ("chlorhydrate de X") and English ("X hydrochloride"); listings add more with <c>contre-ions</c>.</summary>
    public static readonly string[] DefaultCounterIons =
    {
        "chlorhydrate", "bromhydrate", "iodhydrate", "sulfate", "hydrogénosulfate", "phosphate", "tartrate",
        "bitartrate", "hydrogénotartrate", "citrate", "acétate", "maléate", "fumarate", "mésilate", "mésylate",
        "nitrate", "oxalate", "succinate", "lactate", "benzoate", "salicylate", "méthylsulfate", "camsilate",
        "hydrochloride", "hydrobromide", "hydroiodide", "sulphate", "acetate", "maleate", "mesylate", "mesilate",
        "hcl",
    };

    /// <summary>Prefixes that name an isomer of a substance: "dextro"/"lévo", "d-", "l-", "dl-", "(+)-"…</summary>
    public static readonly string[] DefaultIsomerPrefixes =
    {
        "dextro", "levo", "dl-", "d-", "l-", "(+)-", "(-)-", "(±)-", "(r)-", "(s)-", "rac-",
    };

    /// <summary>
    /// The other ways a heading is read: "Coca, feuille de" → "feuille de coca";
    /// "Moramide (intermédiaire du)" → "intermédiaire du moramide".
    /// </summary>
    public static IEnumerable<string> InvertedForms(string name)
    {
        var comma = name.IndexOf(", ", System.StringComparison.Ordinal);
        if (comma > 0 && name.IndexOf(", ", comma + 2, System.StringComparison.Ordinal) < 0)
        {
            var head = name.Substring(0, comma).Trim();
            var tail = name.Substring(comma + 2).Trim();
            if (EndsWithPreposition(tail))
                yield return tail + " " + head;
        }
        var open = name.LastIndexOf(" (", System.StringComparison.Ordinal);
        if (open > 0 && name.EndsWith(")", System.StringComparison.Ordinal))
        {
            var inner = name.Substring(open + 2, name.Length - open - 3).Trim();
            if (EndsWithPreposition(inner))
                yield return inner + " " + name.Substring(0, open).Trim();
        }
    }

    private static bool EndsWithPreposition(string text)
    {
        var folded = TextFolding.NameKey(text);
        return folded.EndsWith(" de", System.StringComparison.Ordinal) || folded.EndsWith(" du", System.StringComparison.Ordinal)
            || folded.EndsWith(" des", System.StringComparison.Ordinal) || folded == "de" || folded == "du";
    }
}
