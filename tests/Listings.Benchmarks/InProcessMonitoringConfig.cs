using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Listings.Benchmarks;

/// <summary>
/// For the macro benchmarks (milliseconds to seconds an operation): a few monitored iterations, in
/// this process. In process because the source generator's dependencies reach BenchmarkDotNet's
/// generated host project without their deps.json entries, and a generator that cannot load its
/// compiler generates nothing.
/// </summary>
public sealed class InProcessMonitoringConfig : ManualConfig
{
    public InProcessMonitoringConfig() =>
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(5));
}
