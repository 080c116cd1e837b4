using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Model;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;

namespace Listings.Compiler.Analysis;

/// <summary>
/// The analyzers' checks over a bound listing set: what the Roslyn analyzer reports in the build and
/// the IDE, and what <c>listings check</c> prints, from the same code. Findings come in path and
/// position order; accepted ones come as info, with their justification.
/// </summary>
public static class ListingAnalysis
{
    public static EquatableArray<ListingDiagnostic> Analyze(IReadOnlyList<ListingDocument> documents, ListingModel model)
    {
        var ordered = documents.OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        var index = new NameIndex(model);
        var found = new List<ListingDiagnostic>();
        DuplicateNameCheck.Run(index, found);
        InclusionOverlapCheck.Run(index, model, found);
        ExceptionCheck.Run(index, model, found);
        ReferenceCheck.Run(ordered, found);
        AmendmentConflictCheck.Run(ordered, model, found);
        SuspiciousTextCheck.Run(ordered, found);
        return Acceptances.Apply(ordered, found)
            .Distinct()
            .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Offset)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToEquatableArray();
    }
}
