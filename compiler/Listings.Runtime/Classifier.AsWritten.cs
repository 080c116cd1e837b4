using System;
using System.Collections.Generic;
using System.Threading;

namespace Listings.Runtime;

/// <summary>
/// The explained answer to a heading asked exactly as the act prints it, with nothing but a date (no
/// route, per-unit contents, THC content or catalogue flag): the same for every day of one period of
/// the tables (<see cref="PeriodOf"/>), so its parts are kept per heading and period, built by the
/// first such question and shared read-only by the next ones, which then cost a lookup and the answer
/// object. Bounded by the headings times the periods, made lazily.
/// </summary>
public sealed partial class Classifier
{
    private AnswerParts?[]?[]? _asWritten;

    /// <summary>What an answer holds besides the name and the date asked.</summary>
    private sealed class AnswerParts
    {
        public AnswerParts(ClassificationAnswer answer)
        {
            Status = answer.Status;
            Classifications = Shared(answer.Classifications);
            Exceptions = Shared(answer.Exceptions);
            Notes = Shared(answer.Notes);
            Undetermined = Shared(answer.Undetermined);
            Incomplete = Shared(answer.Incomplete);
            Interpretations = Shared(answer.Interpretations);
            Regimes = Shared(answer.Regimes);
        }

        public ClassificationStatus Status { get; }
        public IReadOnlyList<Classification> Classifications { get; }
        public IReadOnlyList<AppliedException> Exceptions { get; }
        public IReadOnlyList<AnswerNote> Notes { get; }
        public IReadOnlyList<UndeterminedClassification> Undetermined { get; }
        public IReadOnlyList<IncompleteAct> Incomplete { get; }
        public IReadOnlyList<Interpretation> Interpretations { get; }
        public IReadOnlyList<RegimeApplication> Regimes { get; }

        public ClassificationAnswer Answer(ClassificationQuery query) =>
            new(query.Name, query.On, Status, Classifications, Exceptions, Notes)
            {
                Undetermined = Undetermined,
                Incomplete = Incomplete,
                Interpretations = Interpretations,
                Regimes = Regimes,
            };

        // An answer's own list is an array its caller could write through a cast: shared, a copy is wrapped.
        private static IReadOnlyList<T> Shared<T>(IReadOnlyList<T> items) =>
            items is T[] { Length: > 0 } array ? Array.AsReadOnly((T[])array.Clone()) : items;
    }

    /// <summary>Whether the query asks about nothing but a name on a date.</summary>
    private static bool NameAndDateOnly(ClassificationQuery query) =>
        query.Route == QueryRoute.Unspecified && !query.HasPerUnit && query.ThcPercent is null && query.CatalogueVariety is null;

    /// <summary>The slot of the heading whose name rows start at <paramref name="first"/>, on the period of <paramref name="on"/>.</summary>
    private ref AnswerParts? AsWrittenSlot(int first, DateTime on)
    {
        var all = Volatile.Read(ref _asWritten);
        if (all is null)
        {
            all = new AnswerParts?[]?[_reader.Positions];
            all = Interlocked.CompareExchange(ref _asWritten, all, null) ?? all;
        }
        var periods = Volatile.Read(ref all[first]);
        if (periods is null)
        {
            periods = new AnswerParts?[PeriodCount];
            periods = Interlocked.CompareExchange(ref all[first], periods, null) ?? periods;
        }
        return ref periods[PeriodOf(on)];
    }
}
