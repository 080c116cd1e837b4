using System;
using Sprache;

namespace Listings.Grammar.Parsing;

/// <summary>
/// The Sprache combinators the grammar calls at every token, with Sprache's meaning and fewer
/// allocations. Being in this namespace, they are the ones the grammar's LINQ queries and calls bind
/// to (before Sprache's own): the grammar is still written in Sprache, over its <see cref="Parser{T}"/>,
/// <see cref="IInput"/> and <see cref="IResult{T}"/>, and Sprache's <c>Many</c>, <c>Optional</c> and
/// <c>Where</c> still run it.
/// </summary>
/// <remarks>
/// Sprache builds a new parser at each step of a query it runs (<c>SelectMany</c> is
/// <c>Then(t =&gt; selector(t).Select(u =&gt; projector(t, u)))</c>), and at each failed <c>Or</c> a
/// union of the two failures' expectations. What succeeds, what it reads and what it gives are the
/// same here; a failure keeps the failure that reached furthest (Sprache's choice) without merging
/// expectations, which nothing reads: the parser's messages come from <see cref="FailureTracker"/>.
/// </remarks>
internal static class Combinators
{
    /// <summary>Sprache's <c>SelectMany</c>: <paramref name="selector"/> runs on each success of <paramref name="parser"/>.</summary>
    public static Parser<V> SelectMany<T, U, V>(this Parser<T> parser, Func<T, Parser<U>> selector, Func<T, U, V> projector) => input =>
    {
        var first = parser(input);
        if (!first.WasSuccessful)
            return Result.Failure<V>(first.Remainder, first.Message, first.Expectations);
        var second = selector(first.Value)(first.Remainder);
        return second.WasSuccessful
            ? Result.Success(projector(first.Value, second.Value), second.Remainder)
            : Result.Failure<V>(second.Remainder, second.Message, second.Expectations);
    };

    public static Parser<U> Select<T, U>(this Parser<T> parser, Func<T, U> convert) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful
            ? Result.Success(convert(result.Value), result.Remainder)
            : Result.Failure<U>(result.Remainder, result.Message, result.Expectations);
    };

    public static Parser<U> Then<T, U>(this Parser<T> first, Func<T, Parser<U>> second) => input =>
    {
        var result = first(input);
        return result.WasSuccessful
            ? second(result.Value)(result.Remainder)
            : Result.Failure<U>(result.Remainder, result.Message, result.Expectations);
    };

    public static Parser<U> Return<T, U>(this Parser<T> parser, U value) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful
            ? Result.Success(value, result.Remainder)
            : Result.Failure<U>(result.Remainder, result.Message, result.Expectations);
    };

    /// <summary>
    /// Sprache's <c>Or</c>: <paramref name="second"/> is tried where <paramref name="first"/> fails or
    /// reads nothing, and a success of <paramref name="first"/> that reads nothing stands if
    /// <paramref name="second"/> fails.
    /// </summary>
    public static Parser<T> Or<T>(this Parser<T> first, Parser<T> second) => input =>
    {
        var firstResult = first(input);
        if (firstResult.WasSuccessful && !firstResult.Remainder.Equals(input))
            return firstResult;
        var secondResult = second(input);
        if (secondResult.WasSuccessful || firstResult.WasSuccessful)
            return secondResult.WasSuccessful ? secondResult : firstResult;
        return secondResult.Remainder.Position > firstResult.Remainder.Position ? secondResult : firstResult;
    };
}
