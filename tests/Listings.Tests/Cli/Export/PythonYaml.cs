using System;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Shouldly;

namespace Listings.Tests.Cli.Export;

/// <summary>
/// PyYAML (Debian's python3-yaml), the most common YAML 1.1 reader, reading YAML the way a script
/// would (<c>yaml.safe_load_all</c>). Every key must come back a string and every value a string or a
/// boolean: a key <c>on</c> read as True, or a date read as a date, fails here. The tests need it: a
/// machine without it fails them with the line that installs it.
/// </summary>
internal static class PythonYaml
{
    private const string Script = """
        import json, sys, yaml

        def check(node, path):
            if isinstance(node, dict):
                for key in node:
                    if not isinstance(key, str):
                        sys.exit("%s: the key %r was read as %s, not a string" % (path, key, type(key).__name__))
                return {key: check(value, path + "/" + key) for key, value in node.items()}
            if isinstance(node, list):
                return [check(item, path + "[]") for item in node]
            if isinstance(node, (str, bool)):
                return node
            sys.exit("%s: %r was read as %s, not a string" % (path, node, type(node).__name__))

        documents = list(yaml.safe_load_all(sys.stdin.buffer.read().decode("utf-8")))
        sys.stdout.write(json.dumps([check(d, "") for d in documents], ensure_ascii=True))
        """;

    /// <summary>The YAML stream's documents, as PyYAML reads them, in a JSON array.</summary>
    public static JsonArray Read(string yaml)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("these tests read the YAML export with python3 and PyYAML: install them (Debian: apt-get install python3-yaml): " + e.Message);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardInput.BaseStream.Write(new UTF8Encoding(false).GetBytes(yaml));
            process.StandardInput.Close();
            process.WaitForExit();
            error.Result.ShouldNotContain("No module named 'yaml'", customMessage: "install PyYAML (Debian: apt-get install python3-yaml)");
            process.ExitCode.ShouldBe(0, error.Result);
            return JsonNode.Parse(output.Result)!.AsArray();
        }
    }
}
