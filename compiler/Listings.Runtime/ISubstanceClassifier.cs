using System;
using System.Collections.Generic;

namespace Listings.Runtime;

/// <summary>
/// What an application asks of a classifier: register the generated one
/// (<c>services.AddSingleton&lt;ISubstanceClassifier&gt;(SubstanceListings.All)</c>) and mock this
/// interface in tests. <see cref="Classifier"/> (every list) and <see cref="ListClassifier"/> (one
/// list) implement it; <see cref="SubstanceClassifierExtensions"/> adds the overloads by name and date.
/// </summary>
public interface ISubstanceClassifier
{
    /// <summary>Whether <see cref="ClassificationQuery.Name"/> is classified on <see cref="ClassificationQuery.On"/>, and why.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    ClassificationAnswer Classify(ClassificationQuery query);

    /// <summary>Classifies every query, in order: the answer at index <c>i</c> is the answer to the query at index <c>i</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="queries"/> or one of its queries is null.</exception>
    IReadOnlyList<ClassificationAnswer> ClassifyAll(IEnumerable<ClassificationQuery> queries);

    /// <summary>
    /// Every entry the listings ever had, one per version (an entry changed or moved by an act has a
    /// version before and one after), in the listings' order. Read-only.
    /// </summary>
    IReadOnlyList<ListingEntry> Entries { get; }

    /// <summary>The acts behind the entries, in the listings' order. Read-only.</summary>
    IReadOnlyList<ActReference> Acts { get; }

    /// <summary>
    /// The consolidated lists on a date: the entries in force that day (<see cref="ListingEntry.InForceOn(DateTime)"/>),
    /// in the listings' order, with the acts in force by then. Read-only.
    /// </summary>
    IReadOnlyList<ListingEntry> EntriesOn(DateTime on);
}

/// <summary>Overloads of <see cref="ISubstanceClassifier"/> by name and date.</summary>
public static class SubstanceClassifierExtensions
{
    /// <summary>Whether <paramref name="name"/> is classified on the day <paramref name="on"/> (its time of day is ignored), and why.</summary>
    public static ClassificationAnswer Classify(this ISubstanceClassifier classifier, string name, DateTime on) =>
        (classifier ?? throw new ArgumentNullException(nameof(classifier))).Classify(new ClassificationQuery(name, on));

#if NET8_0_OR_GREATER
    /// <summary>Whether <paramref name="name"/> is classified on <paramref name="on"/>, and why.</summary>
    public static ClassificationAnswer Classify(this ISubstanceClassifier classifier, string name, DateOnly on) =>
        (classifier ?? throw new ArgumentNullException(nameof(classifier))).Classify(new ClassificationQuery(name, on));

    /// <summary>The consolidated lists on <paramref name="on"/> (<see cref="ISubstanceClassifier.EntriesOn(DateTime)"/>).</summary>
    public static IReadOnlyList<ListingEntry> EntriesOn(this ISubstanceClassifier classifier, DateOnly on) =>
        (classifier ?? throw new ArgumentNullException(nameof(classifier))).EntriesOn(on.ToDateTime(TimeOnly.MinValue));
#endif
}
