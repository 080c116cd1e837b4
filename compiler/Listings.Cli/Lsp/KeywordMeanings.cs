using System.Collections.Generic;
using Listings.Runtime;

namespace Listings.Cli.Lsp;

/// <summary>What the editor says a keyword means when the cursor rests on it (grammar/LANGUAGE.md, in short).</summary>
public static class KeywordMeanings
{
    private static readonly Dictionary<string, string> Meanings = Build(new Dictionary<string, string>
    {
        ["liste"] = "declares a list (stupéfiants, psychotropes): its id, its title, and the act that founded it (`fixée par`).",
        ["acte"] = "declares an act (arrêté, décret, décision): its mark in a list's numbering or its id, its date, its title, its publication and entry into force.",
        ["annexe"] = "opens an annex of a list; the rules and entries that follow belong to it.",
        ["partie"] = "opens a part of a list (the psychotropes are split into parts); the rules and entries that follow belong to it.",
        ["tableau"] = "a table of a convention the entries that follow are grouped under (metadata only).",
        ["groupe"] = "a group of entries inside an annex, with its own inclusion forms and mark.",
        ["comprend"] = "a rule of the annex's preamble: what it brings in for every entry (isomers, esters and ethers, salts, preparations…).",
        ["astérisques"] = "`astérisques inconnus`: the source lost which entries carried an asterisk.",
        ["amendement"] = "an amending act: the changes that follow (ajoute, retire, transfère, modifie) are made by it, on its entry into force.",
        ["ajoute"] = "the entries that follow are added, by the amending act, to the annex named.",
        ["retire"] = "the amending act removes the entry of that name from the annex named.",
        ["transfère"] = "the amending act moves the entry of that name from one annex to another.",
        ["modifie"] = "the amending act changes the entry of that name; the clauses after ':' are what it adds to it.",
        ["dérogation"] = "an act that authorises, under conditions, what an entry classifies.",
        ["autorise"] = "what the derogation authorises, and the conditions (`si …`) under which it does.",
        ["contre-ions"] = "salt words the classifiers recognise beyond their built-in table.",
        ["texte"] = "the act's own words, verbatim.",
        ["défaut"] = "a known defect of the source text, stated rather than guessed away.",
        ["accepte"] = "the finding of that id on this statement is what the act really says: reported as info with this justification, never failing a build.",
        ["sauf"] = "an exception to the entry: what it does not cover (an isomer, derivatives listed elsewhere, preparations).",
        ["avec"] = "forms the entry brings in itself (its isomers, esters, ethers, salts, preparations…).",
        ["nomme"] = "names the entry prints inside its own text (derivatives, plant, genera, intermediates, products): the classifiers find the entry by them.",
        ["sic"] = "the source's own, defective, spelling, kept beside the corrected one.",
        ["modifiée"] = "`modifiée par (n)`: act (n) changed the entry; it did not add it.",
        ["fixée"] = "`fixée par`: the act that founded the list; an entry without a mark was inscribed by it.",
        ["JO"] = "the publication in the Journal officiel; the act enters into force the next day unless it says otherwise.",
        ["vigueur"] = "the entry into force the act gives.",
        ["arrêté"] = "the kind of act: an arrêté.",
        ["décret"] = "the kind of act: a décret.",
        ["décision"] = "the kind of act: a décision.",
        ["inconnue"] = "a date or an annex the text does not give.",
        ["inconnu"] = "a date the text does not give.",
        ["reçues"] = "`reçues de`: the list and annex whose exception hands these preparations over.",
        ["si"] = "the conditions under which the authorisation applies; a condition the query says nothing of does not hold.",
        ["teneur"] = "a content threshold the authorisation requires, compared exactly.",
        ["ou"] = "another name of the entry (an alias), or another catalogue.",
        ["et"] = "a substance listed together with the entry, or a further condition.",
        ["isomères"] = "the isomers of the substances.",
        ["stéréo-isomères"] = "the stereo-isomers of the substances.",
        ["sels"] = "the salts of the substances.",
        ["esters"] = "the esters of the substances.",
        ["éthers"] = "the ethers of the substances.",
        ["préparations"] = "the preparations that hold the substances.",
        ["racémate"] = "the racemate of the substance.",
    });

    private static Dictionary<string, string> Build(Dictionary<string, string> meanings)
    {
        var folded = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var pair in meanings)
            folded[TextFolding.Fold(pair.Key)] = pair.Value;
        return folded;
    }

    public static string? Of(string keyword) => Meanings.TryGetValue(TextFolding.Fold(keyword), out var meaning) ? meaning : null;
}
