// The table format shared with the compiler: public because the compiler's model is, hidden from
// IntelliSense, documented where it is written (the binder, TableBuilder), not here.
#pragma warning disable CS1591
using System;
using System.ComponentModel;

namespace Listings.Runtime;

/// <summary>Which forms of an entry's substance its annex (or the entry itself) brings into the list.</summary>
/// <remarks>Part of the table format the compiler writes (its model is a public assembly, so this type is public), not of the API: hidden from IntelliSense.</remarks>
[Flags]
[EditorBrowsable(EditorBrowsableState.Never)]
public enum FormFlags
{
    None = 0,
    Isomers = 1,

    /// <summary>Stereo-isomers, for entries marked with an asterisk (stupéfiants III), or for every entry when <see cref="Asterisk"/> comes with it from the annex.</summary>
    StereoIsomers = 2,
    Esters = 4,
    Ethers = 8,
    Salts = 16,

    /// <summary>All preparations.</summary>
    Preparations = 32,

    /// <summary>Only the preparations the entry names (stupéfiants II).</summary>
    NamedPreparationsOnly = 64,

    /// <summary>Esters and ethers listed in another annex belong to that annex ("à moins qu'ils ne soient inscrits à une autre annexe").</summary>
    DerivativesYieldToOtherAnnex = 128,

    /// <summary>The entry's asterisk was lost in the source: whether stereo-isomers are included is unknown.</summary>
    AsteriskUnknown = 256,

    /// <summary>The entry carries an asterisk.</summary>
    Asterisk = 512,

    /// <summary>Injectable preparations the entry names ("et ses préparations injectables").</summary>
    InjectablePreparations = 1024,

    /// <summary>The racemate the entry names ("Méthamphétamine et son racémate").</summary>
    Racemate = 2048,

    /// <summary>The salts of the isomers the entry includes ("les sels … de leurs isomères").</summary>
    SaltsOfIsomers = 4096,

    /// <summary>The salts of the esters the entry includes ("les sels … de leurs esters").</summary>
    SaltsOfEsters = 8192,

    /// <summary>The salts of the ethers the entry includes ("les sels … de leurs éthers").</summary>
    SaltsOfEthers = 16384,

    /// <summary>
    /// The annex includes "leurs sels" after a rule of isomers or stereo-isomers without saying whether
    /// the salts of those isomers are meant (stupéfiants III, where annexes I and II name them): a salt
    /// of an isomer is then undetermined, not left out.
    /// </summary>
    SaltsOfIsomersUnstated = 32768,
}
