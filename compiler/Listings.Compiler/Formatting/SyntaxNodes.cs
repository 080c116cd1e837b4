using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;

namespace Listings.Compiler.Formatting;

/// <summary>
/// Walks a parsed document generically (every record the parser builds, whatever its production), so
/// that the formatter and the editor follow new statements and clauses without a list of their own.
/// </summary>
public static class SyntaxNodes
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>Every statement of the document (nested ones included), in the order they are written.</summary>
    public static IReadOnlyList<StatementSyntax> Statements(ListingDocument document)
    {
        var found = new List<StatementSyntax>();
        foreach (var child in Children(document))
            Collect(child, found);
        return found.Distinct().OrderBy(s => s.Span.Offset).ToList();
    }

    /// <summary>Every node of type <typeparamref name="T"/> below <paramref name="node"/> (itself included).</summary>
    public static IEnumerable<T> Descendants<T>(object node) where T : class
    {
        var stack = new Stack<object>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is T match)
                yield return match;
            foreach (var child in Children(current))
                stack.Push(child);
        }
    }

    /// <summary>Where a statement's own text ends: past its last clause or note (not past the statements nested in it).</summary>
    public static int End(StatementSyntax statement)
    {
        var end = statement.Span.Offset + statement.Span.Length;
        var stack = new Stack<object>(Children(statement));
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is StatementSyntax)
                continue;
            if (current is SourceSpan span)
            {
                end = Math.Max(end, span.Offset + span.Length);
                continue;
            }
            foreach (var child in Children(current))
                stack.Push(child);
        }
        return end;
    }

    /// <summary>
    /// Whether two documents (or two bound models) say the same thing: equal in every value, wherever it
    /// stands (where things are written — spans and model locations — is not compared).
    /// </summary>
    public static bool SameMeaning(object? a, object? b)
    {
        if (a is null || b is null)
            return a is null && b is null;
        if (a.GetType() != b.GetType())
            return false;
        if (a is SourceSpan || a is Model.ModelLocation)
            return true;
        if (a is string || a.GetType().IsPrimitive || a is decimal || a is Enum)
            return a.Equals(b);
        if (a is IEnumerable ea && b is IEnumerable eb)
        {
            var la = ea.Cast<object?>().ToList();
            var lb = eb.Cast<object?>().ToList();
            return la.Count == lb.Count && la.Zip(lb, SameMeaning).All(x => x);
        }
        if (a.GetType().Namespace?.StartsWith("Listings.", StringComparison.Ordinal) != true)
            return a.Equals(b);
        foreach (var property in PropertiesOf(a.GetType()))
            if (!SameMeaning(property.GetValue(a), property.GetValue(b)))
                return false;
        return true;
    }

    private static void Collect(object node, List<StatementSyntax> found)
    {
        if (node is StatementSyntax statement)
            found.Add(statement);
        foreach (var child in Children(node))
            Collect(child, found);
    }

    private static IEnumerable<object> Children(object node)
    {
        if (node is string || node is SourceSpan)
            yield break;
        if (node is IEnumerable items)
        {
            foreach (var item in items)
                if (item is not null)
                    yield return item;
            yield break;
        }
        if (!IsSyntax(node.GetType()))
            yield break;
        foreach (var property in PropertiesOf(node.GetType()))
        {
            var type = property.PropertyType;
            if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal))
                continue;
            if (property.GetValue(node) is { } value)
                yield return value;
        }
    }

    private static bool IsSyntax(Type type) =>
        type.Namespace is "Listings.Grammar.Syntax" || type == typeof(SourceSpan) || type.Name.StartsWith("EquatableArray", StringComparison.Ordinal);

    /// <summary>The stored values of a record (its computed shortcuts, such as an entry's Marks, are left out: they repeat its clauses).</summary>
    // The syntax records are read by reflection (they share no base type to annotate). The only trimmed
    // application that formats, the native listings tool, keeps Listings.Grammar whole
    // (TrimmerRootAssembly in compiler/Listings.Cli/Listings.Cli.csproj), and its `format --check` on the
    // French listings runs in CI (.ci/run, with the native build).
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Listings.Grammar is a trimmer root of the only trimmed application that formats.")]
    private static PropertyInfo[] PropertiesOf(Type type) => Properties.GetOrAdd(type, t =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"
                && (p.SetMethod is not null || IsInitOnlyOrPositional(p)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToArray());

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Listings.Grammar is a trimmer root of the only trimmed application that formats.")]
    private static bool IsInitOnlyOrPositional(PropertyInfo property) =>
        property.DeclaringType?.GetField("<" + property.Name + ">k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
}
