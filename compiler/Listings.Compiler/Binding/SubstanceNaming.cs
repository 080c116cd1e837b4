using System;
using System.Collections.Generic;
using Listings.Runtime;

namespace Listings.Compiler.Binding;

/// <summary>
/// How the acts write names, beyond the names themselves: the inverted headings of the lists
/// ("Coca, feuille de" for "feuille de coca"). Salts, isomers and the other forms of a name are read by
/// the runtime (compiler/Listings.Runtime/Matching), for the classifiers and the analyzers alike.
/// </summary>
public static class SubstanceNaming
{
    /// <summary>
    /// Counter-ions the binder adds to those a listing declares (<c>contre-ions</c>): none — the
    /// runtime's salt-word table (<see cref="SaltWords"/>) holds the common ones, so the tables carry
    /// only what a listing adds.
    /// </summary>
    public static readonly string[] DefaultCounterIons = Array.Empty<string>();

    /// <summary>Isomer prefixes the binder puts in the model: none — the runtime's table (<see cref="IsomerPrefixes"/>) holds them.</summary>
    public static readonly string[] DefaultIsomerPrefixes = Array.Empty<string>();

    /// <summary>
    /// The other ways a heading is read: "Coca, feuille de" → "feuille de coca";
    /// "Moramide (intermédiaire du)" → "intermédiaire du moramide".
    /// </summary>
    public static IEnumerable<string> InvertedForms(string name)
    {
        // Most names have neither shape: no list (nor iterator) made for them.
        List<string>? forms = null;
        var comma = name.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && name.IndexOf(", ", comma + 2, StringComparison.Ordinal) < 0)
        {
            var head = name.Substring(0, comma).Trim();
            var tail = name.Substring(comma + 2).Trim();
            if (EndsWithPreposition(tail))
                (forms ??= new List<string>()).Add(tail + " " + head);
        }
        var open = name.LastIndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && name.EndsWith(")", StringComparison.Ordinal))
        {
            var inner = name.Substring(open + 2, name.Length - open - 3).Trim();
            if (EndsWithPreposition(inner))
                (forms ??= new List<string>()).Add(inner + " " + name.Substring(0, open).Trim());
        }
        return forms ?? (IEnumerable<string>)Array.Empty<string>();
    }

    private static bool EndsWithPreposition(string text)
    {
        var folded = TextFolding.NameKey(text);
        return folded.EndsWith(" de", StringComparison.Ordinal) || folded.EndsWith(" du", StringComparison.Ordinal)
            || folded.EndsWith(" des", StringComparison.Ordinal) || folded == "de" || folded == "du";
    }
}
