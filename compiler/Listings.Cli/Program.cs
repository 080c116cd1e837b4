using System.CommandLine;
using System.Globalization;
using Listings.Cli.Commands;

// Output must not depend on the machine's culture (dates, numbers, sort order).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var root = new RootCommand("listings: check, compile and compare substance listings (stupéfiants, psychotropes).");
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(ClassifyCommand.Create());
root.Subcommands.Add(DiffCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
return root.Parse(args).Invoke();
