using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Listings.Analyzers;

/// <summary>
/// Suppresses the findings a listing accepts with <c>accepte LSTnnnn "justification"</c>. An accepted
/// finding is reported (as info, its justification in the message) and then suppressed, so that it
/// stays in SARIF and the IDE as a suppressed diagnostic and never fails a build, even where a
/// <c>.globalconfig</c> raises its id to error: severity is per id, acceptance is per statement.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AcceptedFindingsSuppressor : DiagnosticSuppressor
{
    private const string Justification = "Accepted beside the statement in the listing (accepte LSTnnnn \"…\"): the act really says so.";

    private static readonly ImmutableArray<SuppressionDescriptor> Suppressions = ImmutableArray.Create<SuppressionDescriptor>(
        new("LSTA2001", "LST2001", Justification),
        new("LSTA2002", "LST2002", Justification),
        new("LSTA2003", "LST2003", Justification),
        new("LSTA2004", "LST2004", Justification),
        new("LSTA2005", "LST2005", Justification),
        new("LSTA2006", "LST2006", Justification),
        new("LSTA2007", "LST2007", Justification),
        new("LSTA2008", "LST2008", Justification),
        new("LSTA2009", "LST2009", Justification),
        new("LSTA2010", "LST2010", Justification),
        new("LSTA2011", "LST2011", Justification));

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions => Suppressions;

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            if (!diagnostic.Properties.ContainsKey(ListingsAnalyzer.AcceptedProperty))
                continue;
            var suppression = Suppressions.FirstOrDefault(s => s.SuppressedDiagnosticId == diagnostic.Id);
            if (suppression is not null)
                context.ReportSuppression(Suppression.Create(suppression, diagnostic));
        }
    }
}
