using System.CommandLine;
using Listings.Cli.Lsp;

namespace Listings.Cli.Commands;

/// <summary><c>listings lsp</c>: the language server editors start (editors/vscode), on stdin and stdout.</summary>
public static class LspCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("lsp", "Run the language server (LSP 3.17 over stdin and stdout) that editors start.");
        command.SetAction(_ =>
        {
            var input = context.OpenInput();
            var output = context.OpenOutput();
            return new LspServer { Log = context.Error }.RunAsync(input, output).GetAwaiter().GetResult();
        });
        return command;
    }
}
