using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Listings.Cli;
using Listings.Compiler.Tables;
using Listings.French;
using Listings.Runtime;
using Listings.Tests.Support;
using Shouldly;
using Xunit;

namespace Listings.Tests.Api;

/// <summary>
/// Issue 15: <c>t.EntryTitles[0] = "Hacked"</c> changed the answers, and <c>t.EntryTo[0] = 20000101</c>
/// made Classify and Quick disagree. A classifier now keeps its own copy of its tables and hands none
/// of it out: whatever is written through any public member, its answers stay the same.
/// </summary>
public class ImmutableTablesTests
{
    private static readonly DateTime On = new(2024, 1, 1);

    private static readonly string[] Names =
    {
        "Cocaïne", "chlorhydrate de cocaïne", "Cathine", "HHC", "dextrométhorphane", "cannabis", "feuille de coca", "pas une substance",
    };

    /// <summary>Everything a classifier says, as text: its answers (explained and quick), its entries, its acts, a date's lists.</summary>
    private static string Everything(Classifier classifier) =>
        string.Join("\n", Names.Select(n => classifier.Classify(n, On) + " | " + classifier.Quick(n, On) + " | " + classifier.EntryOf(classifier.Quick(n, On))))
        + "\n" + string.Join("\n", classifier.Entries.Select(e => e + " " + e.From + " " + e.Until + " " + string.Join(",", e.Acts) + string.Join(",", e.Exceptions)))
        + "\n" + string.Join("\n", classifier.Acts)
        + "\n" + string.Join("\n", classifier.EntriesOn(On));

    [Fact]
    public void Writing_every_field_of_the_tables_after_construction_changes_no_answer()
    {
        var set = ListingSet.Load(new[] { RepositoryPaths.Listings });
        var tables = TableBuilder.Build(set.Model);
        var classifier = new Classifier(tables);
        var before = Everything(classifier);
        before.ShouldContain("« Cocaïne »");

        var fields = typeof(ClassifierTables).GetFields(BindingFlags.Public | BindingFlags.Instance);
        fields.Length.ShouldBeGreaterThan(30);
        foreach (var field in fields)
        {
            // Every element overwritten (what the issue did), then the array itself replaced.
            var array = (Array)field.GetValue(tables)!;
            for (var i = 0; i < array.Length; i++)
                array.SetValue(Hostile(field.FieldType.GetElementType()!), i);
            field.SetValue(tables, Array.CreateInstance(field.FieldType.GetElementType()!, 0));
        }

        Everything(classifier).ShouldBe(before);
    }

    private static object Hostile(Type element) =>
        element == typeof(string) ? "Hacked"
        : element == typeof(int) ? 20000101
        : element == typeof(bool) ? true
        : element == typeof(decimal) ? -1m
        : throw new InvalidOperationException($"a table of {element}: add it here");

    [Fact]
    public void Writing_through_every_collection_an_answer_or_an_entry_exposes_changes_no_later_answer()
    {
        var classifier = FrenchListings.All;
        var before = Everything(classifier);

        var touched = 0;
        foreach (var name in Names)
        {
            var answer = classifier.Classify(name, On);
            foreach (var collection in Collections(answer).Concat(answer.Classifications.SelectMany(Collections)))
                touched += Vandalise(collection);
        }
        foreach (var collection in new object[] { classifier.Entries, classifier.Acts, classifier.EntriesOn(On), FrenchListings.Stupefiants.Entries }
                     .Concat(classifier.Entries.SelectMany(Collections)))
            touched += Vandalise(collection);

        touched.ShouldBeGreaterThan(0);
        Everything(classifier).ShouldBe(before);
    }

    /// <summary>The values of an object's public properties that are collections.</summary>
    private static IEnumerable<object> Collections(object owner) =>
        owner.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && typeof(IEnumerable).IsAssignableFrom(p.PropertyType) && p.PropertyType != typeof(string))
            .Select(p => p.GetValue(owner)!)
            .Where(v => v is not null);

    /// <summary>Clears the collection through whatever writable interface it has; the shared ones must have none.</summary>
    private static int Vandalise(object collection)
    {
        if (collection is IList list && !list.IsReadOnly && !list.IsFixedSize)
        {
            list.Clear();
            return 1;
        }
        if (collection is IList fixedSize && !fixedSize.IsReadOnly && fixedSize.Count > 0)
        {
            fixedSize[0] = null;
            return 1;
        }
        return collection is IList ? 1 : 0;
    }

    [Fact]
    public void No_public_member_of_the_runtime_or_of_a_generated_classifier_hands_out_tables_or_arrays()
    {
        var types = typeof(Classifier).Assembly.GetExportedTypes().Append(typeof(FrenchListings))
            .Where(t => t != typeof(ClassifierTables));
        var leaks = new List<string>();
        foreach (var type in types)
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var returned = member switch
                {
                    PropertyInfo p => p.PropertyType,
                    FieldInfo f => f.FieldType,
                    MethodInfo m => m.ReturnType,
                    _ => null,
                };
                if (returned is not null && (returned == typeof(ClassifierTables) || returned.IsArray))
                    leaks.Add(type.Name + "." + member.Name);
            }

        leaks.ShouldBeEmpty();
    }

    [Fact]
    public void The_engines_internals_are_not_public()
    {
        foreach (var type in new[] { typeof(TextFolding), typeof(MatchKey), typeof(SaltWords), typeof(IsomerPrefixes), typeof(NameReach) })
            type.IsPublic.ShouldBeFalse(type.Name);
        foreach (var name in new[] { "ToInt", "FromInt", "TryParseMilligrams", "EntryTitle", "EntryList", "EntryAnnex", "Tables", "Reaches" })
            typeof(Classifier).GetMember(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).ShouldBeEmpty(name);
        typeof(QuickAnswer).GetProperty(nameof(QuickAnswer.Entry), BindingFlags.Public | BindingFlags.Instance).ShouldBeNull();
    }

    [Fact]
    public void A_classifier_keeps_a_copy_of_every_table_a_later_column_included()
    {
        // A column added to the tables and forgotten in the copy would leave the classifier with an empty
        // one: its answers would silently lose what the column says (undetermined reasons, regimes…).
        var tables = FrenchListings.All.Tables;
        var copy = tables.Copy();
        foreach (var field in typeof(ClassifierTables).GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            var original = (Array)field.GetValue(tables)!;
            var copied = (Array)field.GetValue(copy)!;
            copied.Length.ShouldBe(original.Length, field.Name);
            if (original.Length > 0)
                ReferenceEquals(original, copied).ShouldBeFalse(field.Name);
        }
    }
}
