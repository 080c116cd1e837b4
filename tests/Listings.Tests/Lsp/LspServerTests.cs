using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Listings.Compiler.Formatting;
using Listings.Tests.Support;
using Shouldly;
using StreamJsonRpc;
using Xunit;

namespace Listings.Tests.Lsp;

/// <summary>
/// <c>listings lsp</c> driven as an editor drives it, over stdio: diagnostics as the file is typed (and
/// in the other files whose verdicts change), hover, definition, references, symbols, completion, code
/// actions, formatting, and a server that survives whatever it is sent until <c>exit</c>.
/// </summary>
public class LspServerTests
{
    private const string Lists = """
        liste stup "Stupéfiants" fixée par (1)
        acte (1) de stup : arrêté du 22/02/1990 "fixant la liste"
            JO du 07/06/1990
        acte (2) de stup : arrêté du 01/03/1995 "modifiant la liste"
            JO du 02/03/1995

        """;

    private const string AnnexI = """
        annexe I de stup
        comprend les substances ci-après désignées
        - "Morphine" (2)
        - "Cocaïne"

        """;

    // Line 1: a mark no act has (LST2007, a finding); line 2: a clause left unfinished (LST0001 where the
    // next statement starts); line 3: a name annexe I already lists (LST2001, reported in annexe-I.listing).
    private const string Typed = """
        annexe II de stup
        - "Héroïne" (9)
        - "Kétamine" sauf
        - "Morphine"

        """;

    private static ListingFixture Fixture()
    {
        var fixture = new ListingFixture("lsp-");
        fixture.Write("00-liste.listing", Lists);
        fixture.Write("annexe-I.listing", AnnexI);
        return fixture;
    }

    private static (int Line, int Character) Start(JsonElement diagnostic) =>
        (diagnostic.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32(),
         diagnostic.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());

    private static (int Line, int Character) End(JsonElement diagnostic) =>
        (diagnostic.GetProperty("range").GetProperty("end").GetProperty("line").GetInt32(),
         diagnostic.GetProperty("range").GetProperty("end").GetProperty("character").GetInt32());

    private static string Code(JsonElement diagnostic) => diagnostic.GetProperty("code").GetString()!;

    [Fact]
    public async Task Diagnostics_arrive_at_their_ranges_as_the_file_is_typed_and_go_when_it_is_fixed_in_every_file_they_concern()
    {
        using var fixture = Fixture();
        await using var client = await LspClient.StartAsync(fixture.Root);
        var typed = fixture.PathOf("annexe-II.listing");
        var annexI = fixture.PathOf("annexe-I.listing");

        await client.OpenAsync(typed, Typed);
        var diagnostics = await client.DiagnosticsAsync(typed, d => d.Length > 0);

        diagnostics.Select(Code).ShouldBe(new[] { "LST2007", "LST0001" });
        Start(diagnostics[0]).ShouldBe((1, 12));
        End(diagnostics[0]).ShouldBe((1, 15));
        diagnostics[0].GetProperty("severity").GetInt32().ShouldBe(2);
        diagnostics[0].GetProperty("message").GetString().ShouldBe("« Héroïne » cites mark (9), but no act (9) of stup is declared: its date and title are unknown");
        diagnostics[0].GetProperty("codeDescription").GetProperty("href").GetString()!.ShouldEndWith("docs/diagnostics/LST2007.md");
        Start(diagnostics[1]).ShouldBe((3, 0));
        diagnostics[1].GetProperty("severity").GetInt32().ShouldBe(1);
        diagnostics[1].GetProperty("message").GetString()!.ShouldStartWith("expected 'les', 'leurs'");

        // The file that was not edited gets the finding the edit caused.
        var other = await client.DiagnosticsAsync(annexI, d => d.Length > 0);
        other.Select(Code).ShouldBe(new[] { "LST2001" });
        Start(other[0]).ShouldBe((2, 2));

        // Finish the clause: the syntax error goes.
        await client.ChangeAsync(typed, 2, 2, 12, 2, 17, "");
        diagnostics = await client.DiagnosticsAsync(typed, d => d.Length == 1);
        diagnostics.Select(Code).ShouldBe(new[] { "LST2007" });

        // Remove the second « Morphine »: annexe-I.listing's finding goes too.
        await client.ChangeAsync(typed, 3, 3, 0, 4, 0, "");
        await client.DiagnosticsAsync(annexI, d => d.Length == 0);

        (await client.ShutdownAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_file_written_on_disk_joins_the_set_when_the_editor_says_it_changed()
    {
        using var fixture = Fixture();
        await using var client = await LspClient.StartAsync(fixture.Root);
        var annexI = fixture.PathOf("annexe-I.listing");
        await client.OpenAsync(annexI, AnnexI);
        await client.RequestAsync("textDocument/hover", LspClient.At(annexI, 2, 4));

        var written = fixture.Write("annexe-II.listing", "annexe II de stup\n- \"Morphine\"\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = LspClient.Uri(written), type = 1 } } });
        (await client.DiagnosticsAsync(annexI, d => d.Length > 0)).Select(Code).ShouldBe(new[] { "LST2001" });

        File.Delete(written);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = LspClient.Uri(written), type = 3 } } });
        await client.DiagnosticsAsync(annexI, d => d.Length == 0);
    }

    [Fact]
    public async Task A_code_action_accepts_a_finding_on_its_statement_and_the_finding_becomes_info()
    {
        using var fixture = Fixture();
        await using var client = await LspClient.StartAsync(fixture.Root);
        var typed = fixture.PathOf("annexe-II.listing");
        const string text = "annexe II de stup\n- \"Héroïne\" (9)\n";
        await client.OpenAsync(typed, text);
        var finding = (await client.DiagnosticsAsync(typed, d => d.Length > 0)).Single();

        var actions = await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = LspClient.Uri(typed) },
            range = finding.GetProperty("range"),
            context = new { diagnostics = new[] { finding } },
        });

        var accept = actions.EnumerateArray().Single(a => a.GetProperty("title").GetString()!.StartsWith("Accept LST2007", StringComparison.Ordinal));
        var edit = accept.GetProperty("edit").GetProperty("changes").GetProperty(LspClient.Uri(typed)).EnumerateArray().Single();
        Start(edit).ShouldBe((1, 15));
        edit.GetProperty("newText").GetString().ShouldBe("\n    accepte LST2007 \"…\"");

        await client.ChangeAsync(typed, 2, 1, 15, 1, 15, edit.GetProperty("newText").GetString()!);
        var accepted = await client.DiagnosticsAsync(typed, d => d.Length == 1 && d[0].GetProperty("severity").GetInt32() == 3);
        Code(accepted[0]).ShouldBe("LST2007");
    }

    [Fact]
    public async Task Hover_definition_references_and_symbols_answer_from_the_bound_listings()
    {
        using var fixture = Fixture();
        await using var client = await LspClient.StartAsync(fixture.Root);
        var annexI = fixture.PathOf("annexe-I.listing");
        var lists = fixture.PathOf("00-liste.listing");
        await client.OpenAsync(annexI, AnnexI);

        var entry = await client.RequestAsync("textDocument/hover", LspClient.At(annexI, 2, 4));
        var entryText = entry.GetProperty("contents").GetProperty("value").GetString()!;
        entryText.ShouldContain("« Morphine »** — stup, annexe I");
        entryText.ShouldContain("(2) arrêté du 1995-03-01, en vigueur le 1995-03-03");
        entryText.ShouldContain("**listed**");

        var mark = await client.RequestAsync("textDocument/hover", LspClient.At(annexI, 2, 14));
        mark.GetProperty("contents").GetProperty("value").GetString()!.ShouldStartWith("**(2)** — arrêté du 1995-03-01 « modifiant la liste »");

        var keyword = await client.RequestAsync("textDocument/hover", LspClient.At(annexI, 1, 3));
        keyword.GetProperty("contents").GetProperty("value").GetString()!.ShouldStartWith("**comprend** — a rule of the annex's preamble");

        var definition = (await client.RequestAsync("textDocument/definition", LspClient.At(annexI, 2, 14))).EnumerateArray().Single();
        definition.GetProperty("uri").GetString().ShouldBe(LspClient.Uri(lists));
        Start(definition).ShouldBe((3, 0));

        var list = (await client.RequestAsync("textDocument/definition", LspClient.At(annexI, 0, 14))).EnumerateArray().Single();
        Start(list).ShouldBe((0, 0));

        var references = await client.RequestAsync("textDocument/references",
            new { textDocument = new { uri = LspClient.Uri(lists) }, position = new { line = 3, character = 6 }, context = new { includeDeclaration = true } });
        references.EnumerateArray().Select(r => (r.GetProperty("uri").GetString()!, Start(r)))
            .ShouldBe(new[] { (LspClient.Uri(lists), (3, 0)), (LspClient.Uri(annexI), (2, 0)) });

        var symbols = await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = LspClient.Uri(annexI) } });
        var annex = symbols.EnumerateArray().Single();
        annex.GetProperty("name").GetString().ShouldBe("annexe I de stup");
        annex.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldBe(new[] { "Morphine", "Cocaïne" });

        // Folded as the classifiers fold names: no accent, any case.
        var found = await client.RequestAsync("workspace/symbol", new { query = "COCAINE" });
        found.EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldBe(new[] { "Cocaïne" });
    }

    [Fact]
    public async Task Completion_offers_what_the_position_allows()
    {
        using var fixture = Fixture();
        await using var client = await LspClient.StartAsync(fixture.Root);
        var typed = fixture.PathOf("annexe-II.listing");
        await client.OpenAsync(typed, "annexe II de stup\n- \"Héroïne\" accepte \namendement par \nretire \"Cocaïne\" de stup annexe \n\nacte (3) de stup : \n");

        static string[] Labels(JsonElement items) => items.EnumerateArray().Select(i => i.GetProperty("label").GetString()!).ToArray();

        Labels(await client.RequestAsync("textDocument/completion", LspClient.At(typed, 1, 20))).ShouldContain("LST2001");
        Labels(await client.RequestAsync("textDocument/completion", LspClient.At(typed, 1, 20))).ShouldNotContain("LST0001");
        Labels(await client.RequestAsync("textDocument/completion", LspClient.At(typed, 2, 15))).ShouldBe(new[] { "(1)", "(2)" });
        Labels(await client.RequestAsync("textDocument/completion", LspClient.At(typed, 3, 32))).ShouldBe(new[] { "I", "II" });
        Labels(await client.RequestAsync("textDocument/completion", LspClient.At(typed, 0, 13))).ShouldContain("stup");
        var statementStart = Labels(await client.RequestAsync("textDocument/completion", LspClient.At(typed, 4, 0)));
        statementStart.ShouldContain("transfère");
        statementStart.ShouldContain("dérogation");
        statementStart.ShouldNotContain("sauf");
        // Where the grammar allows only a few keywords, only those.
        Labels(await client.RequestAsync("textDocument/completion", LspClient.At(typed, 5, 19))).ShouldBe(new[] { "arrêté", "décret", "décision" });
    }

    [Fact]
    public async Task Formatting_gives_the_formatters_layout_and_nothing_for_a_formatted_file()
    {
        using var fixture = Fixture();
        await using var client = await LspClient.StartAsync(fixture.Root);
        var messy = fixture.PathOf("messy.listing");
        const string text = "annexe  II de stup\n  - \"Héroïne\"   (2)\nCOMPREND les sels\n";
        await client.OpenAsync(messy, text);

        var options = new { tabSize = 4, insertSpaces = true };
        var edits = await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = LspClient.Uri(messy) }, options });
        var edit = edits.EnumerateArray().Single();
        Start(edit).ShouldBe((0, 0));
        End(edit).ShouldBe((3, 0));
        edit.GetProperty("newText").GetString().ShouldBe(ListingFormatter.Format("messy.listing", text).Text);

        await client.ChangeAsync(messy, 2, 0, 0, 3, 0, edit.GetProperty("newText").GetString()!);
        (await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = LspClient.Uri(messy) }, options })).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Unknown_methods_malformed_requests_and_unreadable_messages_never_end_the_server()
    {
        using var fixture = Fixture();
        await using var client = await LspClient.StartAsync(fixture.Root);
        var annexI = fixture.PathOf("annexe-I.listing");

        var unknown = await Should.ThrowAsync<RemoteMethodNotFoundException>(() => client.RequestAsync("textDocument/noSuchThing", new { }));
        unknown.Message.ShouldContain("textDocument/noSuchThing");
        // Invalid parameters (-32602), which the client library reports as a method not found for them.
        var malformed = await Should.ThrowAsync<RemoteRpcException>(() => client.RequestAsync("textDocument/hover", new { position = 3 }));
        malformed.Message.ShouldContain("textDocument/hover: the parameters have no 'textDocument'");
        malformed.Message.ShouldNotContain("   at ");
        await client.SendRawAsync("{this is not json");
        await client.SendRawAsync("[1, 2, 3]");
        // A file the parser rejects from its first character.
        await client.OpenAsync(fixture.PathOf("broken.listing"), "\"unterminated\n)))) «");
        await client.DiagnosticsAsync(fixture.PathOf("broken.listing"), d => d.Length > 0);
        (await client.RequestAsync("textDocument/hover", LspClient.At(fixture.PathOf("broken.listing"), 1, 2))).ValueKind.ShouldBe(JsonValueKind.Null);
        (await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = LspClient.Uri(fixture.PathOf("broken.listing")) }, options = new { tabSize = 4, insertSpaces = true } })).GetArrayLength().ShouldBe(0);

        await client.OpenAsync(annexI, AnnexI);
        var hover = await client.RequestAsync("textDocument/hover", LspClient.At(annexI, 3, 4));
        hover.GetProperty("contents").GetProperty("value").GetString()!.ShouldContain("« Cocaïne »");
        client.Stderr.ShouldContain("a message that is not JSON-RPC was skipped");
        (await client.ShutdownAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task On_the_French_listings_an_edit_brings_its_error_and_undoing_it_takes_it_away()
    {
        await using var client = await LspClient.StartAsync(RepositoryPaths.Listings);
        var annexI = Path.Combine(RepositoryPaths.Listings, "stupefiants", "annexe-I.listing");
        var text = File.ReadAllText(annexI).Replace("\r\n", "\n");
        var lines = text.Split('\n');
        var cocaine = Array.FindIndex(lines, l => l == "- \"Cocaïne\"");
        var remifentanil = Array.FindIndex(lines, l => l.StartsWith("- \"Rémifentanil\"", StringComparison.Ordinal));
        var mark = lines[remifentanil].IndexOf("(13)", StringComparison.Ordinal);
        await client.OpenAsync(annexI, text);
        var before = await client.DiagnosticsAsync(annexI, d => true);
        before.ShouldAllBe(d => d.GetProperty("severity").GetInt32() != 1, "the French listings have no error");

        await client.ChangeAsync(annexI, 2, cocaine, 11, cocaine, 11, " (99");
        var broken = await client.DiagnosticsAsync(annexI, d => d.Any(x => x.GetProperty("severity").GetInt32() == 1));
        var error = broken.Single(d => d.GetProperty("severity").GetInt32() == 1);
        Code(error).ShouldBe("LST0001");
        Start(error).ShouldBe((cocaine, 13)); // at the digits of the mark that does not close, as check reports it

        await client.ChangeAsync(annexI, 3, cocaine, 11, cocaine, 15, "");
        var after = await client.DiagnosticsAsync(annexI, d => d.All(x => x.GetProperty("severity").GetInt32() != 1));
        after.Select(d => d.ToString()).ShouldBe(before.Select(d => d.ToString()));

        var hover = (await client.RequestAsync("textDocument/hover", LspClient.At(annexI, cocaine, 4))).GetProperty("contents").GetProperty("value").GetString()!;
        hover.ShouldContain("« Cocaïne »** — stupefiants, annexe I");
        hover.ShouldContain("**listed**");
        var act = (await client.RequestAsync("textDocument/definition", LspClient.At(annexI, remifentanil, mark + 1))).EnumerateArray().Single();
        act.GetProperty("uri").GetString()!.ShouldEndWith("/stupefiants/00-liste.listing");
        var references = await client.RequestAsync("textDocument/references",
            new { textDocument = new { uri = LspClient.Uri(annexI) }, position = new { line = remifentanil, character = mark + 1 }, context = new { includeDeclaration = false } });
        references.EnumerateArray().Select(r => (r.GetProperty("uri").GetString()!, Start(r))).ShouldContain((LspClient.Uri(annexI), (remifentanil, 0)));

        var edits = await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = LspClient.Uri(annexI) }, options = new { tabSize = 4, insertSpaces = true } });
        var formatted = edits.GetArrayLength() == 0 ? text : edits[0].GetProperty("newText").GetString();
        formatted.ShouldBe(ListingFormatter.Format("annexe-I.listing", text).Text);
        (await client.ShutdownAsync()).ShouldBe(0);
    }
}
