using System;
using System.Collections.Generic;

namespace Listings.Runtime;

/// <summary>
/// One list's classifier: the answer over every list, restricted to that list's classifications and
/// exceptions. A hand-off to another list (a GHB injectable goes to psychotropes part 2) shows here
/// as the exception that took the query out of this list.
/// </summary>
public sealed class ListClassifier : ISubstanceClassifier
{
    private readonly Classifier _all;
    private IReadOnlyList<ListingEntry>? _entries;

    /// <summary>The classifier of <paramref name="list"/> (its identifier: "stupefiants") within <paramref name="all"/>.</summary>
    public ListClassifier(Classifier all, string list)
    {
        _all = all ?? throw new ArgumentNullException(nameof(all));
        List = list ?? throw new ArgumentNullException(nameof(list));
    }

    /// <summary>The list's identifier ("stupefiants", "psychotropes").</summary>
    public string List { get; }

    /// <inheritdoc/>
    public IReadOnlyList<ListingEntry> Entries => _entries ??= OfList(_all.Entries);

    /// <summary>The acts behind this list's entries, in the listings' order.</summary>
    public IReadOnlyList<ActReference> Acts
    {
        get
        {
            var acts = new List<ActReference>();
            foreach (var act in _all.Acts)
                foreach (var entry in Entries)
                    if (Contains(entry.Acts, act))
                    {
                        acts.Add(act);
                        break;
                    }
            return acts.AsReadOnly();
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<ListingEntry> EntriesOn(DateTime on) => OfList(_all.EntriesOn(on));

    /// <inheritdoc/>
    public IReadOnlyList<ClassificationAnswer> ClassifyAll(IEnumerable<ClassificationQuery> queries)
    {
        if (queries is null)
            throw new ArgumentNullException(nameof(queries));
        var answers = new List<ClassificationAnswer>();
        foreach (var query in queries)
            answers.Add(Classify(query));
        return answers.AsReadOnly();
    }

    private IReadOnlyList<ListingEntry> OfList(IReadOnlyList<ListingEntry> entries)
    {
        var mine = new List<ListingEntry>();
        foreach (var entry in entries)
            if (entry.List == List)
                mine.Add(entry);
        return mine.AsReadOnly();
    }

    private static bool Contains(IReadOnlyList<ActReference> acts, ActReference act)
    {
        foreach (var a in acts)
            if (ReferenceEquals(a, act))
                return true;
        return false;
    }

    /// <inheritdoc/>
    public ClassificationAnswer Classify(ClassificationQuery query)
    {
        var answer = _all.Classify(query);
        var classifications = new List<Classification>();
        foreach (var c in answer.Classifications)
            if (c.List == List)
                classifications.Add(c);
        var exceptions = new List<AppliedException>();
        foreach (var e in answer.Exceptions)
            if (e.List == List)
                exceptions.Add(e);
        var notes = new List<AnswerNote>();
        foreach (var n in answer.Notes)
            if (n.List == List)
                notes.Add(n);
        var undetermined = new List<UndeterminedClassification>();
        foreach (var u in answer.Undetermined)
            if (u.List == List)
                undetermined.Add(u);
        var status = classifications.Count > 0 ? ClassificationStatus.Listed
            : undetermined.Count > 0 ? ClassificationStatus.Undetermined
            : exceptions.Exists(e => e.Applied) ? ClassificationStatus.Exempted
            : ClassificationStatus.NotListed;
        var incomplete = new List<IncompleteAct>();
        foreach (var act in answer.Incomplete)
            if (act.Lists.Count == 0 || System.Linq.Enumerable.Contains(act.Lists, List))
                incomplete.Add(act);
        var interpretations = new List<Interpretation>();
        foreach (var reading in answer.Interpretations)
            if (reading.List == List)
                interpretations.Add(reading);
        // A regime applies the stupéfiants rules to what the query names, whatever list names it (oral
        // clonazépam is on the psychotropes list): it is a fact about the query, kept on every list's answer.
        return new ClassificationAnswer(answer.Name, answer.On, status, classifications, exceptions, notes)
        {
            Undetermined = undetermined,
            Incomplete = incomplete,
            Interpretations = interpretations,
            Regimes = answer.Regimes,
        };
    }
}
