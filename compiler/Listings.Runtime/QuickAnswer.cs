namespace Listings.Runtime;

/// <summary>
/// The verdict of <see cref="Classifier.Quick(string, System.DateTime)"/>: a status, the entry row that decided it (-1 when
/// none) and how the name reached it. A struct: asking allocates nothing. <see cref="Classifier.Classify(ClassificationQuery)"/>
/// gives the same status with its full explanation.
/// </summary>
public readonly struct QuickAnswer
{
    internal QuickAnswer(ClassificationStatus status, int entry, Via via)
    {
        Status = status;
        Entry = entry;
        Via = via;
    }

    /// <summary>The verdict: the same as <see cref="Classifier.Classify(ClassificationQuery)"/> gives the name alone.</summary>
    public ClassificationStatus Status { get; }

    /// <summary>The entry row in the classifier's tables, or -1 (applications: <see cref="Classifier.EntryOf(QuickAnswer)"/>).</summary>
    internal int Entry { get; }

    /// <summary>How the name reached the entry (meaningful when <see cref="Status"/> is <see cref="ClassificationStatus.Listed"/>).</summary>
    public Via Via { get; }

    /// <summary><c>listed (via salt)</c>, <c>exempted</c>, <c>not-listed</c>.</summary>
    public override string ToString() =>
        Status == ClassificationStatus.Listed ? $"{AnswerJson.Status(Status)} (via {AnswerJson.Via(Via)})" : AnswerJson.Status(Status);

    internal static QuickAnswer NotListed { get; } = new(ClassificationStatus.NotListed, -1, Via.Name);
}
