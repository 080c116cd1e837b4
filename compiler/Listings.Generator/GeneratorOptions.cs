using Listings.Compiler.Emit;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Listings.Generator;

/// <summary>
/// The consuming project's settings, from MSBuild properties made visible to the compiler:
/// <c>ListingsNamespace</c>, <c>ListingsClassName</c>, and <c>ListingsSourceRoot</c> (the folder
/// that listing paths are shown relative to; default: the project's folder); and whether its C#
/// version has nullable reference types.
/// </summary>
internal sealed record GeneratorOptions(EmitOptions Emit, string SourceRoot)
{
    public static GeneratorOptions From(AnalyzerConfigOptions options, bool nullable)
    {
        string Get(string name, string fallback) =>
            options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : fallback;
        var root = Get("ListingsSourceRoot", Get("ProjectDir", ""));
        return new GeneratorOptions(
            new EmitOptions(Get("ListingsNamespace", EmitOptions.Default.Namespace), Get("ListingsClassName", EmitOptions.Default.ClassName), nullable),
            root);
    }
}
