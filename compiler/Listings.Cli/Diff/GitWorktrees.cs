using System;
using System.Diagnostics;
using System.IO;

namespace Listings.Cli.Diff;

/// <summary>
/// Checks two revisions of the current repository out into temporary worktrees (git's own mechanism,
/// so the working tree and index are left alone) and removes them afterwards, whatever happens.
/// </summary>
internal sealed class GitWorktrees : IDisposable
{
    private readonly string _repository;
    private readonly string _folder;

    private GitWorktrees(string repository, string folder, string baseTree, string headTree)
    {
        _repository = repository;
        _folder = folder;
        Base = baseTree;
        Head = headTree;
    }

    public string Base { get; }

    public string Head { get; }

    /// <summary>"main..feature" → worktrees of main and feature; an error message when git refuses.</summary>
    public static GitWorktrees Create(string range)
    {
        var dots = range.IndexOf("..", StringComparison.Ordinal);
        if (dots <= 0 || dots + 2 >= range.Length || range.IndexOf("...", StringComparison.Ordinal) >= 0)
            throw new ArgumentException($"'{range}' is not a range BASE..HEAD");
        var repository = Git(Directory.GetCurrentDirectory(), "rev-parse --show-toplevel").Trim();
        var folder = Path.Combine(Path.GetTempPath(), "listings-diff-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var baseTree = Path.Combine(folder, "base");
        var headTree = Path.Combine(folder, "head");
        var worktrees = new GitWorktrees(repository, folder, baseTree, headTree);
        try
        {
            Git(repository, $"worktree add --detach --quiet \"{baseTree}\" \"{range.Substring(0, dots)}\"");
            Git(repository, $"worktree add --detach --quiet \"{headTree}\" \"{range.Substring(dots + 2)}\"");
            return worktrees;
        }
        catch
        {
            worktrees.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var tree in new[] { Base, Head })
            if (Directory.Exists(tree))
                TryGit(_repository, $"worktree remove --force \"{tree}\"");
        TryGit(_repository, "worktree prune");
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private static void TryGit(string directory, string arguments)
    {
        try
        {
            Git(directory, arguments);
        }
        catch (InvalidOperationException)
        {
            // Cleaning up: a worktree git already removed is not an error.
        }
    }

    private static string Git(string directory, string arguments)
    {
        var start = new ProcessStartInfo("git", arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("git could not be started");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"git {arguments.Split(' ')[0]} failed: {error.Trim()}");
        return output;
    }
}
