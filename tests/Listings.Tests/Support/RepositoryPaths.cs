using System;
using System.IO;

namespace Listings.Tests.Support;

/// <summary>
/// Where the repository and the shared seed texts are, found from the test binaries rather than the
/// working directory, so the tests run the same from an IDE, from <c>dotnet test</c> and from CI.
/// </summary>
public static class RepositoryPaths
{
    private const string SolutionFile = "Listings.sln";
    private const string SeedFileName = "002_df09a9472126ba65.txt";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding <c>Listings.sln</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary><c>listings/</c>: the transcribed acts.</summary>
    public static string Listings => Path.Combine(Root, "listings");

    /// <summary>
    /// The seed text the listings transcribe (<c>../shared/seeds/002_….txt</c> beside the repository).
    /// The coverage tests are meaningless without it, so a missing seed fails loudly instead of skipping.
    /// </summary>
    public static string SeedFile
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds", SeedFileName));
            if (!File.Exists(path))
                throw new FileNotFoundException(
                    $"The seed text {SeedFileName} was not found at {path}. The listings tests compare the listings with it; " +
                    "check out the shared seeds beside the repository (../shared/seeds/).", path);
            return path;
        }
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
