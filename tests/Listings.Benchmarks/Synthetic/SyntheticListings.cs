using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Listings.Benchmarks.Synthetic;

/// <summary>
/// A deterministic synthetic listing set at scale: the given number of entries spread over annexes,
/// each with an alias and a mark naming one of the amending acts. Same arguments, same files.
/// </summary>
public static class SyntheticListings
{
    public static IReadOnlyList<(string Path, string Text)> Create(int entries = 100_000, int annexes = 50, int acts = 1_000)
    {
        var inv = CultureInfo.InvariantCulture;
        var files = new List<(string, string)>();
        var head = new StringBuilder();
        head.Append("liste synth \"Liste synthétique\" fixée par (1)\n");
        for (var a = 1; a <= acts; a++)
        {
            // Dates spread over 1990–2024, deterministic; JO ten days after signature.
            var signed = new System.DateTime(1990, 1, 1).AddDays(a * 12);
            var published = signed.AddDays(10);
            head.AppendFormat(inv, "acte ({0}) de synth : arrêté du {1:dd/MM/yyyy} \"acte synthétique {0}\" JO du {2:dd/MM/yyyy}\n", a, signed, published);
        }
        files.Add(("synthetic/00-liste.listing", head.ToString()));
        var perAnnex = entries / annexes;
        var n = 0;
        var random = new System.Random(20261121);
        for (var annex = 1; annex <= annexes; annex++)
        {
            var text = new StringBuilder(perAnnex * 48);
            text.AppendFormat(inv, "annexe {0} de synth\n", annex);
            text.Append("comprend les substances ci-après désignées\ncomprend leurs isomères, sauf exception expresse\n");
            text.Append("comprend les sels des substances, isomères, esters et éthers\ncomprend les préparations\n");
            for (var i = 0; i < perAnnex; i++, n++)
                text.AppendFormat(inv, "- \"Synthétamine {0:000000}\" ou \"SYN-{0}\" ({1})\n", n, random.Next(1, acts + 1));
            files.Add(($"synthetic/annexe-{annex:00}.listing", text.ToString()));
        }
        return files;
    }
}
