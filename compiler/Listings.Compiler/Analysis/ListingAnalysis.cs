using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Compiler.Binding;
using Listings.Compiler.Model;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;

namespace Listings.Compiler.Analysis;

/// <summary>
/// The analyzers' checks over a bound listing set: what the Roslyn analyzer reports in the build and
/// the IDE, and what <c>listings check</c> prints, from the same code. Findings come in path and
/// position order; accepted ones come as info, with their justification. Checks read what the binder
/// found (<see cref="BindResult.Facts"/>) rather than resolving the syntax again.
/// </summary>
public static class ListingAnalysis
{
    public static EquatableArray<ListingDiagnostic> Analyze(IReadOnlyList<ListingDocument> documents, BindResult bound)
    {
        var model = bound.Model;
        var ordered = documents.OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        var index = new NameIndex(model);
        var found = new List<ListingDiagnostic>();
        DuplicateNameCheck.Run(index, model, found);
        InclusionOverlapCheck.Run(index, model, found);
        ExceptionCheck.Run(index, model, found);
        ReferenceCheck.Run(ordered, model, bound.Facts, found);
        AmendmentConflictCheck.Run(bound.Facts, found);
        SuspiciousTextCheck.Run(ordered, found);
        SourceDefectCheck.Run(ordered, found);
        return Acceptances.Apply(ordered, found)
            .Distinct()
            .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Offset)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToEquatableArray();
    }
}
