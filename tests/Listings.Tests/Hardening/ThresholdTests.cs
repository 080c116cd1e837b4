using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Listings.Cli;
using Listings.Compiler.Binding;
using Listings.Compiler.Model;
using Listings.Compiler.Tables;
using Listings.French;
using Listings.Grammar.Parsing;
using Listings.Grammar.Syntax;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;
using Engine = Listings.Runtime.Classifier;
using ListingSeverity = Listings.Grammar.Diagnostics.DiagnosticSeverity;

namespace Listings.Tests.Hardening;

/// <summary>
/// Thresholds are exact decimals with units, compared at their boundary: however the act or the user
/// writes a quantity (comma or point, mg or g or µg), the same amount is the same threshold; exactly at
/// the limit is in, the smallest step beyond it is out; and a unit nobody knows is an error, never zero.
/// </summary>
public class ThresholdTests
{
    private static readonly DateTime On = new(2024, 1, 1);

    private const string Header = """
        liste stupefiants "Liste des substances classées comme stupéfiants" fixée par (1)
        acte (1) de stupefiants : arrêté du 22/02/1990 "fixant la liste" JO du 07/06/1990
        acte chanvre : arrêté du 30/12/2021 "chanvre" JO du 31/12/2021
        annexe I de stupefiants

        """;

    private static ListingModel Model(string text)
    {
        var parsed = ListingParser.Parse("test.listing", text);
        parsed.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        var bound = ListingBinder.Bind(new[] { parsed.Document });
        bound.Diagnostics.Where(d => d.Severity == ListingSeverity.Error).Select(d => d.ToString()).ShouldBeEmpty();
        return bound.Model;
    }

    private static Engine Build(string text) => new(TableBuilder.Build(Model(text)));

    private static readonly Lazy<Engine> CliClassifier = new(() => ListingSet.Load(new[] { RepositoryPaths.Listings }).Classifier);

    // ---- quantities as the listing writes them ------------------------------------------------------

    private static Quantity Threshold(string quantity)
    {
        var document = ListingParser.Parse("test.listing", Header + $"- \"Cannabis\"\ndérogation par chanvre à \"Cannabis\" de stupefiants annexe I\n"
            + $"autorise \"extraits\" si teneur en \"thc\" au plus {quantity}\n");
        document.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        var condition = document.Document.Derogations.Single().Authorisations.Single().Conditions.Single();
        return condition.ShouldBeOfType<ContentConditionSyntax>().Threshold;
    }

    [Theory]
    [InlineData("0,30 %")]
    [InlineData("0.3 %")]
    [InlineData("0,3%")]
    [InlineData("0.300 %")]
    [InlineData("0,3000000000 %")]
    public void A_percentage_with_a_comma_or_a_point_is_the_same_quantity(string written)
    {
        var quantity = Threshold(written);

        quantity.Value.ShouldBe(0.30m);
        quantity.Unit.ShouldBe("%");
        quantity.Text.ShouldBe(written, "the act's own words are kept");
    }

    private const string DiphenoxylateEntry =
        "- \"Diphénoxylate\", sauf préparations orales renfermant par unité au plus {0} de \"diphénoxylate\" en base\n" +
        "    et au moins 0,025 mg de \"sulfate d'atropine\"\n";

    private static string Diphenoxylate(string limit) => Header + string.Format(CultureInfo.InvariantCulture, DiphenoxylateEntry, limit);

    public static IEnumerable<object[]> TwoAndAHalfMilligrams() => new[]
    {
        "2,5 mg", "2.5 mg", "2,50 mg", "2500 µg", "2500 μg", "2500 ug", "2500 UG", "0,0025 g", "0.0025 g", "0,0025 G",
        "0,0000025 kg", "2,5 MG", "2,5 Mg",
    }.Select(q => new object[] { q });

    [Theory]
    [MemberData(nameof(TwoAndAHalfMilligrams))]
    public void Every_spelling_of_two_and_a_half_milligrams_is_the_same_threshold(string limit)
    {
        var exception = Model(Diphenoxylate(limit)).Entries.Single().Exceptions.Single();

        exception.Amounts.Select(a => a.Milligrams).ShouldBe(new[] { 2.5m, 0.025m });
        exception.Amounts.Select(a => a.Bound).ShouldBe(new[] { AmountBound.AtMost, AmountBound.AtLeast });
    }

    private static ClassificationAnswer Preparation(Classifier classifier, decimal diphenoxylateMg, decimal atropineMg = 0.025m,
        QueryRoute route = QueryRoute.Oral)
    {
        var query = new ClassificationQuery("Diphénoxylate", On) { Route = route };
        query.PerUnit["diphénoxylate"] = diphenoxylateMg;
        query.PerUnit["sulfate d’atropine"] = atropineMg;
        return classifier.Classify(query);
    }

    [Theory]
    [MemberData(nameof(TwoAndAHalfMilligrams))]
    public void Exactly_the_limit_is_exempted_and_the_smallest_step_beyond_is_listed(string limit)
    {
        var classifier = Build(Diphenoxylate(limit));

        Preparation(classifier, 2.5m).Status.ShouldBe(ClassificationStatus.Exempted);
        Preparation(classifier, 2.50000000m).Status.ShouldBe(ClassificationStatus.Exempted);
        Preparation(classifier, 2.4999999m).Status.ShouldBe(ClassificationStatus.Exempted);
        Preparation(classifier, 2.5000001m).Status.ShouldBe(ClassificationStatus.Listed);
        Preparation(classifier, 2.5000000000000000000000001m).Status.ShouldBe(ClassificationStatus.Listed);
        Preparation(classifier, 2.5m, atropineMg: 0.025m).Status.ShouldBe(ClassificationStatus.Exempted);
        Preparation(classifier, 2.5m, atropineMg: 0.0249999m).Status.ShouldBe(ClassificationStatus.Listed, "au moins 0,025 mg of atropine");
        Preparation(classifier, 2.5m, route: QueryRoute.Injectable).Status.ShouldBe(ClassificationStatus.Listed, "only oral preparations are excepted");
    }

    [Theory]
    [InlineData("2.5 mg", ClassificationStatus.Exempted)]
    [InlineData("2,5 mg", ClassificationStatus.Exempted)]
    [InlineData("0.0025 g", ClassificationStatus.Exempted)]
    [InlineData("0,0025 g", ClassificationStatus.Exempted)]
    [InlineData("2500 µg", ClassificationStatus.Exempted)]
    [InlineData("2500 ug", ClassificationStatus.Exempted)]
    [InlineData("0.0000025 kg", ClassificationStatus.Exempted)]
    [InlineData("2.5000001 mg", ClassificationStatus.Listed)]
    [InlineData("0,0025000001 g", ClassificationStatus.Listed)]
    [InlineData("2500,0001 µg", ClassificationStatus.Listed)]
    public void A_per_unit_amount_given_in_any_unit_is_compared_in_milligrams(string amount, ClassificationStatus expected)
    {
        var classifier = Build(Diphenoxylate("2,5 mg"));
        Engine.TryParseMilligrams(amount, out var mg).ShouldBeTrue(amount);

        Preparation(classifier, mg).Status.ShouldBe(expected, $"{amount} = {mg} mg");
    }

    // ---- hemp: 0,30 % ---------------------------------------------------------------------------------
    // Extracts (article 1er, III, line 36 of sources/2021-12-30-arrete-chanvre.txt): "n'est pas supérieure
    // à 0,30 %". Varieties (I, line 24): the same ceiling, on the result of the annex's method, which "est
    // affecté d'une tolérance de 0,03 % en valeur absolue" (line 104): 0,33 % is in, anything above out.

    [Theory]
    [InlineData("0.30", "0.33", ClassificationStatus.Exempted)]
    [InlineData("0.3", "0.330", ClassificationStatus.Exempted)]
    [InlineData("0.300000000", "0.3300000", ClassificationStatus.Exempted)]
    [InlineData("0.2999999", "0.3299999", ClassificationStatus.Exempted)]
    [InlineData("0.3000001", "0.3300001", ClassificationStatus.Listed)]
    [InlineData("0.30000000000000000000000001", "0.33000000000000000000000001", ClassificationStatus.Listed)]
    public void Hemp_at_exactly_its_ceiling_is_exempted_and_just_above_is_listed_by_the_generated_and_the_CLI_classifiers(
        string extractThc, string varietyThc, ClassificationStatus expected)
    {
        var cli = CliClassifier.Value;

        foreach (var (classifier, label) in new[] { (FrenchListings.All, "generated"), (cli, "CLI") })
        {
            var variety = classifier.Classify(new ClassificationQuery("Cannabis", On)
            {
                ThcPercent = decimal.Parse(varietyThc, CultureInfo.InvariantCulture), CatalogueVariety = true,
            });
            variety.Status.ShouldBe(expected, $"{label}: Cannabis, catalogued, {varietyThc} %");
            var extract = classifier.Classify(new ClassificationQuery("extraits de chanvre", On)
            {
                ThcPercent = decimal.Parse(extractThc, CultureInfo.InvariantCulture),
            });
            extract.Status.ShouldBe(expected, $"{label}: extraits de chanvre, {extractThc} %");
        }
    }

    [Theory]
    [InlineData("0,30 %")]
    [InlineData("0.3 %")]
    [InlineData("0,3 %")]
    [InlineData("0.30%")]
    public void A_hemp_ceiling_written_either_way_gives_the_same_answers(string ceiling)
    {
        var classifier = Build(Header + "- \"Cannabis\"\ndérogation par chanvre à \"Cannabis\" de stupefiants annexe I\n"
            + $"autorise \"extraits de chanvre\" si teneur en \"delta-9-tétrahydrocannabinol\" au plus {ceiling}\n");

        ClassificationStatus Ask(decimal thc) => classifier.Classify(new ClassificationQuery("extraits de chanvre", On) { ThcPercent = thc }).Status;
        Ask(0.3m).ShouldBe(ClassificationStatus.Exempted);
        Ask(0.30m).ShouldBe(ClassificationStatus.Exempted);
        Ask(0.3000001m).ShouldBe(ClassificationStatus.Listed);
        classifier.Classify(new ClassificationQuery("extraits de chanvre", On)).Status
            .ShouldBe(ClassificationStatus.Listed, "an unknown THC content does not meet a ceiling");
    }

    // ---- the CLI's per-unit parser ------------------------------------------------------------------

    [Theory]
    [InlineData("2,5 mg", "2.5 mg")]
    [InlineData("2,5mg", "2.5mg")]
    [InlineData("0,0025 g", "0.0025 g")]
    [InlineData("2500 µg", "2500,0 µg")]
    [InlineData("2500 μg", "2500 ug")]
    [InlineData(" 2,5 mg ", "2.500 mg")]
    [InlineData("0,0000025 kg", "0.0000025 kg")]
    public void French_and_English_decimal_separators_read_the_same_mass(string french, string english)
    {
        Engine.TryParseMilligrams(french, out var a).ShouldBeTrue(french);
        Engine.TryParseMilligrams(english, out var b).ShouldBeTrue(english);

        a.ShouldBe(2.5m);
        b.ShouldBe(a);
    }

    [Theory]
    [InlineData("2,5 mg")]
    [InlineData("2.5 mg")]
    [InlineData("0,0025 g")]
    [InlineData("2500 µg")]
    public void The_CLI_reads_per_unit_amounts_in_any_culture(string amount)
    {
        foreach (var culture in new[] { "fr-FR", "en-US", "de-DE", "tr-TR" })
        {
            var previous = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = new CultureInfo(culture);
                QueryReader.ParsePerUnit("diphénoxylate=" + amount).Milligrams.ShouldBe(2.5m, culture);
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
            }
        }
    }

    [Theory]
    [InlineData("0,30")]
    [InlineData("0.30")]
    [InlineData("0,3")]
    public void The_CLI_reads_a_THC_percentage_with_a_comma_as_with_a_point_or_refuses_it(string thc)
    {
        // listings classify --thc 0,30 Cannabis: the CLI runs in the invariant culture (Program.cs), where
        // a comma is a thousands separator. A French user's "0,30" must not become 30 %.
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var command = global::Listings.Cli.Commands.ClassifyCommand.Create();
            var result = command.Parse(new[] { "--thc", thc, "Cannabis" });
            if (result.Errors.Count > 0)
                return; // refused: the user is told, nothing is classified
            var option = command.Options.OfType<System.CommandLine.Option<string?>>().Single(o => o.Name == "--thc");
            global::Listings.Cli.QueryReader.ParsePercent(result.GetValue(option)!).ShouldBe(0.30m, $"--thc {thc}");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("2,5 furlongs")]
    [InlineData("2.5")]
    [InlineData("2,5 %")]
    [InlineData("2,5 ml")]
    [InlineData("2,5 m g")]
    [InlineData("-2,5 mg")]
    [InlineData("mg")]
    [InlineData("")]
    [InlineData("1,000.5 mg")]
    [InlineData("2.5e0 mg")]
    [InlineData("99999999999999999999999999999 mg")]
    [InlineData("79228162514264337593543950335 kg")]
    public void A_per_unit_amount_without_a_known_mass_unit_is_refused_never_read_as_zero(string amount)
    {
        Engine.TryParseMilligrams(amount, out var mg).ShouldBeFalse($"'{amount}' read as {mg} mg");
        Should.Throw<FormatException>(() => QueryReader.ParsePerUnit("diphénoxylate=" + amount));
    }

    [Theory]
    [InlineData("2,5 MG")]
    [InlineData("0,0025 G")]
    [InlineData("2500 UG")]
    public void A_unit_in_capitals_means_what_it_means_in_a_listing_or_is_refused(string amount)
    {
        // A listing reads units in any case (LANGUAGE.md); the CLI must not read them as something else.
        if (Engine.TryParseMilligrams(amount, out var mg))
            mg.ShouldBe(2.5m);
    }

    [Fact]
    public void An_unknown_unit_in_a_JSONL_query_is_an_error_line_and_the_run_goes_on()
    {
        var classifier = Build(Diphenoxylate("2,5 mg"));
        var lines = new[]
        {
            "{\"id\":\"bad\",\"name\":\"Diphénoxylate\",\"on\":\"2024-01-01\",\"preparation\":{\"route\":\"oral\",\"per_unit\":{\"diphénoxylate\":\"2,5 furlongs\",\"sulfate d'atropine\":\"0,025 mg\"}}}",
            "{\"id\":\"bare\",\"name\":\"Diphénoxylate\",\"on\":\"2024-01-01\",\"preparation\":{\"route\":\"oral\",\"per_unit\":{\"diphénoxylate\":2.5,\"sulfate d'atropine\":\"0,025 mg\"}}}",
            "{\"id\":\"fr\",\"name\":\"Diphénoxylate\",\"on\":\"2024-01-01\",\"preparation\":{\"route\":\"oral\",\"per_unit\":{\"diphénoxylate\":\"2,5 mg\",\"sulfate d'atropine\":\"0,025 mg\"}}}",
            "{\"id\":\"en\",\"name\":\"Diphénoxylate\",\"on\":\"2024-01-01\",\"preparation\":{\"route\":\"oral\",\"per_unit\":{\"diphénoxylate\":\"0.0025 g\",\"sulfate d'atropine\":\"25 µg\"}}}",
            "{\"id\":\"over\",\"name\":\"Diphénoxylate\",\"on\":\"2024-01-01\",\"preparation\":{\"route\":\"oral\",\"per_unit\":{\"diphénoxylate\":\"2.5000001 mg\",\"sulfate d'atropine\":\"0,025 mg\"}}}",
        };
        var output = new MemoryStream();

        var errors = JsonlClassifier.Run(classifier, new StringReader(string.Join("\n", lines) + "\n"), output, On);

        var answers = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToDictionary(a => a.GetProperty("id").GetString()!);
        errors.ShouldBe(2);
        answers["bad"].GetProperty("error").GetString()!.ShouldContain("furlongs");
        answers["bad"].TryGetProperty("status", out _).ShouldBeFalse("an error line carries no classification");
        answers["bare"].GetProperty("error").GetString().ShouldNotBeNullOrEmpty("a number without a unit is not a mass");
        answers["fr"].GetProperty("status").GetString().ShouldBe("exempted");
        answers["en"].GetProperty("status").GetString().ShouldBe("exempted");
        answers["over"].GetProperty("status").GetString().ShouldBe("listed");
    }

    // ---- unknown units in a listing -----------------------------------------------------------------

    [Theory]
    [InlineData("- \"X\", sauf préparations orales renfermant par unité au plus 2,5 furlongs de \"x\"", "furlongs")]
    [InlineData("- \"X\", sauf préparations orales renfermant par unité au plus 2,5 mgs de \"x\"", "mgs")]
    [InlineData("- \"X\", sauf préparations orales renfermant par unité au plus 2,5 ml de \"x\"", "ml")]
    [InlineData("- \"X\", sauf la préparation en comprimés renfermant par comprimé \"x\" 0,005 gr", "gr")]
    [InlineData("dérogation par chanvre à \"X\" de stupefiants annexe I\nautorise \"y\" si teneur en \"thc\" au plus 0,30 ppm", "ppm")]
    [InlineData("dérogation par chanvre à \"X\" de stupefiants annexe I\nautorise \"y\" si teneur en \"thc\" au plus 0,30 pourcent", "pourcent")]
    public void An_unknown_unit_in_a_listing_is_a_located_LST0005(string lines, string unit)
    {
        var text = Header + (lines.StartsWith("dérogation", StringComparison.Ordinal) ? "- \"X\"\n" : "") + lines + "\n";
        var line = ListingFixture.LineOf(text, unit + (unit == "gr" || unit == "ppm" || unit == "pourcent" ? "" : " de"));
        var column = text.Replace("\r\n", "\n").Split('\n')[line - 1].IndexOf(" " + unit, StringComparison.Ordinal) + 2;

        var parsed = ListingParser.Parse("test.listing", text);

        var diagnostic = parsed.Diagnostics.ShouldHaveSingleItem(string.Join("\n", parsed.Diagnostics));
        diagnostic.Id.ShouldBe("LST0005");
        diagnostic.Severity.ShouldBe(ListingSeverity.Error);
        diagnostic.Message.ShouldContain("'" + unit + "'");
        (diagnostic.Span.Path, diagnostic.Span.Line, diagnostic.Span.Column).ShouldBe(("test.listing", line, column));
        diagnostic.Span.Length.ShouldBe(unit.Length);
    }

    // ---- thresholds the engine cannot check must not pass silently ------------------------------------

    [Fact]
    public void A_derogation_ceiling_in_milligrams_is_not_dropped_silently()
    {
        // "au plus 0,30 mg" is not a percentage: the engine has no THC mass to compare it with. It must say
        // so when the listing is compiled, or at least not authorise a product of any content.
        var text = Header + "- \"Cannabis\"\ndérogation par chanvre à \"Cannabis\" de stupefiants annexe I\n"
            + "autorise \"extraits de chanvre\" si teneur en \"delta-9-tétrahydrocannabinol\" au plus 0,30 mg\n";
        var parsed = ListingParser.Parse("test.listing", text);
        parsed.Diagnostics.ShouldBeEmpty();
        var bound = ListingBinder.Bind(new[] { parsed.Document });
        var classifier = new Classifier(TableBuilder.Build(bound.Model));

        var answer = classifier.Classify(new ClassificationQuery("extraits de chanvre", On) { ThcPercent = 50m });

        (bound.Diagnostics.Any() || answer.Status != ClassificationStatus.Exempted).ShouldBeTrue(
            "a hemp extract at 50 % THC is exempted by a ceiling of 0,30 mg, and nothing reported the ceiling as unchecked");
    }

    [Fact]
    public void A_derogation_floor_is_not_dropped_silently()
    {
        var text = Header + "- \"Cannabis\"\ndérogation par chanvre à \"Cannabis\" de stupefiants annexe I\n"
            + "autorise \"extraits de chanvre\" si teneur en \"delta-9-tétrahydrocannabinol\" au moins 5 %\n";
        var parsed = ListingParser.Parse("test.listing", text);
        parsed.Diagnostics.ShouldBeEmpty();
        var bound = ListingBinder.Bind(new[] { parsed.Document });
        var classifier = new Classifier(TableBuilder.Build(bound.Model));

        var answer = classifier.Classify(new ClassificationQuery("extraits de chanvre", On) { ThcPercent = 0m });

        (bound.Diagnostics.Any() || answer.Status != ClassificationStatus.Exempted).ShouldBeTrue(
            "an extract at 0 % THC is exempted by a condition of at least 5 %, and nothing reported the condition as unchecked");
    }

    [Fact]
    public void A_per_unit_exception_the_engine_cannot_read_does_not_exempt_every_preparation()
    {
        // LST1004 says the amount "cannot be checked against a preparation's contents"; the engine must
        // then not treat the exception as met whatever the contents.
        var text = Header + "- \"Diphénoxylate\", sauf préparations orales renfermant par unité au plus 5 % de \"diphénoxylate\"\n";
        var parsed = ListingParser.Parse("test.listing", text);
        parsed.Diagnostics.ShouldBeEmpty();
        var bound = ListingBinder.Bind(new[] { parsed.Document });
        bound.Diagnostics.ShouldContain(d => d.Id == BindingDiagnostics.UnsupportedAmountId);
        var classifier = new Classifier(TableBuilder.Build(bound.Model));
        var query = new ClassificationQuery("Diphénoxylate", On) { Route = QueryRoute.Oral };
        query.PerUnit["diphénoxylate"] = 1000m;

        var answer = classifier.Classify(query);

        answer.Status.ShouldNotBe(ClassificationStatus.Exempted,
            "an oral preparation of 1000 mg is exempted by an exception whose amount the engine could not read");
    }

    [Theory]
    [InlineData("9999999999999999999999999999 kg")]
    [InlineData("9999999999999999999999999999 g")]
    [InlineData("99999999999999999999999999 kg")]
    [InlineData("0,000000000000000000000000001 µg")]
    public void A_huge_or_tiny_per_unit_amount_in_a_listing_binds_without_an_exception(string amount)
    {
        var text = Header + $"- \"X\", sauf préparations orales renfermant par unité au plus {amount} de \"x\"\n";
        var parsed = ListingParser.Parse("test.listing", text);

        var bind = () => ListingBinder.Bind(new[] { parsed.Document });

        var bound = Should.NotThrow(bind, $"binding '{amount}'");
        if (parsed.Diagnostics.IsEmpty && !bound.Diagnostics.Any())
            bound.Model.Entries.Single().Exceptions.Single().Amounts.Single().Milligrams.ShouldBeGreaterThanOrEqualTo(0m);
    }
}
