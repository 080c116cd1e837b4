using System.Collections.Generic;
using System.Linq;
using Listings.Runtime;
using Listings.Tests.Support;

namespace Listings.Tests.Matching;

/// <summary>A question a user asks by name, and the answer read off the legal text: where it is printed, and what it is.</summary>
public sealed record Question(string Typed, Printed Source, string List, string Annex, string Entry, ClassificationStatus Status, Via? Via)
{
    public override string ToString() => $"« {Typed} » ({Source})";
}

/// <summary>
/// The questions of issue 13's categories, each with its answer and the line of <c>sources/</c> it is
/// read off. The per-category tests ask them; the differential test asks them of both paths.
/// </summary>
public static class Questions
{
    private const string Stup = SeedText.Stupefiants;
    private const string Psy = SeedText.Psychotropes;

    private static IEnumerable<Question> Named(Printed printed, string entry, Via via, params string[] typed)
    {
        var section = printed.Section;
        return typed.Select(t => new Question(t, printed, section.ListId, section.AnnexId, entry, ClassificationStatus.Listed, via));
    }

    private static IEnumerable<Question> Stupefiant(int line, string printed, Via via, params string[] typed) =>
        Named(Printed.Stupefiants(line, printed), printed, via, typed);

    private static IEnumerable<Question> Psychotrope(int line, string printed, params string[] typed) =>
        Named(Printed.Psychotropes(line, printed), printed, Runtime.Via.Name, typed);

    /// <summary>
    /// Spelling variants (spacing, hyphens, apostrophes, full stops, case, accents) of listed names in
    /// every annex and part that lists names; each reaches its entry by name or alias. Part 2 lists
    /// preparations only: <see cref="HandOffs"/>.
    /// </summary>
    public static IReadOnlyList<Question> Spellings { get; } = new[]
    {
        // stupéfiants, annex I (lines 54-156)
        Stupefiant(62, "Alphaméthylfentanyl", Via.Name, "Alpha methyl fentanyl", "alpha-méthylfentanyl", "ALPHA-METHYL-FENTANYL", "alphamethylfentanyl"),
        Stupefiant(63, "Alpha-méthylthiofentanyl", Via.Name, "alphaméthylthiofentanyl", "Alpha methylthiofentanyl"),
        Stupefiant(68, "Béta-hydroxyfentanyl", Via.Name, "beta hydroxyfentanyl", "bétahydroxyfentanyl"),
        Stupefiant(69, "Béta-hydroxy-méthyl-3-fentanyl", Via.Name, "beta hydroxy methyl 3 fentanyl"),
        Stupefiant(75, "Butyrate de dioxaphétyl", Via.Name, "butyrate-de-dioxaphetyl", "BUTYRATE DE DIOXAPHÉTYL"),
        Stupefiant(79, "Coca, feuille de", Via.Name, "feuille de coca", "feuille-de-coca", "Coca (feuille de)"),
        Stupefiant(88, "Dihydroétorphine", Via.Name, "dihydro-étorphine", "dihydro etorphine"),
        Stupefiant(103, "Héroïne", Via.Name, "HEROINE", "héroine"),
        Stupefiant(117, "Méthyl-3-thiofentanyl", Via.Name, "methyl 3 thiofentanyl", "méthyl3thiofentanyl"),
        Stupefiant(118, "Méthyl-3-fentanyl", Via.Name, "méthyl-3 fentanyl"),
        Stupefiant(123, "MPPP", Via.Name, "M.P.P.P.", "m p p p"),
        Stupefiant(135, "Para-fluorofentanyl", Via.Name, "parafluorofentanyl", "para fluorofentanyl"),
        Stupefiant(150, "Rémifentanil", Via.Name, "remi-fentanil"),
        // annex II (lines 170-179)
        Stupefiant(170, "Acétyldihydrocodéine", Via.Name, "acetyl dihydrocodeine", "acétyl-dihydrocodéine"),
        Stupefiant(172, "Dextropropoxyphène", Via.Name, "dextro-propoxyphène", "dextro propoxyphene"),
        Stupefiant(174, "Ethylmorphine", Via.Name, "éthyl morphine", "Ethyl-morphine"),
        // annex III (lines 193-242)
        Stupefiant(193, "2-CB", Via.Name, "2C-B", "2CB", "2 CB"),
        Stupefiant(194, "4-MTA", Via.Name, "4MTA", "4 MTA"),
        Named(Printed.Stupefiants(210, "acide gamma-hydroxybutyrique"), "GHB", Via.Alias,
            "acide gamma hydroxybutyrique", "acide gammahydroxybutyrique", "Acide Gamma-Hydroxybutyrique"),
        Named(Printed.Stupefiants(213, "LSD-25"), "Lysergide", Via.Alias, "lsd 25", "LSD25", "LSD 25"),
        Stupefiant(223, "Méthyl-4 aminorex", Via.Name, "methyl-4-aminorex", "méthyl 4 aminorex", "methyl4aminorex"),
        Stupefiant(224, "N-hydroxyténamfétamine", Via.Name, "N hydroxytenamfetamine", "n-hydroxy-tenamfetamine"),
        Stupefiant(225, "N-éthylténamphétamine", Via.Name, "N éthyl ténamphétamine", "néthylténamphétamine"),
        Named(Printed.Stupefiants(200, "N,N-diéthyltryptamine"), "DET", Via.Alias, "N,N diéthyltryptamine"),
        Stupefiant(217, "Methcathinone", Via.Name, "meth-cathinone", "méthcathinone"),
        Stupefiant(240, "Ténocyclidine", Via.Name, "teno-cyclidine"),
        // annex IV (lines 248-280)
        Stupefiant(248, "2-CI", Via.Name, "2C-I", "2CI", "2 C I"),
        Stupefiant(249, "2-CT-2", Via.Name, "2C-T-2", "2CT2", "2 CT 2"),
        Stupefiant(250, "2-CT-7", Via.Name, "2C-T-7"),
        Stupefiant(270, "TMA-2", Via.Name, "TMA2", "TMA 2"),
        Stupefiant(275, "JWH-018", Via.Name, "JWH018", "JWH 018", "jwh-018"),
        Stupefiant(276, "CP 47,497", Via.Name, "CP-47,497", "CP47,497"),
        Stupefiant(278, "CP 47,497-C8", Via.Name, "CP 47,497 C8", "cp-47,497-c8"),
        Named(Printed.Stupefiants(280, "H U - 2 1 0"), "HU-210", Via.Alias, "HU210", "HU 210", "H U - 2 1 0"),
        Stupefiant(254, "Béta hydroxy alpha, béta-diphényléthylamine", Via.Name, "beta-hydroxy-alpha, beta-diphenylethylamine"),
        Named(Printed.Stupefiants(252, "Banisteriopsis caapi"), "Banisteriopsis caapi", Via.Name, "Banisteriopsis-caapi", "BANISTERIOPSIS CAAPI", "Banisteriopsiscaapi"),
        Stupefiant(261, "Lévophacétopérane", Via.Name, "levo-phacetoperane"),
        Named(Printed.Stupefiants(271, "Tabernathe iboga"), "Tabernanthe iboga", Via.Name, "tabernanthe-iboga"),
        Named(Printed.Stupefiants(265, "peyote"), "Peyotl", Via.Alias, "PEYOTE"),
        // psychotropes, part 1 (lines 30-95) and part 3 (lines 110-111)
        Psychotrope(69, "Loflazépate d’éthyle", "loflazepate d ethyle", "loflazépate d'éthyle", "Loflazepate-d-ethyle", "loflazepate dethyle"),
        Psychotrope(76, "Méthylphénobarbital", "méthyl-phénobarbital", "methyl phenobarbital"),
        Psychotrope(50, "Chlordiazépoxide", "chlor-diazépoxide"),
        Psychotrope(90, "Secbutabarbital", "sec-butabarbital", "sec butabarbital"),
        Psychotrope(35, "Flunitrazépam", "FLUNITRAZÉPAM", "flunitrazepam"),
        Psychotrope(110, "zaléplone", "ZALEPLONE", "za-léplone"),
        Psychotrope(111, "zopiclone", "Zopi clone"),
    }.SelectMany(q => q).ToList();

    /// <summary>The names the decision of 12 June 2023 adds (to an annex it does not give), spelt otherwise.</summary>
    public static IReadOnlyList<Question> HhcSpellings { get; } = new[]
    {
        new Question("HHC acétate", Printed.HhcDecision(5, "HHC-acétate"), Stup, "inconnue", "Hexahydrocannabinol acétate", ClassificationStatus.Listed, Via.Alias),
        new Question("hhcacetate", Printed.HhcDecision(5, "HHC-acétate"), Stup, "inconnue", "Hexahydrocannabinol acétate", ClassificationStatus.Listed, Via.Alias),
        new Question("hexahydro-cannabinol", Printed.HhcDecision(4, "Hexahydrocannabinol"), Stup, "inconnue", "Hexahydrocannabinol", ClassificationStatus.Listed, Via.Name),
        new Question("H.H.C.P.", Printed.HhcDecision(6, "HHCP"), Stup, "inconnue", "Hexahydrocannabiphorol", ClassificationStatus.Listed, Via.Alias),
    };

    /// <summary>The head noun's singular for a plural heading, and its plural for a singular one.</summary>
    public static IReadOnlyList<Question> Numbers { get; } = new[]
    {
        Stupefiant(79, "Coca, feuille de", Via.Name, "feuilles de coca", "Feuilles de Coca", "coca, feuilles de"),
        Named(Printed.Stupefiants(76, "résine de cannabis"), "Cannabis", Via.Name, "résines de cannabis"),
        Stupefiant(82, "Concentré de paille de pavot", Via.Name, "concentrés de paille de pavot"),
        Stupefiant(268, "Tétrahydrocannabinols", Via.Name, "tétrahydrocannabinol", "Tetrahydrocannabinol"),
        Stupefiant(256, "Champignons hallucinogènes", Via.Name, "Champignon hallucinogène", "champignon hallucinogene", "champignon-hallucinogène", "Champignons-hallucinogènes"),
        Stupefiant(80, "Cocaïne", Via.Name, "cocaïnes"),
        Psychotrope(95, "Zolpidem", "zolpidems"),
    }.SelectMany(q => q)
        .Append(new Question("extrait de chanvre", Printed.Hemp(36, "extraits de chanvre"), Stup, "I", "Cannabis", ClassificationStatus.Listed, Via.Name))
        .ToList();

    /// <summary>Names that only resemble listed ones, and the words after a preposition, whose number counts: not found.</summary>
    public static IReadOnlyList<string> NotForms { get; } = new[]
    {
        "Cocain", "Cathin", "Morphin", "résine de cannabi", "chlorhydrate de cocaï", "alpha méthyl", "fentanyl citrat",
        "intermédiaire", "intermédiaire A", "intermédiaire D de la péthidine", "produits qui les intègrent",
    };

    /// <summary>Isomer prefixes, salts of isomers, and what annexes without an isomer rule leave out.</summary>
    public static IReadOnlyList<Question> Isomers { get; } = new[]
    {
        // Annex I: "leurs isomères" (line 46); "les sels … de leurs isomères" (line 50).
        Iso(114, "Méthadone", "I", Via.Isomer, "lévométhadone", "levo-méthadone", "levo methadone", "l-méthadone", "(-)-méthadone", "(R)-méthadone", "dl-méthadone"),
        Iso(114, "Méthadone", "I", Via.Salt, "chlorhydrate de lévométhadone", "levomethadone hydrochloride", "chlorhydrate de l-méthadone", "sulfate de (R)-méthadone"),
        Iso(101, "Fentanyl", "I", Via.Isomer, "dextro-fentanyl", "d-fentanyl"),
        Iso(101, "Fentanyl", "I", Via.Salt, "citrate de dextro-fentanyl", "d-fentanyl citrate"),
        Iso(56, "Acétylméthadol", "I", Via.Isomer, "lévacétylméthadol"),
        // Annex II: "leurs isomères" (line 164); "les sels desdites substances et de leurs isomères" (line 166).
        Iso(172, "Dextropropoxyphène", "II", Via.Isomer, "lévopropoxyphène", "levo-propoxyphene", "l-propoxyphène"),
        Iso(172, "Dextropropoxyphène", "II", Via.Salt, "napsilate de lévopropoxyphène", "levopropoxyphene napsylate"),
        // Annex III: stereo-isomers of the substances with an asterisk (line 187), asterisks lost: which
        // entries had one, the source does not say, so a stereo-isomer is undetermined (issue 14).
        Undetermined(195, "Amphétamine", Via.Isomer, "d-amphétamine", "dextroamphétamine"),
        // "sulfate de d-amphétamine": annex III includes "leurs sels" (line 189) without saying whose, where
        // annexes I and II name the salts of the isomers too (lines 50, 166): undetermined as well.
        Undetermined(195, "Amphétamine", Via.Salt, "sulfate de d-amphétamine"),
        Undetermined(222, "Méthylphénidate", Via.Isomer, "dexméthylphénidate"),
        // Annex IV: no isomer rule (line 246); an entry that names its isomers has them (line 271), "et leurs sels".
        Iso(271, "Tabernanthe iboga", "IV", Via.Isomer, "lévo-ibogaïne", "d-ibogaïne"),
        Iso(271, "Tabernanthe iboga", "IV", Via.Salt, "chlorhydrate de lévo-ibogaïne"),
        Iso(254, "Béta hydroxy alpha, béta-diphényléthylamine", "IV", Via.Isomer, "(S)-béta hydroxy alpha, béta-diphényléthylamine"),
    }.SelectMany(q => q)
        .Concat(NotListed(Printed.Stupefiants(258, "Fenbutrazate et ses sels"), "dextro-fenbutrazate", "chlorhydrate de d-fenbutrazate"))
        .Concat(NotListed(Printed.Stupefiants(255, "BZP"), "d-BZP", "dextro-benzylpipérazine"))
        .Concat(NotListed(Printed.Psychotropes(95, "Zolpidem"), "dextro-zolpidem", "l-zolpidem"))
        .Concat(NotListed(Printed.Psychotropes(110, "zaléplone"), "chlorhydrate de lévo-zaléplone"))
        .ToList();

    private static IEnumerable<Question> Undetermined(int line, string entry, Via via, params string[] typed) =>
        typed.Select(t => new Question(t, Printed.Stupefiants(line, entry), Stup, "III", entry, ClassificationStatus.Undetermined, via));

    private static IEnumerable<Question> Iso(int line, string entry, string annex, Via via, params string[] typed)
    {
        var printed = Printed.Stupefiants(line, entry == "Tabernanthe iboga" ? "ibogaïne, ses isomères" : entry);
        return typed.Select(t => new Question(t, printed, Stup, annex, entry, ClassificationStatus.Listed, via));
    }

    private static IEnumerable<Question> NotListed(Printed printed, params string[] typed) =>
        typed.Select(t => new Question(t, printed, "", "", "", ClassificationStatus.NotListed, null));

    /// <summary>
    /// The isomers annex I excepts by name — "Lévométhorphane, à l’exception de son isomère dextrogyre ou
    /// dextrométhorphane" (line 109) and "Lévorphanol, à l’exception de son isomère dextrogyre ou
    /// dextrorphane" (line 112) — under every spelling, as salts, and by a prefix naming the dextrogyre isomer.
    /// </summary>
    public static IReadOnlyList<Question> ExceptedIsomers { get; } =
        Excepted(Printed.Stupefiants(109, "dextrométhorphane"), "Lévométhorphane",
                "dextrométhorphane", "Dextrométhorphane", "DEXTROMETHORPHANE", "Dextro-méthorphane", "dextro méthorphane",
                "dextro-methorphane", "d-méthorphane", "D-méthorphane", "d méthorphane", "dméthorphane", "(+)-méthorphane",
                "bromhydrate de dextrométhorphane", "dextrométhorphane bromhydrate", "bromhydrate de d-méthorphane",
                "dextromethorphane hydrobromide", "bromhydrate de dextrométhorphane monohydraté", "Dextrométhorphane (bromhydrate de)")
            .Concat(Excepted(Printed.Stupefiants(112, "dextrorphane"), "Lévorphanol",
                "dextrorphane", "Dextrorphane", "DEXTRORPHANE", "dextr-orphane", "dextro-rphane", "dextro rphane",
                "tartrate de dextrorphane", "dextrorphane tartrate", "dextrorphane tartrate monohydrate"))
            .ToList();

    private static IEnumerable<Question> Excepted(Printed printed, string entry, params string[] typed) =>
        typed.Select(t => new Question(t, printed, Stup, "I", entry, ClassificationStatus.Exempted, null));

    /// <summary>The isomers of the same two entries that are not excepted: still listed.</summary>
    public static IReadOnlyList<Question> NotExcepted { get; } = new[]
    {
        Iso(109, "Lévométhorphane", "I", Via.Name, "lévométhorphane", "levo-methorphane", "levo méthorphane"),
        Iso(109, "Lévométhorphane", "I", Via.Isomer, "l-méthorphane", "(-)-méthorphane"),
        Iso(112, "Lévorphanol", "I", Via.Name, "levo-rphanol"),
        Iso(112, "Lévorphanol", "I", Via.Salt, "tartrate de lévorphanol"),
    }.SelectMany(q => q).ToList();
}
