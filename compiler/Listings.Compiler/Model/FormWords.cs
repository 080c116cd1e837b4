using System.Collections.Generic;
using Listings.Runtime;

namespace Listings.Compiler.Model;

/// <summary>The forms an annex or entry brings into a list, in the act's words (for reviewers and exports).</summary>
public static class FormWords
{
    public static IReadOnlyList<string> Of(FormFlags forms)
    {
        var words = new List<string>();
        void Add(FormFlags flag, string word)
        {
            if ((forms & flag) != 0)
                words.Add(word);
        }
        Add(FormFlags.Isomers, "isomères");
        Add(FormFlags.StereoIsomers, "stéréo-isomères");
        Add(FormFlags.Esters, "esters");
        Add(FormFlags.Ethers, "éthers");
        Add(FormFlags.Salts, "sels");
        Add(FormFlags.Racemate, "racémate");
        Add(FormFlags.Preparations, "préparations");
        Add(FormFlags.NamedPreparationsOnly, "préparations nommément désignées");
        Add(FormFlags.InjectablePreparations, "préparations injectables");
        return words;
    }
}
