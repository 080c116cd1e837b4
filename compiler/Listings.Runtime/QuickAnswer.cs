namespace Listings.Runtime;

/// <summary>
/// The verdict of <see cref="Classifier.Quick"/>: a status, the entry row that decided it (-1 when
/// none) and how the name reached it. A struct: asking allocates nothing. <see cref="Classifier.Classify"/>
/// gives the same status with its full explanation.
/// </summary>
public readonly struct QuickAnswer
{
    public QuickAnswer(ClassificationStatus status, int entry, Via via)
    {
        Status = status;
        Entry = entry;
        Via = via;
    }

    public ClassificationStatus Status { get; }

    /// <summary>The entry row in the classifier's tables (<see cref="Classifier.EntryTitle"/>, <see cref="Classifier.EntryList"/>…), or -1.</summary>
    public int Entry { get; }

    public Via Via { get; }

    public static QuickAnswer NotListed { get; } = new(ClassificationStatus.NotListed, -1, Via.Name);
}
