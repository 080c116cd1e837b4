using System.Collections.Immutable;
using System.Linq;
using Listings.Grammar.Diagnostics;
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

    // One per id a listing may accept (LSTA2001 suppresses LST2001), from the diagnostics catalogue.
    private static readonly ImmutableArray<SuppressionDescriptor> Suppressions = DiagnosticCatalogue.All
        .Where(rule => rule.IsAcceptable)
        .Select(rule => new SuppressionDescriptor("LSTA" + rule.Id.Substring("LST".Length), rule.Id, Justification))
        .ToImmutableArray();

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
