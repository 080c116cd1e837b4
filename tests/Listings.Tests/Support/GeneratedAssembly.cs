using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Listings.Runtime;
using Microsoft.CodeAnalysis;

namespace Listings.Tests.Support;

/// <summary>
/// A compilation holding generated classifiers, emitted to memory and loaded into a collectible
/// <see cref="AssemblyLoadContext"/>: its <c>Classify(name, date)</c> can then be called the way a
/// consuming project calls it. <c>Listings.Runtime</c> resolves to the tests' own copy, so answers are
/// the tests' <see cref="ClassificationAnswer"/> type. Dispose to unload.
/// </summary>
public sealed class GeneratedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;
    private readonly MethodInfo _classify;
    private readonly Type _type;

    private GeneratedAssembly(AssemblyLoadContext context, Type type)
    {
        _context = context;
        _type = type;
        _classify = type.GetMethod("Classify", new[] { typeof(string), typeof(DateTime) })
            ?? throw new InvalidOperationException($"{type.FullName} has no Classify(string, DateTime)");
    }

    /// <summary>Emits <paramref name="compilation"/>; throws with the compiler's errors when it does not compile.</summary>
    public static GeneratedAssembly Load(Compilation compilation, string typeName)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
            throw new InvalidOperationException("the generated code does not compile:\n" + string.Join("\n",
                result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        var assembly = context.LoadFromStream(stream);
        var type = assembly.GetType(typeName) ?? throw new InvalidOperationException($"no type {typeName} in the generated assembly");
        return new GeneratedAssembly(context, type);
    }

    public Type Type => _type;

    public ClassificationAnswer Classify(string name, DateTime on) =>
        (ClassificationAnswer)_classify.Invoke(null, new object[] { name, on })!;

    /// <summary>The generated <c>All</c> classifier, for queries beyond a name and a date.</summary>
    public Classifier All => (Classifier)_type.GetProperty("All")!.GetValue(null)!;

    public void Dispose() => _context.Unload();
}
