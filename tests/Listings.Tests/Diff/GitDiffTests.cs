using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Listings.Cli.Commands;
using Listings.Tests.Cli;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Diff;

/// <summary>
/// <c>listings diff --git</c> finds the repository from the working directory and checks its
/// revisions out under the temporary folder; these tests change both (and restore them), so they run
/// alone, never beside another test.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessStateCollection
{
    public const string Name = "process working directory and TMPDIR";
}

/// <summary>
/// <c>listings diff --git BASE..HEAD</c> on a throwaway repository: two commits of a <c>listings/</c>
/// folder, the second adding one entry. The revisions are checked out into temporary git worktrees,
/// which must be gone afterwards — whether the diff succeeded or git refused a revision.
/// </summary>
[Collection(ProcessStateCollection.Name)]
public class GitDiffTests
{
    private const string On = "2000-01-01";
    private const string ListingPath = "listings/listes.listing";

    private static readonly string First = string.Join("\n",
        "liste stupefiants \"Liste des substances classées comme stupéfiants\" fixée par (1)",
        "acte (1) de stupefiants : arrêté du 22/02/1990 \"fixant la liste des stupéfiants\" JO du 07/06/1990",
        "",
        "annexe I de stupefiants",
        "comprend les substances ci-après désignées",
        "- \"Alphamine\"",
        "");

    private static readonly string Second = First + "- \"Bétamine\"\n";

    /// <summary>A git repository in a temporary folder, with the two commits; and a private temporary folder for the CLI.</summary>
    private sealed class Repository : IDisposable
    {
        private readonly ListingFixture _fixture = new("diff-git-");

        public Repository()
        {
            Root = _fixture.PathOf("repo");
            Temp = _fixture.PathOf("tmp");
            Directory.CreateDirectory(Root);
            Directory.CreateDirectory(Temp);
            Git("init", "--quiet");
            Git("config", "user.name", "Listings Tests");
            Git("config", "user.email", "listings-tests@example.invalid");
            Git("config", "commit.gpgsign", "false");
            Commit(First, "first");
            Commit(Second, "second: Bétamine");
        }

        public string Root { get; }

        /// <summary>Where the CLI's temporary worktrees go during the test (TMPDIR).</summary>
        public string Temp { get; }

        public void Commit(string text, string message)
        {
            _fixture.Write(Path.Combine("repo", ListingPath), text);
            Git("add", "--all");
            Git("commit", "--quiet", "--message", message);
        }

        /// <summary>Runs <paramref name="run"/> with the working directory in the repository and TMPDIR in <see cref="Temp"/>, restoring both.</summary>
        public T InRepository<T>(Func<T> run)
        {
            var directory = Directory.GetCurrentDirectory();
            var tmpdir = Environment.GetEnvironmentVariable("TMPDIR");
            Directory.SetCurrentDirectory(Root);
            Environment.SetEnvironmentVariable("TMPDIR", Temp + Path.DirectorySeparatorChar);
            try
            {
                return run();
            }
            finally
            {
                Environment.SetEnvironmentVariable("TMPDIR", tmpdir);
                Directory.SetCurrentDirectory(directory);
            }
        }

        public DiffOutput Diff(string range) =>
            InRepository(() => DiffRunner.Run(Array.Empty<string>(), on: On, git: range, format: "json"));

        /// <summary>The worktrees git knows of, from <c>git worktree list --porcelain</c>.</summary>
        public IReadOnlyList<string> Worktrees() =>
            Git("worktree", "list", "--porcelain").Split('\n')
                .Where(l => l.StartsWith("worktree ", StringComparison.Ordinal))
                .Select(l => l.Substring("worktree ".Length))
                .ToList();

        public string TopLevel() => Git("rev-parse", "--show-toplevel").Trim();

        public string Git(params string[] arguments)
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}");
            return output.Result;
        }

        public void Dispose() => _fixture.Dispose();
    }

    [Fact]
    public void The_entry_the_second_commit_adds_is_reported_as_added_between_the_two_revisions()
    {
        using var repository = new Repository();

        var output = repository.Diff("HEAD~1..HEAD");

        output.ExitCode.ShouldBe(0, output.Text);
        var report = output.Json;
        report.Str("from").ShouldBe("HEAD~1");
        report.Str("to").ShouldBe("HEAD");
        DiffJson.ChangeSections.SelectMany(s => report.Items(s).Select(c => $"{s}: {c.Str("entry")} ({c.Place("after")})"))
            .ShouldBe(new[] { "added: Bétamine (stupefiants I)" });
    }

    [Fact]
    public void The_locations_are_paths_inside_the_revision_not_inside_the_temporary_worktree()
    {
        using var repository = new Repository();

        var added = repository.Diff("HEAD~1..HEAD").Json.Change("added", "Bétamine");

        added.GetProperty("after").Str("location").ShouldBe($"{ListingPath}({ListingFixture.LineOf(Second, "- \"Bétamine\"")},1)");
    }

    [Fact]
    public void After_the_diff_only_the_main_worktree_remains()
    {
        using var repository = new Repository();

        repository.Diff("HEAD~1..HEAD").ExitCode.ShouldBe(0);

        repository.Worktrees().ShouldBe(new[] { repository.TopLevel() });
    }

    [Fact]
    public void After_the_diff_no_temporary_folder_remains()
    {
        using var repository = new Repository();

        repository.Diff("HEAD~1..HEAD").ExitCode.ShouldBe(0);

        Directory.EnumerateFileSystemEntries(repository.Temp).ShouldBeEmpty();
    }

    [Fact]
    public void The_diff_leaves_the_working_tree_and_the_index_as_they_were()
    {
        using var repository = new Repository();
        File.AppendAllText(Path.Combine(repository.Root, ListingPath), "- \"Gammadone\"\n");
        var status = repository.Git("status", "--porcelain");

        repository.Diff("HEAD~1..HEAD").ExitCode.ShouldBe(0);

        repository.Git("status", "--porcelain").ShouldBe(status);
        File.ReadAllText(Path.Combine(repository.Root, ListingPath)).ShouldEndWith("- \"Gammadone\"\n");
    }

    [Fact]
    public void An_unknown_revision_is_an_error_git_explains()
    {
        using var repository = new Repository();

        var error = Should.Throw<InvalidOperationException>(() => repository.Diff("HEAD..no-such-revision"));

        error.Message.ShouldBe("'no-such-revision' is not a revision of this repository");
    }

    [Fact]
    public void An_unknown_revision_exits_with_2_from_the_command_line()
    {
        using var repository = new Repository();

        var run = repository.InRepository(() => CliRunner.Run("diff", "--git", "HEAD..no-such-revision", "--on", On));

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("listings diff: 'no-such-revision' is not a revision of this repository\n");
    }

    [Fact]
    public void An_unknown_revision_leaves_no_worktree_behind_even_when_the_other_was_checked_out()
    {
        using var repository = new Repository();

        // HEAD is checked out first; then git refuses the second revision.
        Should.Throw<InvalidOperationException>(() => repository.Diff("HEAD..no-such-revision"));

        repository.Worktrees().ShouldBe(new[] { repository.TopLevel() });
    }

    [Fact]
    public void An_unknown_revision_leaves_no_temporary_folder_behind()
    {
        using var repository = new Repository();

        Should.Throw<InvalidOperationException>(() => repository.Diff("HEAD..no-such-revision"));

        Directory.EnumerateFileSystemEntries(repository.Temp).ShouldBeEmpty();
    }

    // ---- what reaches git ----------------------------------------------------------------------

    [Theory]
    [InlineData("-HEAD..HEAD", "'-HEAD' is not a revision: a revision cannot start with '-'")]
    [InlineData("HEAD..--output=x", "'--output=x' is not a revision: a revision cannot start with '-'")]
    [InlineData("HEAD...HEAD~1", "'HEAD...HEAD~1' is not a range BASE..HEAD (two revisions joined by '..')")]
    [InlineData("HEAD", "'HEAD' is not a range BASE..HEAD (two revisions joined by '..')")]
    public void A_range_that_is_not_two_revisions_is_a_usage_error_before_git_runs(string range, string message)
    {
        using var repository = new Repository();

        var run = repository.InRepository(() => CliRunner.Run("diff", "--git", range, "--on", On));

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.Split('\n')[0].ShouldBe("listings diff: --git: " + message);
        repository.Worktrees().ShouldBe(new[] { repository.TopLevel() });
    }

    [Fact]
    public void A_quote_in_a_range_reaches_git_as_part_of_the_revision_not_as_more_options()
    {
        using var repository = new Repository();

        // Pasted into one argument string, this used to pass "-b evil" to git worktree add.
        var error = Should.Throw<InvalidOperationException>(() => repository.Diff("HEAD~1..HEAD\" -b evil \"HEAD"));

        error.Message.ShouldBe("'HEAD\" -b evil \"HEAD' is not a revision of this repository");
        repository.Git("branch", "--list", "evil").ShouldBeEmpty();
        repository.Worktrees().ShouldBe(new[] { repository.TopLevel() });
    }

    // ---- which folder is compared ----------------------------------------------------------------

    [Fact]
    public void An_absolute_path_inside_the_repository_is_the_same_folder_in_both_revisions()
    {
        using var repository = new Repository();
        var absolute = Path.Combine(repository.Root, "listings");

        // It used to compare the working folder with itself: "no changes".
        var output = repository.InRepository(() => DiffRunner.Run(new[] { absolute }, on: On, git: "HEAD~1..HEAD", format: "json"));

        output.ExitCode.ShouldBe(0, output.Text);
        output.Json.Change("added", "Bétamine");
    }

    [Fact]
    public void A_relative_path_is_taken_from_the_working_directory_as_git_takes_paths()
    {
        using var repository = new Repository();
        var directory = Directory.GetCurrentDirectory();

        var output = repository.InRepository(() =>
        {
            Directory.SetCurrentDirectory(Path.Combine(repository.Root, "listings"));
            return DiffRunner.Run(new[] { "." }, on: On, git: "HEAD~1..HEAD", format: "json");
        });

        output.ExitCode.ShouldBe(0, output.Text);
        output.Json.Change("added", "Bétamine");
    }

    [Fact]
    public void A_path_outside_the_repository_is_refused()
    {
        using var repository = new Repository();

        var run = repository.InRepository(() => CliRunner.Run("diff", "--git", "HEAD~1..HEAD", "--on", On, repository.Temp));

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldStartWith($"listings diff: '{repository.Temp}' is not inside the repository ");
        run.Output.ShouldBeEmpty();
    }

    // ---- what an earlier run left ----------------------------------------------------------------

    [Fact]
    public void The_worktree_and_folder_of_a_run_that_died_are_removed_by_the_next_run()
    {
        using var repository = new Repository();
        // What a run killed with SIGKILL leaves: its folder, its lock file (held by no one), a registered worktree.
        var dead = Path.Combine(repository.Temp, "listings-diff-0123456789abcdef");
        Directory.CreateDirectory(dead);
        File.WriteAllText(Path.Combine(dead, ".lock"), "");
        repository.Git("worktree", "add", "--detach", "--quiet", Path.Combine(dead, "base"), "HEAD");
        repository.Worktrees().Count.ShouldBe(2);

        repository.Diff("HEAD~1..HEAD").ExitCode.ShouldBe(0);

        repository.Worktrees().ShouldBe(new[] { repository.TopLevel() });
        Directory.EnumerateFileSystemEntries(repository.Temp).ShouldBeEmpty();
    }

    [Fact]
    public void The_folder_of_a_run_still_going_is_left_alone()
    {
        using var repository = new Repository();
        var live = Path.Combine(repository.Temp, "listings-diff-fedcba9876543210");
        Directory.CreateDirectory(live);
        using (new FileStream(Path.Combine(live, ".lock"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
        {
            repository.Diff("HEAD~1..HEAD").ExitCode.ShouldBe(0);

            Directory.Exists(live).ShouldBeTrue();
        }
    }
}
