using System;
using System.Text.Json;
using System.Threading.Tasks;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Cli.Classify;

/// <summary>
/// <c>listings classify --jsonl</c> as a worker behind pipes: a client writes one query, waits for its
/// answer, then writes the next. Each answer must come while the client waits (it used to sit in a
/// 64 KiB buffer: no answer at all). The timeout is generous, only to catch a hang.
/// </summary>
public class JsonlPipeTests
{
    private static readonly TimeSpan PerAnswer = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_client_that_waits_for_each_answer_before_the_next_query_gets_a_hundred_answers()
    {
        var start = ListingsProcess.StartInfo(RepositoryPaths.Root, "classify", "--jsonl", "--listings", RepositoryPaths.Listings);
        using var worker = System.Diagnostics.Process.Start(start)!;
        var errors = worker.StandardError.ReadToEndAsync();
        try
        {
            var names = new[] { "chlorhydrate de cocaïne", "Cathine", "pas une substance", "HHC" };
            for (var i = 0; i < 100; i++)
            {
                await worker.StandardInput.WriteLineAsync($"{{\"id\":\"q{i}\",\"name\":\"{names[i % names.Length]}\",\"on\":\"2024-01-01\"}}");
                await worker.StandardInput.FlushAsync();

                var line = await worker.StandardOutput.ReadLineAsync().WaitAsync(PerAnswer);

                line.ShouldNotBeNull($"no answer to query {i}; stderr: {(errors.IsCompleted ? await errors : "")}");
                using var answer = JsonDocument.Parse(line);
                answer.RootElement.GetProperty("id").GetString().ShouldBe($"q{i}");
                answer.RootElement.GetProperty("status").GetString().ShouldBe(i % names.Length == 2 ? "not-listed" : "listed");
            }
            worker.StandardInput.Close();
            (await worker.StandardOutput.ReadToEndAsync().WaitAsync(PerAnswer)).ShouldBeEmpty();
            await worker.WaitForExitAsync().WaitAsync(PerAnswer);
            worker.ExitCode.ShouldBe(0, await errors);
        }
        finally
        {
            if (!worker.HasExited)
                worker.Kill(entireProcessTree: true);
        }
    }
}
