namespace Listings.Tests.Generator;

/// <summary>A small listing set with one of each thing the emitter writes: acts, an annex with rules, aliases, an exception, an amendment.</summary>
internal static class Fixtures
{
    public const string List = """
        liste stupefiants "Liste des substances classées comme stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste des substances classées comme stupéfiants" JO du 07/06/1990
        acte (26) de stupefiants : arrêté du 28/02/2008 "modifiant l'arrêté du 22/02/1990" JO du 07/03/2008
        """;

    public const string AnnexI = """
        annexe I de stupefiants
        comprend les substances ci-après désignées
        comprend leurs isomères, sauf exception expresse
        comprend les sels des substances, isomères, esters et éthers
        - "Cocaïne"
        - "Lévométhorphane", sauf son isomère dextrogyre ou "dextrométhorphane"
        - "Oripavine" (26)
        """;

    public const string Hhc = """
        acte decision-hhc-2023 de stupefiants : décision du 12/06/2023 "portant modification de la liste" JO inconnu
        amendement par decision-hhc-2023
        ajoute à stupefiants annexe inconnue
        - "Hexahydrocannabinol" ou "HHC"
        """;

    public static (string Path, string Text)[] Set() => new[]
    {
        ("listings/00-liste.listing", List),
        ("listings/annexe-I.listing", AnnexI),
        ("listings/hhc.listing", Hhc),
    };
}
