using System;
using Shouldly;

namespace Listings.Tests.Support;

/// <summary>
/// Work measured as the bytes a piece of code allocates on its thread: the same on an idle laptop and
/// on a loaded build server, unlike a duration. (Binding and parsing allocate as they go: a scan that
/// looks at every entry again for each statement allocates again for each.)
/// </summary>
public static class Work
{
    public static long AllocatedBy(Action work)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        work();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>
    /// Asserts that the work of <paramref name="at"/>(4n) is less than six times that of
    /// <paramref name="at"/>(n): about 4 when it grows linearly, 16 when quadratically (a quadratic part
    /// that is only half the work at n still makes it 10). <paramref name="at"/> builds the input of a
    /// size (not measured) and returns the work to measure; a small size runs first, so that what
    /// happens once (loading, static state) is not counted.
    /// </summary>
    public static void ShouldGrowLinearly(Func<int, Action> at, int n, string what)
    {
        at(Math.Max(1, n / 16))();
        var small = at(n);
        var large = at(4 * n);
        var single = AllocatedBy(small);
        var fourfold = AllocatedBy(large);
        var ratio = (double)fourfold / single;
        ratio.ShouldBeLessThan(6.0, $"{what}: {n:N0} → {single:N0} bytes allocated, {4 * n:N0} → {fourfold:N0} bytes (× {ratio:F2}; linear ≈ 4, quadratic ≈ 16)");
    }
}
