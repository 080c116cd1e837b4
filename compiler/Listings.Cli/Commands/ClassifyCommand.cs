using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using Listings.Runtime;

namespace Listings.Cli.Commands;

/// <summary>
/// <c>listings classify [--on DATE] [--route …] [--per-unit "X=2.5 mg"]… [--thc %] [--catalogued] NAME…</c>
/// and <c>listings classify --jsonl</c> (queries on stdin, answers on stdout).
/// </summary>
public static class ClassifyCommand
{
    public static Command Create()
    {
        var names = new Argument<string[]>("names") { Description = "Names to classify, as a user types them", Arity = ArgumentArity.ZeroOrMore };
        var on = new Option<string?>("--on") { Description = "The date (yyyy-mm-dd); default: today" };
        var route = new Option<string?>("--route") { Description = "Route of a preparation: oral, injectable or other" };
        var perUnit = new Option<string[]>("--per-unit") { Description = "Per-unit content of a preparation, \"substance=2.5 mg\" (repeatable)", AllowMultipleArgumentsPerToken = false };
        // A string, parsed here: in the invariant culture "0,30" would read as 30 (the comma a thousands separator).
        var thc = new Option<string?>("--thc") { Description = "Δ9-THC content in percent (hemp): 0,30 or 0.30" };
        var catalogued = new Option<bool>("--catalogued") { Description = "The hemp variety is in the EU common or French official catalogue" };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read one JSON query per line on stdin, write one JSON answer per line" };
        var listings = new Option<string[]>("--listings") { Description = "Listing files or folders (default: listings/)" };
        var command = new Command("classify", "Is this name classified, on that date, and why?");
        command.Arguments.Add(names);
        foreach (var option in new Option[] { on, route, perUnit, thc, catalogued, jsonl, listings })
            command.Options.Add(option);
        command.SetAction(parse =>
        {
            var set = ListingSet.Load(Paths(parse.GetValue(listings)));
            if (set.HasErrors)
            {
                set.PrintErrors(Console.Error);
                return 1;
            }
            if (parse.GetValue(jsonl))
            {
                // Buffered both ways: unbuffered stdout cost two write system calls a line, and
                // Console.In takes a lock a line. Answers still stream, 64 KiB at a time.
                using var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), false, 1 << 16);
                using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
                JsonlClassifier.Run(set.Classifier, stdin, stdout, DateTime.Today);
                return 0;
            }
            var given = parse.GetValue(names) ?? Array.Empty<string>();
            if (given.Length == 0)
            {
                Console.Error.WriteLine("listings classify: give at least one NAME, or --jsonl to read queries from stdin");
                return 2;
            }
            try
            {
                foreach (var name in given)
                {
                    var query = new ClassificationQuery(name, parse.GetValue(on) is { } date ? QueryReader.ParseDate(date) : DateTime.Today);
                    if (parse.GetValue(route) is { } r)
                        query.Route = QueryReader.ParseRoute(r);
                    foreach (var amount in parse.GetValue(perUnit) ?? Array.Empty<string>())
                    {
                        var (substance, mg) = QueryReader.ParsePerUnit(amount);
                        query.PerUnit[substance] = mg;
                    }
                    if (parse.GetValue(thc) is { } percent)
                        query.ThcPercent = QueryReader.ParsePercent(percent);
                    if (parse.GetValue(catalogued))
                        query.CatalogueVariety = true;
                    AnswerText.Write(set.Classifier.Classify(query), Console.Out);
                }
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine("listings classify: " + e.Message);
                return 2;
            }
            return 0;
        });
        return command;
    }

    private static IReadOnlyList<string> Paths(string[]? given) =>
        given is { Length: > 0 } ? given : new[] { CheckCommand.DefaultPath };
}
