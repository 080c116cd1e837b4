using System;

namespace Listings.Tests.Binding;

/// <summary>The declarations the binding fixtures share: the stupéfiants list and the acts their scenarios cite.</summary>
internal static class BindingFixtures
{
    /// <summary>
    /// The list, founded by act (1) (JO 07/06/1990: in force on 08/06/1990), and act (2)
    /// (JO 29/07/1995: in force on 30/07/1995). Three lines.
    /// </summary>
    public const string List = """
        liste stupefiants "Liste des stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
        acte (2) de stupefiants : arrêté du 19/07/1995 "modifiant la liste" JO du 29/07/1995

        """;

    /// <summary>Annex I with the salts rule, and cocaine: "chlorhydrate de cocaïne" is listed through it.</summary>
    public const string AnnexI = """
        annexe I de stupefiants
        comprend les substances ci-après désignées
        comprend les sels des substances
        - "Cocaïne"

        """;

    /// <summary>Annex II with the salts rule and no entry.</summary>
    public const string AnnexII = """
        annexe II de stupefiants
        comprend les substances ci-après désignées
        comprend les sels des substances

        """;

    public static readonly DateTime InForce1 = new(1990, 6, 8);

    public static readonly DateTime InForce2 = new(1995, 7, 30);

    /// <summary>A day when every act of the fixtures is in force.</summary>
    public static readonly DateTime Today = new(2024, 1, 1);
}
