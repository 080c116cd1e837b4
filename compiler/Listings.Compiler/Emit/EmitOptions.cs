namespace Listings.Compiler.Emit;

/// <summary>
/// Where the generated classifiers go: namespace and class name (MSBuild properties of the consuming
/// project); and whether its C# version has nullable reference types (C# 8 and later): then the code
/// says so (<c>#nullable enable</c>), else the same code compiles at C# 7.3 without it.
/// </summary>
public sealed record EmitOptions(string Namespace, string ClassName, bool Nullable = true)
{
    public static EmitOptions Default { get; } = new("Listings.Generated", "SubstanceListings");
}
