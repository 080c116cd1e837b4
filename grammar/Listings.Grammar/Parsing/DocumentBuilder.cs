using System.Collections.Generic;
using System.Linq;
using Listings.Grammar.Diagnostics;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;

namespace Listings.Grammar.Parsing;

/// <summary>
/// Nests the flat statements of a file the way an arrêté's paragraphs follow their heading: entries
/// and rules under the annex opened last, changes under the amendment, authorisations under the
/// derogation. A statement with no container to join is reported (LST0004), never dropped silently.
/// </summary>
internal sealed class DocumentBuilder
{
    private readonly string _path;
    private readonly List<ListingDiagnostic> _diagnostics;
    private readonly List<ListSyntax> _lists = new();
    private readonly List<ActSyntax> _acts = new();
    private readonly List<AnnexSyntax> _annexes = new();
    private readonly List<AmendmentSyntax> _amendments = new();
    private readonly List<DerogationSyntax> _derogations = new();
    private readonly List<CounterIonsSyntax> _counterIons = new();
    private readonly List<RegimeSyntax> _regimes = new();

    private OpenAnnex? _annex;
    private OpenAmendment? _amendment;
    private OpenDerogation? _derogation;

    public DocumentBuilder(string path, List<ListingDiagnostic> diagnostics)
    {
        _path = path;
        _diagnostics = diagnostics;
    }

    public void Add(StatementSyntax statement)
    {
        switch (statement)
        {
            case ListSyntax list:
                CloseAll();
                _lists.Add(list);
                break;
            case ActSyntax act:
                CloseAll();
                _acts.Add(act);
                break;
            case CounterIonsSyntax counterIons:
                CloseAll();
                _counterIons.Add(counterIons);
                break;
            case RegimeSyntax regime:
                CloseAll();
                _regimes.Add(regime);
                break;
            case AnnexSyntax annex:
                CloseAll();
                _annex = new OpenAnnex(annex);
                break;
            case GroupingSyntax grouping when Require(_annex, grouping, "a grouping", "an 'annexe' or 'partie'"):
                _annex!.Sections.Add(new OpenSection(grouping));
                break;
            case InclusionRuleSyntax rule when Require(_annex, rule, "'comprend'", "an 'annexe' or 'partie'"):
                _annex!.Rules.Add(rule);
                break;
            case AsterisksUnknownSyntax asterisks when Require(_annex, asterisks, "'astérisques inconnus'", "an 'annexe' or 'partie'"):
                _annex!.Asterisks = asterisks;
                break;
            case EntrySyntax entry:
                if (OverLimit(entry))
                    break;
                if (_annex is not null)
                    _annex.Sections[_annex.Sections.Count - 1].Entries.Add(entry);
                else if (_amendment?.Addition is { } addition)
                    addition.Entries.Add(entry);
                else
                    Missing(entry, "an entry", "an 'annexe', a 'partie' or an 'ajoute à'");
                break;
            case AmendmentSyntax amendment:
                CloseAll();
                _amendment = new OpenAmendment(amendment);
                break;
            case AdditionSyntax addition when Require(_amendment, addition, "'ajoute'", "an 'amendement par'"):
                _amendment!.CloseAddition();
                _amendment.Addition = new OpenAddition(addition);
                break;
            case AmendmentOperationSyntax operation when Require(_amendment, operation, "a change", "an 'amendement par'"):
                _amendment!.CloseAddition();
                _amendment.Operations.Add(operation);
                break;
            case DerogationSyntax derogation:
                CloseAll();
                _derogation = new OpenDerogation(derogation);
                break;
            case AuthorisationSyntax authorisation when Require(_derogation, authorisation, "'autorise'", "a 'dérogation'"):
                _derogation!.Authorisations.Add(authorisation);
                break;
        }
    }

    public ListingDocument Build()
    {
        CloseAll();
        return new ListingDocument(_path, _lists.ToEquatableArray(), _acts.ToEquatableArray(), _annexes.ToEquatableArray(),
            _amendments.ToEquatableArray(), _derogations.ToEquatableArray(), _counterIons.ToEquatableArray())
        {
            Regimes = _regimes.ToEquatableArray(),
        };
    }

    // Entries per list and annex in this file, wherever they are written: under the annex, reopened,
    // or in an 'ajoute' block.
    private readonly Dictionary<string, int> _entriesPerAnnex = new(System.StringComparer.Ordinal);

    private bool OverLimit(EntrySyntax entry)
    {
        var key = _annex is not null ? _annex.Key : _amendment?.Addition?.Key;
        if (key is null)
            return false;
        _entriesPerAnnex.TryGetValue(key, out var count);
        _entriesPerAnnex[key] = ++count;
        if (count <= ListingLimits.MaxEntriesPerAnnex)
            return false;
        if (count == ListingLimits.MaxEntriesPerAnnex + 1)
            _diagnostics.Add(SyntaxDiagnostics.LimitExceeded(entry.Span, "this annex has more entries than that", ListingLimits.MaxEntriesPerAnnex));
        return true;
    }

    private bool Require(object? container, StatementSyntax statement, string what, string containerName)
    {
        if (container is not null)
            return true;
        Missing(statement, what, containerName);
        return false;
    }

    private void Missing(StatementSyntax statement, string what, string container) =>
        _diagnostics.Add(SyntaxDiagnostics.MissingContainer(statement.Span, what, container));

    private void CloseAll()
    {
        if (_annex is not null)
        {
            _annexes.Add(_annex.Close());
            _annex = null;
        }
        if (_amendment is not null)
        {
            _amendments.Add(_amendment.Close());
            _amendment = null;
        }
        if (_derogation is not null)
        {
            _derogations.Add(_derogation.Close());
            _derogation = null;
        }
    }

    private sealed class OpenSection
    {
        public OpenSection(GroupingSyntax? header) => Header = header;

        public GroupingSyntax? Header { get; }

        public List<EntrySyntax> Entries { get; } = new();
    }

    private sealed class OpenAnnex
    {
        private readonly AnnexSyntax _header;

        public OpenAnnex(AnnexSyntax header)
        {
            _header = header;
            Sections.Add(new OpenSection(null));
        }

        public List<InclusionRuleSyntax> Rules { get; } = new();

        public List<OpenSection> Sections { get; } = new();

        public AsterisksUnknownSyntax? Asterisks { get; set; }

        public string Key => _header.ListId + "/" + _header.Id;

        public AnnexSyntax Close() => _header with
        {
            Rules = Rules.ToEquatableArray(),
            AsterisksUnknown = Asterisks,
            Sections = Sections
                .Where(s => s.Header is not null || s.Entries.Count > 0)
                .Select(s => new SectionSyntax(s.Header, s.Entries.ToEquatableArray()))
                .ToEquatableArray(),
        };
    }

    private sealed class OpenAddition
    {
        private readonly AdditionSyntax _header;

        public OpenAddition(AdditionSyntax header) => _header = header;

        public string Key => _header.Target.ListId + "/" + (_header.Target.AnnexId ?? "inconnue");

        public List<EntrySyntax> Entries { get; } = new();

        public AdditionSyntax Close() => _header with { Entries = Entries.ToEquatableArray() };
    }

    private sealed class OpenAmendment
    {
        private readonly AmendmentSyntax _header;

        public OpenAmendment(AmendmentSyntax header) => _header = header;

        public OpenAddition? Addition { get; set; }

        public List<AmendmentOperationSyntax> Operations { get; } = new();

        public void CloseAddition()
        {
            if (Addition is null)
                return;
            Operations.Add(Addition.Close());
            Addition = null;
        }

        public AmendmentSyntax Close()
        {
            CloseAddition();
            return _header with { Operations = Operations.ToEquatableArray() };
        }
    }

    private sealed class OpenDerogation
    {
        private readonly DerogationSyntax _header;

        public OpenDerogation(DerogationSyntax header) => _header = header;

        public List<AuthorisationSyntax> Authorisations { get; } = new();

        public DerogationSyntax Close() => _header with { Authorisations = Authorisations.ToEquatableArray() };
    }
}
