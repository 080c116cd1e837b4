using System.Collections.Generic;

namespace Listings.Runtime;

/// <summary>
/// One list's classifier: the answer over every list, restricted to that list's classifications and
/// exceptions. A hand-off to another list (a GHB injectable goes to psychotropes part 2) shows here
/// as the exception that took the query out of this list.
/// </summary>
public sealed class ListClassifier
{
    private readonly Classifier _all;

    public ListClassifier(Classifier all, string list)
    {
        _all = all;
        List = list;
    }

    public string List { get; }

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
        return new ClassificationAnswer(answer.Name, answer.On, status, classifications, exceptions, notes)
        {
            Undetermined = undetermined,
            Incomplete = incomplete,
        };
    }
}
