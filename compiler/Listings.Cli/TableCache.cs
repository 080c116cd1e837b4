using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Listings.Runtime;

namespace Listings.Cli;

/// <summary>
/// The compiled tables of a listing set, kept on disk between runs of <c>classify</c> with everything
/// they are made from (<see cref="Identity"/>): the tool's own build (the module version ids of the
/// assemblies that parse, bind and build tables) and, for each listing file in order, the path it is
/// shown under and its exact text. A set with the same identity gives the same tables, so a hit skips
/// parsing, binding and table building and answers the same; any edit, rename, added or removed file,
/// or a rebuilt tool is a miss. Only sets without errors are stored (a set with errors prints them).
/// </summary>
/// <remarks>
/// The format is every public field of <see cref="ClassifierTables"/>, in ordinal order of their names,
/// each with its name and element type, so a field added to the tables needs nothing here, and a file
/// of another shape is a miss, never a wrong answer. A cache that cannot be read or written is ignored:
/// it only ever saves time.
/// </remarks>
public sealed class TableCache
{
    private const string Magic = "listings-tables/1";

    /// <summary>How many sets are kept: the ones used last (a hit marks its file as used).</summary>
    public const int Capacity = 16;

    private static readonly FieldInfo[] Fields = typeof(ClassifierTables)
        .GetFields(BindingFlags.Public | BindingFlags.Instance)
        .OrderBy(f => f.Name, StringComparer.Ordinal)
        .ToArray();

    public TableCache(string directory) => Directory = directory;

    public string Directory { get; }

    /// <summary>
    /// The cache the program uses: <c>$LISTINGS_CACHE</c>, else <c>$XDG_CACHE_HOME/listings</c>, else
    /// <c>~/.cache/listings</c>; none when <c>LISTINGS_CACHE=off</c> or no home is known.
    /// </summary>
    public static TableCache? FromEnvironment()
    {
        var configured = Environment.GetEnvironmentVariable("LISTINGS_CACHE");
        if (configured == "off")
            return null;
        if (!string.IsNullOrEmpty(configured))
            return new TableCache(configured);
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg))
            return new TableCache(Path.Combine(xdg, "listings"));
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : new TableCache(Path.Combine(home, ".cache", "listings"));
    }

    /// <summary>
    /// Everything the tables of a set of files (all of them readable, in the order given) are made
    /// from, as one string: the tool's build, then each file's display path and text, length-prefixed.
    /// </summary>
    public static string Identity(IReadOnlyList<ListingFile> files)
    {
        var identity = new StringBuilder(Magic).Append('\n');
        foreach (var assembly in new[] { typeof(TableCache).Assembly, typeof(Compiler.Tables.TableBuilder).Assembly, typeof(Grammar.Parsing.ListingParser).Assembly, typeof(ClassifierTables).Assembly })
            identity.Append(assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
        foreach (var file in files)
        {
            var text = file.Text ?? throw new ArgumentException("an unreadable file has no identity", nameof(files));
            identity.Append(file.DisplayPath.Length).Append(':').Append(file.DisplayPath)
                .Append(text.Length).Append(':').Append(text);
        }
        return identity.ToString();
    }

    /// <summary>
    /// The file name of an identity: 64-bit FNV-1a of its characters. Not a cryptographic hash (on
    /// Linux that loads OpenSSL, which cost more than the rest of a cached run): the file holds the
    /// whole identity and a hit compares it, so two sets with the same name are a miss, never a mix-up.
    /// </summary>
    public static string Key(string identity)
    {
        var hash = 14695981039346656037ul;
        foreach (var c in identity)
            hash = (hash ^ c) * 1099511628211ul;
        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    private string PathOf(string key) => Path.Combine(Directory, key + ".tables");

    /// <summary>The tables stored for <paramref name="identity"/>, or null (none, another set's, or not readable as tables).</summary>
    public ClassifierTables? TryRead(string identity)
    {
        var key = Key(identity);
        try
        {
            using var reader = new BinaryReader(File.OpenRead(PathOf(key)), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != identity || reader.ReadInt32() != Fields.Length)
                return null;
            var tables = new ClassifierTables();
            foreach (var field in Fields)
            {
                if (reader.ReadString() != field.Name || reader.ReadString() != field.FieldType.Name)
                    return null;
                field.SetValue(tables, ReadArray(reader, field.FieldType));
            }
            if (reader.BaseStream.Position != reader.BaseStream.Length)
                return null;
            File.SetLastWriteTimeUtc(PathOf(key), DateTime.UtcNow);
            return tables;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Stores <paramref name="tables"/> for <paramref name="identity"/> (written aside, then moved in place: a reader never sees half a file).</summary>
    public void Write(string identity, ClassifierTables tables)
    {
        var key = Key(identity);
        string? temporary = null;
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            temporary = Path.Combine(Directory, $"{key}.{Environment.ProcessId}.tmp");
            using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(identity);
                writer.Write(Fields.Length);
                foreach (var field in Fields)
                {
                    writer.Write(field.Name);
                    writer.Write(field.FieldType.Name);
                    WriteArray(writer, field.GetValue(tables));
                }
            }
            File.Move(temporary, PathOf(key), overwrite: true);
            temporary = null;
            foreach (var stale in new DirectoryInfo(Directory).GetFiles("*.tables")
                         .OrderByDescending(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal).Skip(Capacity))
                stale.Delete();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Only time is lost.
        }
        finally
        {
            if (temporary is not null)
                try { File.Delete(temporary); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static void WriteArray(BinaryWriter writer, object? value)
    {
        switch (value)
        {
            case string[] strings:
                writer.Write(strings.Length);
                foreach (var s in strings)
                {
                    writer.Write(s is not null);
                    if (s is not null)
                        writer.Write(s);
                }
                break;
            case int[] ints:
                writer.Write(ints.Length);
                foreach (var i in ints)
                    writer.Write(i);
                break;
            case bool[] bools:
                writer.Write(bools.Length);
                foreach (var b in bools)
                    writer.Write(b);
                break;
            case decimal[] decimals:
                writer.Write(decimals.Length);
                foreach (var d in decimals)
                    writer.Write(d);
                break;
            default:
                throw new NotSupportedException("a table of type " + value?.GetType().Name);
        }
    }

    private static object ReadArray(BinaryReader reader, Type type)
    {
        var length = reader.ReadInt32();
        if (length < 0 || length > reader.BaseStream.Length)
            throw new FormatException("a table length out of range");
        if (type == typeof(string[]))
        {
            var strings = new string[length];
            for (var i = 0; i < length; i++)
                strings[i] = reader.ReadBoolean() ? reader.ReadString() : null!;
            return strings;
        }
        if (type == typeof(int[]))
        {
            var ints = new int[length];
            for (var i = 0; i < length; i++)
                ints[i] = reader.ReadInt32();
            return ints;
        }
        if (type == typeof(bool[]))
        {
            var bools = new bool[length];
            for (var i = 0; i < length; i++)
                bools[i] = reader.ReadBoolean();
            return bools;
        }
        if (type == typeof(decimal[]))
        {
            var decimals = new decimal[length];
            for (var i = 0; i < length; i++)
                decimals[i] = reader.ReadDecimal();
            return decimals;
        }
        throw new NotSupportedException("a table of type " + type.Name);
    }
}
