using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace Listings.Tests.Support;

/// <summary>
/// A minimal snapshot check with Verify's conventions: the expected text lives in
/// <c>Snapshots/&lt;TestClass&gt;.&lt;Method&gt;.verified.txt</c> beside the test file; a mismatch writes
/// <c>….received.txt</c> next to it (ignored by git) so the two can be diffed. Set
/// <c>ACCEPT_SNAPSHOTS=1</c> to write the verified file instead — then read it line by line against
/// the input before committing it: a snapshot is only as good as that reading.
/// </summary>
public static class Snapshot
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void Match(string actual, [CallerFilePath] string file = "", [CallerMemberName] string name = "")
    {
        var testFile = SourceFile(file);
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var stem = Path.Combine(directory, Path.GetFileNameWithoutExtension(testFile) + "." + name);
        var verified = stem + ".verified.txt";
        var received = stem + ".received.txt";
        var text = Normalize(actual);

        if (Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, text, Utf8NoBom);
            File.Delete(received);
            return;
        }

        if (File.Exists(verified) && Normalize(File.ReadAllText(verified)) == text)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, text, Utf8NoBom);
        var why = File.Exists(verified) ? "does not match" : "has no verified snapshot yet";
        throw new XunitException(
            $"Snapshot {why}.{Environment.NewLine}" +
            $"  verified: {verified}{Environment.NewLine}" +
            $"  received: {received}{Environment.NewLine}" +
            $"Received text:{Environment.NewLine}{text}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>
    /// The test file on disk. A deterministic CI build may map source paths (<c>/_/tests/…</c>); the
    /// part from <c>tests/</c> on is then rebased on the repository found from the binaries.
    /// </summary>
    private static string SourceFile(string file)
    {
        if (File.Exists(file))
            return file;
        var normalized = file.Replace('\\', '/');
        var index = normalized.IndexOf("/tests/Listings.Tests/", StringComparison.Ordinal);
        if (index >= 0)
            return Path.Combine(RepositoryPaths.Root, normalized.Substring(index + 1));
        throw new InvalidOperationException($"Cannot locate the test source file '{file}' to place its snapshots.");
    }
}
