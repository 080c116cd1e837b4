using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Cli.Classify;

/// <summary>
/// The <c>--jsonl</c> contract is documented once, as JSON Schemas (docs/jsonl/): the command's answers
/// validate against the answer schema, the queries of the README against the query schema, and the
/// mistakes the command refuses are refused by the schema too.
/// </summary>
public class JsonlSchemaTests
{
    private static JsonSchema Schema(string file) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "jsonl", file)),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static readonly Lazy<JsonSchema> Answer = new(() => Schema("answer.schema.json"));
    private static readonly Lazy<JsonSchema> Query = new(() => Schema("query.schema.json"));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static string Failures(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? new System.Collections.Generic.List<EvaluationResults>()).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static readonly string[] Queries =
    {
        "{\"id\":\"q1\",\"name\":\"chlorhydrate de cocaïne\",\"on\":\"2024-01-01\"}",
        "{\"id\":2,\"name\":\"Cathine\",\"on\":\"2024-01-01\"}",
        "{\"name\":\"pas une substance\",\"on\":\"2024-01-01\"}",
        "{\"id\":\"hhc\",\"name\":\"HHC\",\"on\":\"2024-01-01\"}",
        "{\"id\":\"p\",\"name\":\"diphénoxylate\",\"on\":\"2024-01-01\",\"preparation\":{\"route\":\"oral\",\"per_unit\":{\"diphénoxylate\":\"2.5 mg\",\"sulfate d'atropine\":\"0,025 mg\"}}}",
        "{\"id\":\"p2\",\"name\":\"diphénoxylate\",\"on\":\"2024-01-01\",\"preparation\":{\"route\":\"oral\"}}",
        "{\"id\":\"h\",\"name\":\"cannabis\",\"on\":\"2024-01-01\",\"thc_percent\":0.2,\"catalogue_variety\":true}",
        "{\"id\":\"d\",\"name\":\"dextrométhorphane\",\"on\":\"2024-01-01\"}",
        "{\"id\":\"k\",\"name\":\"feuille de coca\",\"on\":\"2024-01-01\"}",
        "{\"id\":\"u\",\"name\":\"PMMA\",\"on\":\"1995-01-01\"}",
        "{\"id\":\"s\",\"name\":\"sulfate de d-amphétamine\",\"on\":\"1995-01-01\"}",
        "{\"id\":\"m\",\"name\":\"méphédrone\",\"on\":\"2024-01-01\"}",
        "{\"id\":\"c\",\"name\":\"clonazépam\",\"on\":\"2024-01-01\",\"preparation\":{\"route\":\"oral\"}}",
        "{\"id\":\"g\",\"name\":\"GBL\",\"on\":\"2024-01-01\"}",
        "{\"id\":\"t\",\"name\":\"chanvre\",\"on\":\"2024-01-01\",\"thc_percent\":0.31,\"catalogue_variety\":true}",
    };

    private static readonly string[] Refused =
    {
        "{\"id\":\"u\",\"name\":\"cannabis\",\"thc\":0.2}",
        "{\"id\":\"n\",\"name\":\"cannabis\",\"thc_percent\":-1}",
        "{\"id\":\"b\",\"on\":\"2024-01-01\"}",
        "{\"id\":\"r\",\"name\":\"x\",\"preparation\":{\"route\":\"buccale\"}}",
        "{\"id\":\"m\",\"name\":\"x\",\"preparation\":{\"per_unit\":{\"x\":\"-2 mg\"}}}",
        "{\"id\":\"m2\",\"name\":\"x\",\"preparation\":{\"per_unit\":{\"x\":2.5}}}",
        "{\"id\":\"o\",\"name\":\"x\",\"on\":\"2024-02-30\"}",
    };

    [Fact]
    public void The_queries_validate_against_the_query_schema()
    {
        foreach (var query in Queries)
        {
            using var document = JsonDocument.Parse(query);
            var results = Query.Value.Evaluate(document.RootElement, Options);
            results.IsValid.ShouldBeTrue($"{query}\n{Failures(results)}");
        }
    }

    [Fact]
    public void What_the_command_refuses_the_query_schema_refuses()
    {
        var (errors, _) = JsonlRunner.Run(Refused);
        errors.ShouldBe(Refused.Length);
        foreach (var query in Refused)
        {
            using var document = JsonDocument.Parse(query);
            Query.Value.Evaluate(document.RootElement, Options).IsValid.ShouldBeFalse(query);
        }
    }

    [Fact]
    public void The_answers_and_the_error_answers_validate_against_the_answer_schema()
    {
        var lines = Queries.Concat(Refused).Concat(new[] { "", "not JSON", "{\"id\":\"x\",\"name\":\"cocaïne\",}" }).ToArray();

        var (errors, answers) = JsonlRunner.Run(lines);

        answers.Count.ShouldBe(lines.Length);
        errors.ShouldBe(Refused.Length + 3);
        foreach (var answer in answers)
        {
            var results = Answer.Value.Evaluate(answer, Options);
            results.IsValid.ShouldBeTrue($"{answer}\n{Failures(results)}");
        }
        // The answers validated cover every kind of member: the four statuses, exceptions, an assumed date.
        answers.Select(a => a.Str("status")).Where(s => s is not null).Distinct().OrderBy(s => s)
            .ShouldBe(new[] { "exempted", "listed", "not-listed", "undetermined" });
        answers.Count(HasExceptions).ShouldBeGreaterThan(0);
        answers.ShouldContain(a => a.ToString().Contains("\"in_force_assumed\":true", StringComparison.Ordinal));
    }

    private static bool HasExceptions(JsonElement answer) => answer.TryGetProperty("exceptions", out var e) && e.GetArrayLength() > 0;

    [Fact]
    public void An_answer_with_a_member_the_contract_does_not_have_does_not_validate()
    {
        // So that the schema cannot silently fall behind the command: a member added to AnswerJson fails above.
        using var document = JsonDocument.Parse("{\"id\":null,\"line\":1,\"error\":\"x\",\"extra\":1}");

        Answer.Value.Evaluate(document.RootElement, Options).IsValid.ShouldBeFalse();
    }
}
