using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Listings.Cli;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Cli.Classify;

/// <summary>
/// One JSON contract (issue 15): an application that serialises the runtime's answers with the
/// shipped context writes the bytes <c>listings classify --jsonl</c> writes, and both validate
/// against docs/jsonl/answer.schema.json.
/// </summary>
public class AnswerJsonContractTests
{
    private static readonly DateTime On = new(2024, 1, 1);

    /// <summary>Queries without an id (the runtime's answers have none: <c>"id": null</c>), covering every status, exceptions, notes and assumed dates.</summary>
    private static readonly (string Line, Func<ClassificationQuery> Query)[] Queries =
    {
        ("{\"name\":\"chlorhydrate de cocaïne\",\"on\":\"2024-01-01\"}", () => new ClassificationQuery("chlorhydrate de cocaïne", On)),
        ("{\"name\":\"Cathine\",\"on\":\"2024-01-01\"}", () => new ClassificationQuery("Cathine", On)),
        ("{\"name\":\"pas une substance\",\"on\":\"2024-01-01\"}", () => new ClassificationQuery("pas une substance", On)),
        ("{\"name\":\"HHC\",\"on\":\"2024-01-01\"}", () => new ClassificationQuery("HHC", On)),
        ("{\"name\":\"dextrométhorphane\",\"on\":\"2024-01-01\"}", () => new ClassificationQuery("dextrométhorphane", On)),
        ("{\"name\":\"feuille de coca\",\"on\":\"1995-01-01\"}", () => new ClassificationQuery("feuille de coca", new DateTime(1995, 1, 1))),
        ("{\"name\":\"diphénoxylate\",\"on\":\"2024-01-01\",\"preparation\":{\"route\":\"oral\",\"per_unit\":{\"diphénoxylate\":\"2.5 mg\",\"sulfate d'atropine\":\"0,025 mg\"}}}",
            () => new ClassificationQuery("diphénoxylate", On) { Route = QueryRoute.Oral, PerUnit = { ["diphénoxylate"] = 2.5m, ["sulfate d'atropine"] = 0.025m } }),
        ("{\"name\":\"cannabis\",\"on\":\"2024-01-01\",\"thc_percent\":0.2,\"catalogue_variety\":true}",
            () => new ClassificationQuery("cannabis", On) { ThcPercent = 0.2m, CatalogueVariety = true }),
        ("{\"name\":\"\\\"quoted\\\" <b>\\u0001\",\"on\":\"2024-01-01\"}", () => new ClassificationQuery("\"quoted\" <b>\u0001", On)),
    };

    private static string Jsonl(string[] lines)
    {
        var output = new MemoryStream();
        JsonlClassifier.Run(JsonlRunner.Classifier, new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n")), output, JsonlRunner.Today);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public void The_shipped_serializer_writes_the_bytes_jsonl_writes()
    {
        var expected = Jsonl(Queries.Select(q => q.Line).ToArray());

        var answers = Queries.Select(q => JsonlRunner.Classifier.Classify(q.Query())).ToList();
        var serialised = string.Concat(answers.Select(a => JsonSerializer.Serialize(a, AnswerJson.SerializerOptions) + "\n"));

        serialised.ShouldBe(expected);
        // The statuses, an exception, a note and an escaped name are among the bytes compared.
        expected.ShouldContain("\"status\":\"exempted\"");
        expected.ShouldContain("\"status\":\"not-listed\"");
        expected.ShouldContain("\"applied\":true");
        expected.ShouldContain("\"in_force_assumed\":true");
        expected.ShouldContain("\\\"quoted\\\"");
    }

    [Fact]
    public void The_source_generated_context_and_the_converter_write_the_same_contract()
    {
        var answer = JsonlRunner.Classifier.Classify(new ClassificationQuery("chlorhydrate de cocaïne", On));
        var contract = JsonSerializer.Serialize(answer, AnswerJson.SerializerOptions);

        // The context alone (System.Text.Json's default escaping) and any options (the type's converter): the same JSON.
        var viaContext = JsonSerializer.Serialize(answer, ListingsJsonContext.Default.ClassificationAnswer);
        var viaAttribute = JsonSerializer.Serialize(answer, new JsonSerializerOptions { Encoder = AnswerJson.SerializerOptions.Encoder, TypeInfoResolver = ListingsJsonContext.Default });
        viaAttribute.ShouldBe(contract);
        JsonNode.DeepEquals(JsonNode.Parse(viaContext), JsonNode.Parse(contract)).ShouldBeTrue(viaContext);
        contract.ShouldStartWith("{\"id\":null,\"name\":\"chlorhydrate de cocaïne\",\"on\":\"2024-01-01\",\"status\":\"listed\",\"classifications\":[{\"list\":\"stupefiants\",\"annex\":\"I\",\"entry\":\"Cocaïne\",\"via\":\"salt\"");

        var batch = JsonSerializer.Serialize(JsonlRunner.Classifier.ClassifyAll(new[] { new ClassificationQuery("Cathine", On) }), AnswerJson.SerializerOptions);
        batch.ShouldBe("[" + JsonSerializer.Serialize(JsonlRunner.Classifier.Classify(new ClassificationQuery("Cathine", On)), AnswerJson.SerializerOptions) + "]");
    }

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "jsonl", "answer.schema.json")),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    [Fact]
    public void Every_status_and_every_via_the_runtime_can_write_validates_against_the_schema()
    {
        var act = new ActReference("(1)", "Arrêté", null, inForceAssumed: false);
        foreach (var status in Enum.GetValues<ClassificationStatus>())
            foreach (var via in Enum.GetValues<Via>())
            {
                var answer = new ClassificationAnswer("x", On, status,
                    new[] { new Classification("stupefiants", "annexe", "I", "X", via, new[] { act }, "listings/x.listing(1,1)") },
                    new[] { new AppliedException("stupefiants", "I", "X", "sauf", applied: false) },
                    new[] { new AnswerNote("stupefiants", "note") });
                using var document = JsonDocument.Parse(JsonSerializer.Serialize(answer, AnswerJson.SerializerOptions));

                Schema.Value.Evaluate(document.RootElement, Options).IsValid.ShouldBeTrue($"{status} {via}: {document.RootElement}");
            }
    }

    [Fact]
    public void The_runtimes_answers_validate_against_the_schema()
    {
        foreach (var (_, query) in Queries)
        {
            using var document = JsonDocument.Parse(JsonSerializer.Serialize(JsonlRunner.Classifier.Classify(query()), AnswerJson.SerializerOptions));
            Schema.Value.Evaluate(document.RootElement, Options).IsValid.ShouldBeTrue(document.RootElement.ToString());
        }
    }
}
