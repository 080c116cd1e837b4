using System;
using System.IO;

namespace Listings.Tests.Support;

/// <summary>
/// Where the repository, its listings and its legal sources are, found from the test binaries rather than the
/// working directory, so the tests run the same from an IDE, from <c>dotnet test</c> and from CI.
/// </summary>
public static class RepositoryPaths
{
    private const string SolutionFile = "Listings.sln";
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding <c>Listings.sln</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary><c>listings/</c>: the transcribed acts.</summary>
    public static string Listings => Path.Combine(Root, "listings");

    /// <summary><c>sources/</c>: the legal texts the listings transcribe (see its README).</summary>
    public static string Sources => Path.Combine(Root, "sources");

    /// <summary>
    /// A file of <c>sources/</c>. The tests that compare the listings with the legal text are meaningless
    /// without it, so a missing file fails loudly instead of skipping.
    /// </summary>
    public static string Source(string fileName)
    {
        var path = Path.Combine(Sources, fileName);
        if (!File.Exists(path))
            throw new FileNotFoundException($"The legal text sources/{fileName} was not found at {path}.", path);
        return path;
    }

    private static string FindRoot()
    {
        var start = AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                return dir.FullName;
        }
        throw new InvalidOperationException(
            $"No {SolutionFile} found in {start} or any folder above it: the tests must run from a build inside the repository.");
    }
}
