using System;
using System.Linq;
using Listings.Tests.Support;
using Shouldly;

namespace Listings.Tests.Matching;

/// <summary>
/// Words as a legal text of <c>sources/</c> prints them, on their line: what a test's expected answer
/// is read off. The test checks that the line really prints them, so a citation cannot drift from the
/// text it cites.
/// </summary>
public sealed record Printed(string File, int Line, string Text)
{
    public static Printed Stupefiants(int line, string text) => new(SeedText.StupefiantsFile, line, text);

    public static Printed Psychotropes(int line, string text) => new(SeedText.PsychotropesFile, line, text);

    public static Printed HhcDecision(int line, string text) => new(SeedText.HhcDecisionFile, line, text);

    public static Printed Hemp(int line, string text) => new(HempSeedText.FileName, line, text);

    /// <summary>The line, as the file holds it.</summary>
    public string LineText => SeedText.LinesOf(File)[Line - 1];

    /// <summary>Fails unless the line prints <see cref="Text"/> (compared without case, accents or runs of spaces).</summary>
    public void ShouldBeOnItsLine() =>
        NameFolding.Key(LineText).ShouldContain(NameFolding.Key(Text), Case.Sensitive, $"sources/{File} line {Line} does not print « {Text} »: {LineText}");

    /// <summary>The annex or part whose bullet this line is (stupéfiants and psychotropes).</summary>
    public SeedSection Section =>
        SeedText.AnnexBullets().SingleOrDefault(b => b.File == File && b.Line == Line)?.Section
        ?? throw new InvalidOperationException($"sources/{File} line {Line} is not a bullet of an annex or part");

    public override string ToString() => $"sources/{File} line {Line}";
}
