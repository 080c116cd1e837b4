using System;
using System.Collections.Generic;
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
/// <c>Then(t =&gt; selector(t).Select(u =&gt; projector(t, u)))</c>), a new failure at each level a
/// failure goes up through, and at each failed <c>Or</c> a union of the two failures' expectations.
/// What succeeds, what it reads and what it gives are the same here. A failure is
/// <see cref="Failure{T}.Instance"/>, made once: where the text went wrong and what was expected
/// there is what <see cref="FailureTracker"/> records, and the parser's messages come from it alone.
/// </remarks>
internal static class Combinators
{
    /// <summary>Sprache's <c>SelectMany</c>: <paramref name="selector"/> runs on each success of <paramref name="parser"/>.</summary>
    public static Parser<V> SelectMany<T, U, V>(this Parser<T> parser, Func<T, Parser<U>> selector, Func<T, U, V> projector) => input =>
    {
        var first = parser(input);
        if (!first.WasSuccessful)
            return Failure<V>.Instance;
        var second = selector(first.Value)(first.Remainder);
        return second.WasSuccessful
            ? Result.Success(projector(first.Value, second.Value), second.Remainder)
            : Failure<V>.Instance;
    };

    public static Parser<U> Select<T, U>(this Parser<T> parser, Func<T, U> convert) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful
            ? Result.Success(convert(result.Value), result.Remainder)
            : Failure<U>.Instance;
    };

    public static Parser<U> Then<T, U>(this Parser<T> first, Func<T, Parser<U>> second) => input =>
    {
        var result = first(input);
        return result.WasSuccessful
            ? second(result.Value)(result.Remainder)
            : Failure<U>.Instance;
    };

    public static Parser<U> Return<T, U>(this Parser<T> parser, U value) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful
            ? Result.Success(value, result.Remainder)
            : Failure<U>.Instance;
    };

    /// <summary>
    /// Sprache's <c>Return</c> for a value of a value type (a kind, a flag), given as a <see cref="Boxed{T}"/>.
    /// </summary>
    public static Parser<Boxed<T>> Is<T>(this Parser<string> parser, T value)
        where T : struct => parser.Return(new Boxed<T>(value));

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
        return secondResult.WasSuccessful || !firstResult.WasSuccessful ? secondResult : firstResult;
    };
}

/// <summary>
/// A failure of the grammar, one per type of value: it carries no position, expectation or message
/// (<see cref="FailureTracker"/> records those as the token parsers fail), so a failure that goes up
/// through the combinators allocates nothing.
/// </summary>
internal sealed class Failure<T> : IResult<T>
{
    public static readonly IResult<T> Instance = new Failure<T>();

    /// <summary>The start of an empty text: what a failure gives as its remainder (nothing reads it).</summary>
    private static readonly IInput Nowhere = ListingInput.Start("");

    private Failure()
    {
    }

    public T Value => throw new InvalidOperationException("The parser failed: there is no value.");

    public bool WasSuccessful => false;

    public string Message => "the parser failed (see the diagnostics)";

    public IEnumerable<string> Expectations => Array.Empty<string>();

    public IInput Remainder => Nowhere;
}

/// <summary>
/// A value of a value type (an enum, a flag) as the grammar carries it: an object. The runtime compiles
/// a generic method or type once for all reference types, but again for each value type, and the
/// grammar's combinators, results, options and query types are generic: over an enum, each kind would
/// cost a compiler that loads the grammar a few dozen more methods to compile before the first parse.
/// </summary>
internal sealed class Boxed<T>
    where T : struct
{
    public Boxed(T value) => Value = value;

    public T Value { get; }
}
