using System.IO;
using System.Linq;
using System.Text.Json;
using Listings.Cli;
using Listings.Cli.Commands;
using Listings.Cli.Export;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Cli.Export;

public class ExportTests
{
    private static string Yaml(string on)
    {
        var output = new StringWriter();
        ExportCommand.Run(new[] { RepositoryPaths.Listings }, "yaml", QueryReader.ParseDate(on), output).ShouldBe(0);
        return output.ToString();
    }

    [Fact]
    public void The_YAML_export_of_the_bundled_listings_reads_back_into_the_same_model()
    {
        var yaml = Yaml("2024-01-01");

        var read = ExportYaml.Read(yaml);
        var again = new StringWriter();
        ListingExport.WriteYaml(read, again);

        again.ToString().ShouldBe(yaml);
        read.Select(l => l.Id).ShouldBe(new[] { "psychotropes", "stupefiants" });
    }

    [Fact]
    public void The_export_holds_one_document_per_list_with_every_entry_in_force_that_day()
    {
        var read = ExportYaml.Read(Yaml("2024-01-01"));

        // 262 bullets of the seed, plus the 3 substances of the HHC decision of 12 June 2023.
        read.Sum(l => l.Annexes.Sum(a => a.Entries.Count)).ShouldBe(265);
        var stupefiants = read.Single(l => l.Id == "stupefiants");
        stupefiants.Annexes.Select(a => a.Id).ShouldBe(new[] { "I", "II", "III", "IV", "inconnue" });
        var annexI = stupefiants.Annexes.Single(a => a.Id == "I");
        annexI.InclusionRules.ShouldBe(new[] { "isomères", "esters", "éthers", "sels", "préparations" });
        var oripavine = annexI.Entries.Single(e => e.Name == "Oripavine");
        oripavine.Acts.Single().Mark.ShouldBe("(26)");
        oripavine.Acts.Single().InForce.ShouldBe("2008-03-08"); // JO of 07/03/2008, the next day
    }

    [Fact]
    public void An_entry_added_later_is_not_in_an_earlier_export()
    {
        var read = ExportYaml.Read(Yaml("2008-03-07"));

        read.Single(l => l.Id == "stupefiants").Annexes.Single(a => a.Id == "I").Entries.ShouldNotContain(e => e.Name == "Oripavine");
    }

    [Fact]
    public void The_JSON_export_has_the_same_members_as_the_YAML_one()
    {
        var output = new StringWriter();
        ExportCommand.Run(new[] { RepositoryPaths.Listings }, "json", new System.DateTime(2024, 1, 1), output).ShouldBe(0);

        using var json = JsonDocument.Parse(output.ToString());
        var first = json.RootElement.EnumerateArray().First();
        first.GetProperty("id").GetString().ShouldBe("psychotropes");
        var entry = first.GetProperty("annexes")[0].GetProperty("entries")[0];
        entry.TryGetProperty("inclusion_rules", out _).ShouldBeFalse();
        first.GetProperty("annexes")[0].TryGetProperty("inclusion_rules", out _).ShouldBeTrue();
        entry.GetProperty("acts")[0].TryGetProperty("in_force", out _).ShouldBeTrue();
    }
}
