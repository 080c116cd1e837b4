using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Listings.Runtime;

namespace Listings.Cli.Commands;

/// <summary>
/// <c>listings classify [--on DATE] [--route …] [--per-unit "X=2.5 mg"]… [--thc %] [--catalogued] NAME…</c>
/// and <c>listings classify --jsonl</c> (queries on stdin, answers on stdout, see <see cref="JsonlClassifier"/>).
/// </summary>
public static class ClassifyCommand
{
    public static Command Create(CliContext context)
    {
        var names = new Argument<string[]>("names") { Description = "Names to classify, as a user types them", Arity = ArgumentArity.ZeroOrMore };
        var on = CliSyntax.Date("--on", "The date; default: today");
        var route = new Option<QueryRoute?>("--route")
        {
            Description = "Route of a preparation",
            HelpName = "oral|injectable|other",
            CustomParser = result => CliSyntax.Parse<QueryRoute?>(result, text => QueryReader.ParseRoute(text)),
        };
        route.CompletionSources.Add("oral", "injectable", "other");
        var perUnit = new Option<PerUnitAmount[]>("--per-unit")
        {
            Description = "Per-unit content of a preparation, \"substance=2.5 mg\" (repeatable; µg, mg, g, kg; a comma or a point)",
            HelpName = "substance=quantity",
            AllowMultipleArgumentsPerToken = false,
            CustomParser = result =>
            {
                var amounts = new List<PerUnitAmount>();
                foreach (var token in result.Tokens)
                {
                    try
                    {
                        amounts.Add(QueryReader.ParsePerUnit(token.Value));
                    }
                    catch (FormatException e)
                    {
                        result.AddError("--per-unit: " + e.Message);
                    }
                }
                try
                {
                    QueryReader.AddPerUnit(new ClassificationQuery("-", DateTime.MinValue), amounts);
                }
                catch (FormatException e)
                {
                    result.AddError("--per-unit: " + e.Message);
                }
                return amounts.ToArray();
            },
        };
        // Parsed here: in the invariant culture "0,30" would read as 30 (the comma a thousands separator).
        var thc = new Option<decimal?>("--thc")
        {
            Description = "Δ9-THC content in percent (hemp): 0,30 or 0.30",
            HelpName = "percent",
            CustomParser = result => CliSyntax.Parse<decimal?>(result, text => QueryReader.ParsePercent(text)),
        };
        var catalogued = new Option<bool>("--catalogued") { Description = "The hemp variety is in the EU common or French official catalogue" };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read one JSON query per line on stdin, write one JSON answer per line (no NAME, no query option)" };
        var listings = new Option<string[]>("--listings") { Description = "Listing files or folders (default: listings/)", HelpName = "path" };
        var command = new Command("classify", "Is this name classified, on that date, and why?");
        command.Arguments.Add(names);
        foreach (var option in new Option[] { on, route, perUnit, thc, catalogued, jsonl, listings })
            command.Options.Add(option);
        command.Validators.Add(result =>
        {
            var given = result.GetValue(names) ?? Array.Empty<string>();
            if (result.GetValue(jsonl))
            {
                if (given.Length > 0)
                    result.AddError($"--jsonl reads the names from the queries on stdin: give no NAME (found '{given[0]}')");
                foreach (var option in new Option[] { on, route, perUnit, thc, catalogued })
                    if (result.GetResult(option) is { Implicit: false })
                        result.AddError($"--jsonl takes {option.Name} from each query (\"on\", \"preparation\", \"thc_percent\", \"catalogue_variety\"), not from the command line");
            }
            else if (given.Length == 0)
            {
                result.AddError("give at least one NAME, or --jsonl to read queries from stdin");
            }
        });
        command.SetAction(parse =>
        {
            var classifier = ListingSet.LoadClassifier(parse.GetValue(listings) ?? Array.Empty<string>(), context.TableCache, context.Error);
            if (classifier is null)
                return ListingsCli.Failure;
            if (parse.GetValue(jsonl))
            {
                // Buffered: a write a line would cost a system call a line. JsonlClassifier flushes
                // whenever it has answered everything it has read, before it waits for more.
                using var input = context.OpenInput();
                var output = new BufferedStream(context.OpenOutput(), 1 << 16);
                JsonlClassifier.Run(classifier, input, output, DateTime.Today);
                output.Flush();
                return ListingsCli.Success;
            }
            foreach (var name in parse.GetValue(names) ?? Array.Empty<string>())
            {
                var query = new ClassificationQuery(name, parse.GetValue(on) ?? DateTime.Today);
                if (parse.GetValue(route) is { } r)
                    query.Route = r;
                QueryReader.AddPerUnit(query, parse.GetValue(perUnit) ?? Array.Empty<PerUnitAmount>());
                query.ThcPercent = parse.GetValue(thc);
                if (parse.GetValue(catalogued))
                    query.CatalogueVariety = true;
                AnswerText.Write(classifier.Classify(query), context.Output);
            }
            return ListingsCli.Success;
        });
        return command;
    }
}
