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

    /// <summary>
    /// Parsers in a row, then <paramref name="make"/> over their values: what a LINQ query of as many
    /// <c>from</c> clauses does (<see cref="SelectMany"/> at each step, with the same successes, failures
    /// and remainders), without the query's two lambdas and one anonymous type a step, each a method the
    /// runtime must compile before the first parse.
    /// </summary>
    public static Parser<R> Seq<T1, T2, R>(Parser<T1> p1, Parser<T2> p2, Func<T1, T2, R> make) => input =>
    {
        var r1 = p1(input);
        if (!r1.WasSuccessful)
            return Failure<R>.Instance;
        var r2 = p2(r1.Remainder);
        if (!r2.WasSuccessful)
            return Failure<R>.Instance;
        return Result.Success(make(r1.Value, r2.Value), r2.Remainder);
    };

    public static Parser<R> Seq<T1, T2, T3, R>(Parser<T1> p1, Parser<T2> p2, Parser<T3> p3, Func<T1, T2, T3, R> make) => input =>
    {
        var r1 = p1(input);
        if (!r1.WasSuccessful)
            return Failure<R>.Instance;
        var r2 = p2(r1.Remainder);
        if (!r2.WasSuccessful)
            return Failure<R>.Instance;
        var r3 = p3(r2.Remainder);
        if (!r3.WasSuccessful)
            return Failure<R>.Instance;
        return Result.Success(make(r1.Value, r2.Value, r3.Value), r3.Remainder);
    };

    public static Parser<R> Seq<T1, T2, T3, T4, R>(Parser<T1> p1, Parser<T2> p2, Parser<T3> p3, Parser<T4> p4, Func<T1, T2, T3, T4, R> make) => input =>
    {
        var r1 = p1(input);
        if (!r1.WasSuccessful)
            return Failure<R>.Instance;
        var r2 = p2(r1.Remainder);
        if (!r2.WasSuccessful)
            return Failure<R>.Instance;
        var r3 = p3(r2.Remainder);
        if (!r3.WasSuccessful)
            return Failure<R>.Instance;
        var r4 = p4(r3.Remainder);
        if (!r4.WasSuccessful)
            return Failure<R>.Instance;
        return Result.Success(make(r1.Value, r2.Value, r3.Value, r4.Value), r4.Remainder);
    };

    public static Parser<R> Seq<T1, T2, T3, T4, T5, R>(Parser<T1> p1, Parser<T2> p2, Parser<T3> p3, Parser<T4> p4, Parser<T5> p5, Func<T1, T2, T3, T4, T5, R> make) => input =>
    {
        var r1 = p1(input);
        if (!r1.WasSuccessful)
            return Failure<R>.Instance;
        var r2 = p2(r1.Remainder);
        if (!r2.WasSuccessful)
            return Failure<R>.Instance;
        var r3 = p3(r2.Remainder);
        if (!r3.WasSuccessful)
            return Failure<R>.Instance;
        var r4 = p4(r3.Remainder);
        if (!r4.WasSuccessful)
            return Failure<R>.Instance;
        var r5 = p5(r4.Remainder);
        if (!r5.WasSuccessful)
            return Failure<R>.Instance;
        return Result.Success(make(r1.Value, r2.Value, r3.Value, r4.Value, r5.Value), r5.Remainder);
    };

    public static Parser<R> Seq<T1, T2, T3, T4, T5, T6, R>(Parser<T1> p1, Parser<T2> p2, Parser<T3> p3, Parser<T4> p4, Parser<T5> p5, Parser<T6> p6, Func<T1, T2, T3, T4, T5, T6, R> make) => input =>
    {
        var r1 = p1(input);
        if (!r1.WasSuccessful)
            return Failure<R>.Instance;
        var r2 = p2(r1.Remainder);
        if (!r2.WasSuccessful)
            return Failure<R>.Instance;
        var r3 = p3(r2.Remainder);
        if (!r3.WasSuccessful)
            return Failure<R>.Instance;
        var r4 = p4(r3.Remainder);
        if (!r4.WasSuccessful)
            return Failure<R>.Instance;
        var r5 = p5(r4.Remainder);
        if (!r5.WasSuccessful)
            return Failure<R>.Instance;
        var r6 = p6(r5.Remainder);
        if (!r6.WasSuccessful)
            return Failure<R>.Instance;
        return Result.Success(make(r1.Value, r2.Value, r3.Value, r4.Value, r5.Value, r6.Value), r6.Remainder);
    };

    public static Parser<R> Seq<T1, T2, T3, T4, T5, T6, T7, R>(Parser<T1> p1, Parser<T2> p2, Parser<T3> p3, Parser<T4> p4, Parser<T5> p5, Parser<T6> p6, Parser<T7> p7, Func<T1, T2, T3, T4, T5, T6, T7, R> make) => input =>
    {
        var r1 = p1(input);
        if (!r1.WasSuccessful)
            return Failure<R>.Instance;
        var r2 = p2(r1.Remainder);
        if (!r2.WasSuccessful)
            return Failure<R>.Instance;
        var r3 = p3(r2.Remainder);
        if (!r3.WasSuccessful)
            return Failure<R>.Instance;
        var r4 = p4(r3.Remainder);
        if (!r4.WasSuccessful)
            return Failure<R>.Instance;
        var r5 = p5(r4.Remainder);
        if (!r5.WasSuccessful)
            return Failure<R>.Instance;
        var r6 = p6(r5.Remainder);
        if (!r6.WasSuccessful)
            return Failure<R>.Instance;
        var r7 = p7(r6.Remainder);
        if (!r7.WasSuccessful)
            return Failure<R>.Instance;
        return Result.Success(make(r1.Value, r2.Value, r3.Value, r4.Value, r5.Value, r6.Value, r7.Value), r7.Remainder);
    };

    public static Parser<R> Seq<T1, T2, T3, T4, T5, T6, T7, T8, R>(Parser<T1> p1, Parser<T2> p2, Parser<T3> p3, Parser<T4> p4, Parser<T5> p5, Parser<T6> p6, Parser<T7> p7, Parser<T8> p8, Func<T1, T2, T3, T4, T5, T6, T7, T8, R> make) => input =>
    {
        var r1 = p1(input);
        if (!r1.WasSuccessful)
            return Failure<R>.Instance;
        var r2 = p2(r1.Remainder);
        if (!r2.WasSuccessful)
            return Failure<R>.Instance;
        var r3 = p3(r2.Remainder);
        if (!r3.WasSuccessful)
            return Failure<R>.Instance;
        var r4 = p4(r3.Remainder);
        if (!r4.WasSuccessful)
            return Failure<R>.Instance;
        var r5 = p5(r4.Remainder);
        if (!r5.WasSuccessful)
            return Failure<R>.Instance;
        var r6 = p6(r5.Remainder);
        if (!r6.WasSuccessful)
            return Failure<R>.Instance;
        var r7 = p7(r6.Remainder);
        if (!r7.WasSuccessful)
            return Failure<R>.Instance;
        var r8 = p8(r7.Remainder);
        if (!r8.WasSuccessful)
            return Failure<R>.Instance;
        return Result.Success(make(r1.Value, r2.Value, r3.Value, r4.Value, r5.Value, r6.Value, r7.Value, r8.Value), r8.Remainder);
    };

    public static Parser<R> Seq<T1, T2, T3, T4, T5, T6, T7, T8, T9, R>(Parser<T1> p1, Parser<T2> p2, Parser<T3> p3, Parser<T4> p4, Parser<T5> p5, Parser<T6> p6, Parser<T7> p7, Parser<T8> p8, Parser<T9> p9, Func<T1, T2, T3, T4, T5, T6, T7, T8, T9, R> make) => input =>
    {
        var r1 = p1(input);
        if (!r1.WasSuccessful)
            return Failure<R>.Instance;
        var r2 = p2(r1.Remainder);
        if (!r2.WasSuccessful)
            return Failure<R>.Instance;
        var r3 = p3(r2.Remainder);
        if (!r3.WasSuccessful)
            return Failure<R>.Instance;
        var r4 = p4(r3.Remainder);
        if (!r4.WasSuccessful)
            return Failure<R>.Instance;
        var r5 = p5(r4.Remainder);
        if (!r5.WasSuccessful)
            return Failure<R>.Instance;
        var r6 = p6(r5.Remainder);
        if (!r6.WasSuccessful)
            return Failure<R>.Instance;
        var r7 = p7(r6.Remainder);
        if (!r7.WasSuccessful)
            return Failure<R>.Instance;
        var r8 = p8(r7.Remainder);
        if (!r8.WasSuccessful)
            return Failure<R>.Instance;
        var r9 = p9(r8.Remainder);
        if (!r9.WasSuccessful)
            return Failure<R>.Instance;
        return Result.Success(make(r1.Value, r2.Value, r3.Value, r4.Value, r5.Value, r6.Value, r7.Value, r8.Value, r9.Value), r9.Remainder);
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
