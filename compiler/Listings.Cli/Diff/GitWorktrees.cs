using System;
using System.Threading;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace Listings.Cli.Diff;

/// <summary>
/// Checks two revisions of the current repository out into temporary worktrees (git's own mechanism,
/// so the working tree and index are left alone) and removes them afterwards, whatever happens:
/// <list type="bullet">
/// <item>git gets its arguments as a list (<see cref="ProcessStartInfo.ArgumentList"/>), after
/// <c>--end-of-options</c>, and a revision that starts with <c>-</c> is refused: nothing typed in a
/// range reaches git as an option.</item>
/// <item>On SIGINT, SIGTERM or SIGHUP the worktrees and the temporary folder are removed before the
/// process ends (exit code 128 + the signal's number).</item>
/// <item>What an earlier run could not clean up (killed with SIGKILL, a power cut) is removed by the
/// next one: each run holds a lock on a file in its folder while it lives; a <c>listings-diff-*</c>
/// folder whose lock nobody holds is left over, and goes with its worktrees; then
/// <c>git worktree prune</c>.</item>
/// </list>
/// </summary>
internal sealed class GitWorktrees : IDisposable
{
    /// <summary>The temporary folders' names start with this, under the system's temporary folder.</summary>
    public const string FolderPrefix = "listings-diff-";

    private const string LockName = ".lock";

    private readonly object _gate = new();
    private readonly List<PosixSignalRegistration> _signals = new();
    private string? _folder;
    private FileStream? _lock;
    private Process? _running;
    private bool _interrupted;
    private bool _cleaned;

    private GitWorktrees(string repository, string prefix)
    {
        Repository = repository;
        Prefix = prefix;
    }

    /// <summary>The repository's top folder, as git prints it.</summary>
    public string Repository { get; }

    /// <summary>Where the working directory lies inside the repository ("" at the top, else "sub/dir/").</summary>
    public string Prefix { get; }

    public string Base { get; private set; } = "";

    public string Head { get; private set; } = "";

    /// <summary>"main..feature" → the two revisions; an <see cref="ArgumentException"/> for anything else.</summary>
    public static (string Base, string Head) ParseRange(string range)
    {
        var dots = range.IndexOf("..", StringComparison.Ordinal);
        if (dots <= 0 || dots + 2 >= range.Length || range.IndexOf("..", dots + 2, StringComparison.Ordinal) >= 0 || range[dots + 2] == '.')
            throw new ArgumentException($"'{range}' is not a range BASE..HEAD (two revisions joined by '..')");
        var (first, second) = (range.Substring(0, dots), range.Substring(dots + 2));
        foreach (var revision in new[] { first, second })
            if (revision.StartsWith("-", StringComparison.Ordinal))
                throw new ArgumentException($"'{revision}' is not a revision: a revision cannot start with '-'");
        return (first, second);
    }

    /// <summary>The repository around the working directory; an <see cref="InvalidOperationException"/> outside one.</summary>
    public static GitWorktrees Open()
    {
        var here = Directory.GetCurrentDirectory();
        var top = Git(here, "rev-parse", "--show-toplevel").Trim();
        var prefix = Git(here, "rev-parse", "--show-prefix").Trim();
        return new GitWorktrees(top, prefix);
    }

    /// <summary>Checks BASE and HEAD out; on any failure, leaves nothing behind and throws.</summary>
    public void CheckOut(string baseRevision, string headRevision)
    {
        // First, so that a signal from now on finds something to clean up, or nothing.
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
            _signals.Add(PosixSignalRegistration.Create(signal, OnSignal));
        RemoveLeftovers();
        try
        {
            lock (_gate)
            {
                ThrowIfInterrupted();
                var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(folder);
                _folder = folder;
                _lock = new FileStream(Path.Combine(folder, LockName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
                Base = Path.Combine(folder, "base");
                Head = Path.Combine(folder, "head");
            }
            var baseCommit = Resolve(baseRevision);
            var headCommit = Resolve(headRevision);
            Run("worktree", "add", "--detach", "--quiet", "--end-of-options", Base, baseCommit);
            Run("worktree", "add", "--detach", "--quiet", "--end-of-options", Head, headCommit);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        CleanUp();
        foreach (var signal in _signals)
            signal.Dispose();
        _signals.Clear();
    }

    private string Resolve(string revision)
    {
        try
        {
            return Run("rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}").Trim();
        }
        catch (InvalidOperationException)
        {
            throw new InvalidOperationException($"'{revision}' is not a revision of this repository");
        }
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        lock (_gate)
            _interrupted = true;
        // The clean-up waits for git: not on the thread that delivered the signal, which under Native
        // AOT is the one that must also reap git when it exits (waiting there, the signal was taken
        // and the clean-up never ran: the diff went on, printed its report and left its worktrees).
        var signal = context.Signal;
        new Thread(() => Interrupt(signal)) { Name = "listings diff: interrupted" }.Start();
    }

    private void Interrupt(PosixSignal signal)
    {
        Process? running;
        lock (_gate)
        {
            _interrupted = true;
            running = _running;
        }
        // Let a git command that has started finish (it cleans up after itself if the same signal
        // reached it); kill it only if it hangs.
        if (running is not null && !running.WaitForExit(10_000))
        {
            try
            {
                running.Kill(entireProcessTree: true);
                running.WaitForExit();
            }
            catch (InvalidOperationException)
            {
            }
        }
        CleanUp();
        Console.Error.WriteLine($"listings diff: interrupted by {signal}; the temporary worktrees are removed");
        Environment.Exit(128 + signal switch
        {
            PosixSignal.SIGHUP => 1,
            PosixSignal.SIGINT => 2,
            _ => 15,
        });
    }

    /// <summary>Removes the worktrees, the folder and git's records of them; once, whoever asks first.</summary>
    private void CleanUp()
    {
        string? folder;
        lock (_gate)
        {
            if (_cleaned)
                return;
            _cleaned = true;
            folder = _folder;
        }
        if (folder is null)
            return;
        Remove(Repository, new[] { Base, Head }, folder, _lock);
    }

    private static void Remove(string repository, IEnumerable<string> trees, string folder, FileStream? held)
    {
        foreach (var tree in trees)
        {
            // A worktree that git was still adding is locked ("initializing"): unlock, then remove.
            TryGit(repository, "worktree", "unlock", "--end-of-options", tree);
            TryGit(repository, "worktree", "remove", "--force", "--force", "--end-of-options", tree);
        }
        held?.Dispose();
        try
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"listings diff: could not remove {folder}: {e.Message}");
        }
        TryGit(repository, "worktree", "prune");
    }

    /// <summary>
    /// The worktrees and folders of earlier runs that ended without cleaning up: a folder of ours
    /// whose lock file nobody holds (its process is gone).
    /// </summary>
    private void RemoveLeftovers()
    {
        var registered = Git(Repository, "worktree", "list", "--porcelain").Split('\n')
            .Where(l => l.StartsWith("worktree ", StringComparison.Ordinal))
            .Select(l => l.Substring("worktree ".Length))
            .ToList();
        var folders = registered
            .Select(Path.GetDirectoryName)
            .Where(f => f is not null && Path.GetFileName(f).StartsWith(FolderPrefix, StringComparison.Ordinal))
            .Select(f => f!);
        try
        {
            folders = folders.Concat(Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        foreach (var folder in folders.Distinct(StringComparer.Ordinal).ToList())
        {
            if (!IsAbandoned(folder, out var held))
                continue;
            Remove(Repository, registered.Where(t => string.Equals(Path.GetDirectoryName(t), folder, StringComparison.Ordinal)), folder, held);
        }
        TryGit(Repository, "worktree", "prune");
    }

    /// <summary>True when no process holds the folder's lock (then <paramref name="held"/> holds it, to be released after removal).</summary>
    private static bool IsAbandoned(string folder, out FileStream? held)
    {
        held = null;
        var lockFile = Path.Combine(folder, LockName);
        if (!Directory.Exists(folder))
            return true;
        if (!File.Exists(lockFile))
        {
            // A run creates its lock right after its folder; a folder without one for a minute is left over.
            return Directory.GetCreationTimeUtc(folder) < DateTime.UtcNow.AddMinutes(-1);
        }
        try
        {
            held = new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private void ThrowIfInterrupted()
    {
        if (_interrupted)
            throw new OperationCanceledException("interrupted");
    }

    /// <summary>Runs git in the repository; refused once a signal has come.</summary>
    private string Run(params string[] arguments)
    {
        Process process;
        lock (_gate)
        {
            ThrowIfInterrupted();
            process = Start(Repository, arguments);
            _running = process;
        }
        try
        {
            return Finish(process, arguments);
        }
        finally
        {
            lock (_gate)
                _running = null;
            process.Dispose();
            // Interrupted: the clean-up thread ends the process; nothing more is checked out or printed.
            if (_interrupted)
                Thread.Sleep(Timeout.Infinite);
        }
    }

    private static void TryGit(string directory, params string[] arguments)
    {
        try
        {
            Git(directory, arguments);
        }
        catch (InvalidOperationException)
        {
            // Cleaning up: what git already removed is not an error.
        }
    }

    private static string Git(string directory, params string[] arguments)
    {
        using var process = Start(directory, arguments);
        return Finish(process, arguments);
    }

    private static Process Start(string directory, string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        try
        {
            var process = Process.Start(start) ?? throw new InvalidOperationException("git could not be started");
            process.StandardInput.Close();
            return process;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("git could not be started: " + e.Message);
        }
    }

    private static string Finish(Process process, string[] arguments)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"git {arguments[0]} failed: {error.Trim()}");
        return output.Result;
    }
}
