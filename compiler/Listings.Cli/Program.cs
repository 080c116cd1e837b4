using System;
using System.Globalization;
using System.IO;
using System.Text;
using Listings.Cli;

// Output must not depend on the machine's culture (dates, numbers, sort order).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// Standard output is buffered and flushed at the end (and by --jsonl whenever it waits for input); a
// failure to write it (a full disk, a closed pipe) is one line on stderr and exit code 1.
var stdout = new OutputStream(Console.OpenStandardOutput());
var output = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
var context = new CliContext(output, Console.Error, Console.OpenStandardInput, () =>
{
    output.Flush();
    return stdout;
})
{
    TableCache = TableCache.FromEnvironment(),
};
try
{
    var code = ListingsCli.Run(args, context);
    output.Flush();
    return code;
}
catch (OutputException e)
{
    Console.Error.WriteLine($"listings: cannot write the output: {e.Message}");
    return ListingsCli.Failure;
}
