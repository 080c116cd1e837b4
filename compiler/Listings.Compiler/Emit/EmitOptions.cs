namespace Listings.Compiler.Emit;

/// <summary>Where the generated classifiers go: namespace and class name (MSBuild properties of the consuming project).</summary>
public sealed record EmitOptions(string Namespace, string ClassName)
{
    public static EmitOptions Default { get; } = new("Listings.Generated", "SubstanceListings");
}
