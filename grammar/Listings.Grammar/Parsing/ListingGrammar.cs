using System;
using System.Collections.Generic;
using System.Linq;
using Listings.Grammar.Syntax;
using Listings.Grammar.Text;
using Listings.Runtime;
using Sprache;
using static Listings.Grammar.Parsing.Combinators;

namespace Listings.Grammar.Parsing;

/// <summary>
/// The statements of the language (see grammar/LANGUAGE.md, whose EBNF this follows rule by rule).
/// Made once per thread (<see cref="ListingParser"/>): its token parsers carry the path of the file being read and its failure tracker.
/// </summary>
internal sealed class ListingGrammar
{
    public Tokens Tokens => _t;

    /// <summary>The words that open a statement, as LANGUAGE.md writes them; the parser resumes at one of them after an error.</summary>
    public static readonly string[] StatementKeywordsAsWritten =
    {
        "liste", "acte", "annexe", "partie", "tableau", "groupe", "comprend", "astérisques",
        "amendement", "ajoute", "retire", "transfère", "modifie", "dérogation", "autorise", "contre-ions", "régime",
    };

    private static readonly string[] StatementKeywords = System.Array.ConvertAll(StatementKeywordsAsWritten, TextFolding.Fold);

    private readonly Tokens _t;

    public ListingGrammar(Tokens tokens)
    {
        _t = tokens;
        Statement = BuildStatement();
    }

    public Parser<StatementSyntax> Statement { get; }

    public static bool StartsStatement(IInput input)
    {
        var at = Tokens.SkipTrivia(input);
        return Tokens.IsBulletAt(at) || (Tokens.PeekWord(at) is { } word && Array.IndexOf(StatementKeywords, word) >= 0);
    }

    private Parser<string> K(string keyword) => _t.Keyword(keyword);

    private Parser<string> P(string phrase) => _t.Phrase(phrase);

    private Parser<string>? _comma;

    private Parser<string> Comma => _comma ??= _t.Punctuation(',');

    private static Parser<T> OneOf<T>(params Parser<T>[] parsers) => parsers.Aggregate((a, b) => a.Or(b));

    private Parser<string>? _article;

    private Parser<string> Article => _article ??= OneOf(K("les"), K("leurs"), K("ses"), K("son"), K("sa"), K("la"), K("le"));

    private Parser<IOption<string>>? _optionalArticle;

    private Parser<IOption<string>> OptionalArticle => _optionalArticle ??= Article.Optional();

    private Parser<IOption<string>>? _whereTheyExist;

    private Parser<IOption<string>> WhereTheyExist => _whereTheyExist ??=
        P("dans tous les cas où ils peuvent exister").Optional();

    private Parser<ActRef>? _actId;

    private Parser<ActRef> ActId => _actId ??=
        _t.Mark.Select(m => new ActRef(m.Value, null, m.Span))
            .Or(_t.Spanned(_t.Identifier).Select(i => new ActRef(null, i.Value, i.Span)));

    private Parser<NoteSyntax>? _note;

    private Parser<NoteSyntax> Note => _note ??=
        from note in _t.Spanned(Seq(
            OneOf(
                K("texte").Return(new { Kind = NoteKind.Text, Id = (string?)null }),
                K("défaut").Return(new { Kind = NoteKind.Defect, Id = (string?)null }),
                K("lecture").Return(new { Kind = NoteKind.Reading, Id = (string?)null }),
                Seq(K("accepte"), _t.DiagnosticId, (a, id) => new { Kind = NoteKind.Acceptance, Id = (string?)id })),
            _t.String,
            (kind, content) => new { kind, content }))
        select new NoteSyntax(note.Value.kind.Kind, note.Value.content, note.Span) { DiagnosticId = note.Value.kind.Id };

    private Parser<Boxed<Route>>? _route;

    private Parser<Boxed<Route>> Route => _route ??= OneOf(
        K("injectables").Is(Syntax.Route.Injectable),
        P("autres qu'injectables").Is(Syntax.Route.OtherThanInjectable),
        K("orales").Is(Syntax.Route.Oral));

    private Parser<ListRefSyntax>? _listRef;

    private Parser<ListRefSyntax> ListRef => _listRef ??=
        from r in _t.Spanned(Seq(
            _t.Identifier,
            AnnexKindP,
            _listRefId ??= _t.AnnexId.Select(i => (string?)i).Or(K("inconnue").Return((string?)null)),
            (list, kind, id) => new { list, kind, id }))
        select new ListRefSyntax(r.Value.list, r.Value.kind.Value, r.Value.id, r.Span);

    private Parser<string?>? _listRefId;

    private Parser<Boxed<AnnexKind>>? _annexKind;

    private Parser<Boxed<AnnexKind>> AnnexKindP => _annexKind ??= K("annexe").Is(AnnexKind.Annexe).Or(K("partie").Is(AnnexKind.Partie));

    private Parser<IEnumerable<NoteSyntax>>? _notes;

    private Parser<IEnumerable<NoteSyntax>> Notes => _notes ??= Note.Many();

    // ---- statements -------------------------------------------------------------------------

    /// <summary>
    /// A statement. Each opens with its own word (<see cref="StatementKeywordsAsWritten"/>) or an entry's
    /// bullet, so the one the first token names is the only one that can be read there: it alone is
    /// tried. The others would fail at that token, where a failure is reported as "expected a statement"
    /// whatever they expected; where no statement opens, all are tried, as before.
    /// </summary>
    private Parser<StatementSyntax> BuildStatement()
    {
        Parser<StatementSyntax> list = List(), act = Act(), annex = Annex(), table = Table(), group = Group(), rule = Rule(),
            asterisks = Asterisks(), entry = Entry(), amendment = Amendment(), addition = Addition(), removal = Removal(),
            transfer = Transfer(), modification = Modification(), derogation = Derogation(), authorisation = Authorisation(),
            counterIons = CounterIons(), regime = Regime();
        var any = OneOf(
            list, act, annex, table, group, rule, asterisks, entry,
            amendment, addition, removal, transfer, modification, derogation, authorisation, counterIons, regime);
        var byWord = new Dictionary<string, Parser<StatementSyntax>>(StringComparer.Ordinal);
        var opened = new[]
        {
            list, act, annex, annex, table, group, rule, asterisks,
            amendment, addition, removal, transfer, modification, derogation, authorisation, counterIons, regime,
        };
        for (var i = 0; i < StatementKeywords.Length; i++)
            byWord.Add(StatementKeywords[i], opened[i]);
        return input =>
        {
            var start = (ListingInput)Tokens.SkipTrivia(input);
            if (Tokens.IsBulletAt(start))
                return entry(input);
            return start.FoldedWord is { } word && byWord.TryGetValue(word, out var statement) ? statement(input) : any(input);
        };
    }

    /// <summary>Wraps a statement body: gives it its span and the notes that close it.</summary>
    private Parser<StatementSyntax> Stmt<T>(Parser<T> body, Func<T, EquatableArray<NoteSyntax>, SourceSpan, StatementSyntax> make) =>
        from located in _t.Spanned(Seq(
            body,
            Notes,
            (value, notes) => new { value, notes = notes.ToEquatableArray() }))
        select make(located.Value.value, located.Value.notes, located.Span);

    private Parser<StatementSyntax> List() => Stmt(
        Seq(
            K("liste"),
            _t.Identifier,
            _t.String,
            Seq(P("fixée par"), ActId, (f, act) => act).Optional(),
            Seq(P("consolidée jusqu'à"), ActId, (c, act) => act).Optional(),
            (_, id, title, founder, consolidated) => new { id, title, founder = founder.GetOrDefault(), consolidated = consolidated.GetOrDefault() }),
        (v, notes, span) => new ListSyntax(v.id, v.title, v.founder, notes, span) { ConsolidatedUpTo = v.consolidated });

    /// <summary>One clause of an act: exactly one of the three is set.</summary>
    private sealed record ActClauseValue(LegalDate? Published, EntryIntoForceSyntax? InForce, UnknownContentSyntax? Unknown);

    private Parser<ActClauseValue>? _actClause;

    private Parser<ActClauseValue> ActClause => _actClause ??=
        OneOf(
            from located in _t.Spanned(Seq(
                P("contenu inconnu"),
                Seq(
                    K("pour"),
                    _t.Identifier,
                    Seq(Comma.Select(_ => "").Or(K("et")), _t.Identifier, (sep, list) => list).Many(),
                    (pour, first, rest) => new[] { first }.Concat(rest).ToEquatableArray()).Optional(),
                (_, lists) => lists.GetOrElse(EquatableArray<string>.Empty)))
            select new ActClauseValue(null, null, new UnknownContentSyntax(located.Value, located.Span)),
            Seq(
                K("JO"),
                _joDate ??= K("du").Then(_ => _t.Date).Or(_t.Spanned(K("inconnu")).Select(u => LegalDate.Unknown(u.Span))),
                (_, date) => new ActClauseValue(date, null, null)),
            from located in _t.Spanned(Seq(
                P("en vigueur"),
                _entryIntoForce ??= OneOf(
                    P("le lendemain de la publication").Return(new EntryIntoForceValue(EntryIntoForceKind.DayAfterPublication, null)),
                    K("le").Then(_ => _t.Date).Select(d => new EntryIntoForceValue(EntryIntoForceKind.Date, d)),
                    P("à une date inconnue").Return(new EntryIntoForceValue(EntryIntoForceKind.Unknown, null))),
                (_, eif) => eif))
            select new ActClauseValue(null, new EntryIntoForceSyntax(located.Value.Kind, located.Value.Date, located.Span), null));

    private Parser<LegalDate>? _joDate;

    private sealed record EntryIntoForceValue(EntryIntoForceKind Kind, LegalDate? Date);

    private Parser<EntryIntoForceValue>? _entryIntoForce;

    private Parser<IOption<string>>? _numbering;

    private Parser<Boxed<ActKind>>? _actKind;

    private Parser<IEnumerable<ActClauseValue>>? _actClauses;

    private Parser<StatementSyntax> Act() => Stmt(
        Seq(
            K("acte"),
            ActId,
            _numbering ??= K("de").Then(_ => _t.Identifier).Optional(),
            _t.Punctuation(':'),
            _actKind ??= OneOf(
                K("arrêté").Is(ActKind.Arrete),
                K("décret").Is(ActKind.Decret),
                K("décision").Is(ActKind.Decision)),
            K("du"),
            _t.Date,
            _t.String,
            _actClauses ??= ActClause.Many(),
            (_, id, numbering, colon, kind, du, signed, title, clauses) => new { id, numbering = numbering.GetOrDefault(), kind, signed, title, clauses = clauses.ToList() }),
        (v, notes, span) => new ActSyntax(
            v.id, v.numbering, v.kind.Value, v.signed, v.title,
            v.clauses.LastOrDefault(c => c.Published is not null)?.Published,
            v.clauses.LastOrDefault(c => c.InForce is not null)?.InForce,
            notes, span)
        {
            UnknownContent = v.clauses.LastOrDefault(c => c.Unknown is not null)?.Unknown,
        });

    private Parser<StatementSyntax> Annex() => Stmt(
        Seq(
            AnnexKindP,
            _t.AnnexId,
            K("de"),
            _t.Identifier,
            (kind, id, de, list) => new { kind, id, list }),
        (v, notes, span) => new AnnexSyntax(v.kind.Value, v.id, v.list, EquatableArray<InclusionRuleSyntax>.Empty, null,
            EquatableArray<SectionSyntax>.Empty, notes, span));

    private Parser<StatementSyntax> Table() => Stmt(
        Seq(
            K("tableau"),
            _t.AnnexId,
            P("de la convention de"),
            _t.WordExcept("the convention's name (Vienne)"),
            (_, id, de, convention) => new { id, convention }),
        (v, notes, span) => new TableSyntax(v.id, v.convention, notes, span));

    private Parser<IOption<ExtensionSyntax>>? _groupExtension;

    private Parser<IEnumerable<Located<int>>>? _marks;

    private Parser<IEnumerable<Located<int>>> Marks => _marks ??= _t.Mark.Many();

    private Parser<StatementSyntax> Group() => Stmt(
        Seq(
            K("groupe"),
            _t.String,
            _groupExtension ??= K("avec").Then(_ => Forms).Optional(),
            Marks,
            (_, title, extension, marks) => new { title, extension = extension.GetOrDefault(), marks = marks.Select(m => m.Value).ToEquatableArray() }),
        (v, notes, span) => new GroupSyntax(v.title, v.extension, v.marks, notes, span));

    private sealed record RuleBody(
        RuleKind Kind,
        bool UnlessExpresslyExcepted = false,
        bool OnlyEntriesWithAsterisk = false,
        bool UnlessListedInAnotherAnnex = false,
        SaltBase[]? SaltsOf = null,
        PreparationScope Preparations = PreparationScope.All);

    private Parser<Boxed<SaltBase>>? _saltBaseP;

    private Parser<Boxed<SaltBase>> SaltBaseP => _saltBaseP ??= OneOf(
        K("substances").Is(SaltBase.Substances),
        K("isomères").Is(SaltBase.Isomers),
        K("esters").Is(SaltBase.Esters),
        K("éthers").Is(SaltBase.Ethers));

    private Parser<RuleBody>? _ruleBodyP;

    private Parser<RuleBody> RuleBodyP => _ruleBodyP ??= OneOf(
        Seq(
            K("substances").Or(K("produits")),
            K("ci-après"),
            OneOf(K("désignées"), K("désignés"), K("énumérées"), K("énumérés")),
            (_, after, verb) => new RuleBody(RuleKind.Substances)),
        Seq(
            K("isomères"),
            Comma.Optional(),
            P("sauf exception expresse").Optional(),
            (_, comma, unless) => new RuleBody(RuleKind.Isomers, UnlessExpresslyExcepted: unless.IsDefined)),
        Seq(
            K("stéréo-isomères"),
            P("pour les substances précédées d'un astérisque").Optional(),
            (_, only) => new RuleBody(RuleKind.StereoIsomers, OnlyEntriesWithAsterisk: only.IsDefined)),
        Seq(
            P("esters et éthers"),
            Comma.Optional(),
            P("à moins qu'ils ne soient inscrits à une autre annexe").Optional(),
            (_, comma, unless) => new RuleBody(RuleKind.EstersAndEthers, UnlessListedInAnotherAnnex: unless.IsDefined)),
        Seq(
            K("sels"),
            Seq(
                K("des"),
                SaltBaseP,
                Seq(Comma.Select(c => "").Or(K("et")), SaltBaseP, (sep, b) => b).Many(),
                (des, first, rest) => Values(first, rest)).Optional(),
            (_, of) => new RuleBody(RuleKind.Salts, SaltsOf: of.GetOrDefault())),
        Seq(
            K("préparations"),
            Comma.Optional(),
            OneOf(
                P("à l'exception de celles nommément désignées").Is(PreparationScope.AllExceptNamed),
                P("nommément désignées").Is(PreparationScope.OnlyNamed)).Optional(),
            (_, comma, scope) => new RuleBody(RuleKind.Preparations, Preparations: scope.IsDefined ? scope.Get().Value : PreparationScope.All)));

    private Parser<StatementSyntax> Rule() => Stmt(
        Seq(
            K("comprend"),
            OptionalArticle,
            RuleBodyP,
            WhereTheyExist,
            Marks,
            (_, article, body, exist, marks) => new { body, exist, marks = marks.Select(m => m.Value).ToEquatableArray() }),
        (v, notes, span) => new InclusionRuleSyntax(
            v.body.Kind, v.body.UnlessExpresslyExcepted, v.body.OnlyEntriesWithAsterisk, v.body.UnlessListedInAnotherAnnex,
            (v.body.SaltsOf ?? Array.Empty<SaltBase>()).ToEquatableArray(), v.body.Preparations, v.exist.IsDefined, v.marks, notes, span));

    private Parser<RegimeTargetSyntax>? _regimeTarget;

    private Parser<RegimeTargetSyntax> RegimeTarget => _regimeTarget ??=
        from located in _t.Spanned(Seq(
            OneOf(
                K("médicaments").Is(RegimeTargetKind.Medicines),
                P("certains médicaments").Is(RegimeTargetKind.CertainMedicines),
                K("produits").Is(RegimeTargetKind.Products),
                K("substances").Is(RegimeTargetKind.Substances)),
            _t.String,
            K("ou").Then(_ => _t.String).Many(),
            P("par voie").Then(_ => OneOf(K("orale").Is(Syntax.Route.Oral), K("injectable").Is(Syntax.Route.Injectable))).Optional(),
            (kind, first, rest, route) => new { kind, names = new[] { first }.Concat(rest).ToEquatableArray(), route = route.IsDefined ? route.Get().Value : (Route?)null }))
        select new RegimeTargetSyntax(located.Value.kind.Value, located.Value.names, located.Value.route, located.Span);

    private Parser<StatementSyntax> Regime() => Stmt(
        Seq(
            P("régime par"),
            ActId,
            _t.Punctuation(':'),
            OneOf(
                P("une partie de la réglementation des stupéfiants").Is(false),
                P("la réglementation des stupéfiants").Is(true)),
            RegimeTarget,
            Seq(Comma.Select(_ => "").Or(K("et")), RegimeTarget, (sep, target) => target).Many(),
            (_, act, colon, whole, first, rest) => new { act, whole, targets = new[] { first }.Concat(rest).ToEquatableArray() }),
        (v, notes, span) => new RegimeSyntax(v.act, v.whole.Value, v.targets, notes, span));

    private Parser<StatementSyntax> CounterIons() => Stmt(
        Seq(
            K("contre-ions"),
            _t.String,
            Comma.Then(_ => _t.String).Many(),
            (_, first, rest) => new { names = new[] { first }.Concat(rest).ToEquatableArray() }),
        (v, notes, span) => new CounterIonsSyntax(v.names, notes, span));

    private Parser<StatementSyntax> Asterisks() => Stmt(
        P("astérisques inconnus"),
        (_, notes, span) => new AsterisksUnknownSyntax(notes, span));

    // ---- entries ----------------------------------------------------------------------------

    private Parser<FormSyntax>? _form;

    private Parser<FormSyntax> Form => _form ??= BuildForm();

    private sealed record FormValue(FormKind Kind, Route? Route, Quoted? Description);

    private Parser<FormSyntax> BuildForm()
    {
        var route = Route.Optional();
        var form = OneOf(
                K("isomères").Return(new FormValue(FormKind.Isomers, null, null)),
                K("stéréo-isomères").Return(new FormValue(FormKind.StereoIsomers, null, null)),
                K("esters").Return(new FormValue(FormKind.Esters, null, null)),
                K("éthers").Return(new FormValue(FormKind.Ethers, null, null)),
                K("sels").Return(new FormValue(FormKind.Salts, null, null)),
                K("racémate").Return(new FormValue(FormKind.Racemate, null, null)),
                Seq(K("préparations"), route, (p, r) => new FormValue(FormKind.Preparations, r.IsDefined ? r.Get().Value : null, null)),
                _t.String.Select(s => new FormValue(FormKind.Described, null, s)));
        return from located in _t.Spanned(Seq(OptionalArticle, form, (article, f) => f))
            select new FormSyntax(located.Value.Kind, located.Value.Route, located.Value.Description, located.Span);
    }

    private Parser<ExtensionSyntax>? _forms;

    private Parser<ExtensionSyntax> Forms => _forms ??= BuildForms();

    private Parser<ExtensionSyntax> BuildForms()
    {
        var separator = OneOf(Comma.Select(_ => ""), K("et"), P("ainsi que"));
        var others = Seq(separator, Form, (sep, form) => form).Many();
        return from located in _t.Spanned(Seq(
                Form,
                others,
                WhereTheyExist,
                (first, rest, exist) => new { forms = new[] { first }.Concat(rest).ToEquatableArray(), exist }))
            select new ExtensionSyntax(located.Value.forms, located.Value.exist.IsDefined, located.Span);
    }

    private Parser<AmountSyntax>? _amount;

    private Parser<AmountSyntax> Amount => _amount ??= BuildAmount();

    private Parser<AmountSyntax> BuildAmount()
    {
        var quantityAndSubstance =
            Seq(_t.Quantity, K("de"), _t.String, (quantity, de, substance) => new { quantity, substance })
            .Or(
                // "sulfate d'amphétamine 0,005 g": the order the amphétamine exception prints.
                Seq(_t.String, _t.Quantity, (substance, quantity) => new { quantity, substance }));
        var inBase = P("en base").Optional();
        return from located in _t.Spanned(Seq(
                OneOf(P("au plus").Is(Bound.AtMost), P("au moins").Is(Bound.AtLeast)).Optional(),
                quantityAndSubstance,
                inBase,
                (bound, amount, asBase) => new { bound = bound.IsDefined ? bound.Get().Value : Bound.Exactly, amount.quantity, amount.substance, asBase = asBase.IsDefined }))
            select new AmountSyntax(located.Value.bound, located.Value.quantity, located.Value.substance, located.Value.asBase, located.Span);
    }

    private Parser<ExceptionSyntax>? _exception;

    private Parser<ExceptionSyntax> Exception => _exception ??= BuildException();

    private Parser<ExceptionSyntax> BuildException()
    {
        var qualifierP = _t.WordExcept("a qualifier such as dextrogyre", "ou").Optional();
        var orP = K("ou").Optional();
        var derivativeKind = K("éthers").Is(FormKind.Ethers).Or(K("esters").Is(FormKind.Esters));
        var listedIn = P("inscrits à l'annexe").Or(P("nommément mentionnés à l'annexe"));
        var preparation = K("préparations").Or(K("préparation"));
        var routeP = Route.Optional();
        var tabletsP = P("en comprimés").Optional();
        var basisP = K("unité").Return("unité").Or(K("comprimé").Return("comprimé"));
        var otherAmounts = Seq(Comma.Select(_ => "").Or(K("et")), Amount, (sep, a) => a).Many();
        var perUnitP = Seq(
            K("renfermant"),
            K("par"),
            basisP,
            Amount,
            otherAmounts,
            (r, par, basis, first, rest) => new { basis, amounts = new[] { first }.Concat(rest).ToEquatableArray() }).Optional();
        var externalList = P("de la liste externe").Then(_ => _t.String).Select(s => (Quoted?)s)
            .Or(P("d'un autre classement").Return((Quoted?)null));
        var externalP = _t.Spanned(Seq(K("relevant"), externalList, (r, list) => list)).Optional();
        return OneOf(
        from located in _t.Spanned(Seq(
            OptionalArticle,
            K("isomère"),
            qualifierP,
            orP,
            _t.String,
            (article, _, qualifier, ou, name) => new { qualifier = qualifier.GetOrDefault(), name }))
        select (ExceptionSyntax)new IsomerExceptionSyntax(located.Value.qualifier, located.Value.name, located.Span),
        from located in _t.Spanned(Seq(
            OptionalArticle,
            derivativeKind,
            listedIn,
            _t.AnnexId,
            (article, kind, _, annex) => new { kind, annex }))
        select (ExceptionSyntax)new DerivativeExceptionSyntax(located.Value.kind.Value, located.Value.annex, located.Span),
        from located in _t.Spanned(Seq(
            OptionalArticle,
            preparation,
            routeP,
            tabletsP,
            perUnitP,
            externalP,
            (article, _, route, tablets, perUnit, external) => new
            {
                route = route.IsDefined ? route.Get().Value : (Route?)null, tablets = tablets.IsDefined,
                perUnit = perUnit.GetOrDefault(),
                external = external.IsDefined ? new ExternalClassificationSyntax(external.Get().Value, external.Get().Span) : null,
            }))
        select (ExceptionSyntax)new PreparationExceptionSyntax(
            located.Value.route, located.Value.tablets, located.Value.perUnit?.basis,
            located.Value.perUnit?.amounts ?? EquatableArray<AmountSyntax>.Empty, located.Value.external, located.Span));
    }

    private Parser<Boxed<CitedKind>>? _citedKindP;

    private Parser<Boxed<CitedKind>> CitedKindP => _citedKindP ??= OneOf(
        K("dérivés").Is(CitedKind.Derivatives), K("dérivé").Is(CitedKind.Derivatives),
        K("plante").Is(CitedKind.Plant),
        K("genres").Is(CitedKind.Genera), K("genre").Is(CitedKind.Genera),
        K("intermédiaires").Is(CitedKind.Intermediates), K("intermédiaire").Is(CitedKind.Intermediates),
        K("produits").Is(CitedKind.Products));

    // An intermediate's letter, as the act prints it: "intermédiaires A (…) B (…) et C (…)".
    private Parser<string>? _citedLabel;

    private Parser<string> CitedLabel => _citedLabel ??= _t.Identifier.Where(i => i.Length <= 2);

    private Parser<CitedName>? _cited;

    private Parser<CitedName> Cited => _cited ??=
        Seq(_optionalLabel ??= CitedLabel.Optional(), _t.String, (label, name) => new CitedName(label.GetOrDefault(), name));

    private Parser<IOption<string>>? _optionalLabel;

    private Parser<IEnumerable<CitedName>>? _otherCited;

    private Parser<NamesClause>? _names;

    private Parser<NamesClause> Names => _names ??=
        from located in _t.Spanned(Seq(
            K("nomme"),
            CitedKindP,
            Cited,
            _otherCited ??= Seq(Comma.Select(_ => "").Or(K("et")), Cited, (sep, name) => name).Many(),
            (_, kind, first, rest) => new { kind, names = new[] { first }.Concat(rest).ToEquatableArray() }))
        select new NamesClause(located.Value.kind.Value, located.Value.names, located.Span);

    private Parser<EntryClauseSyntax>? _entryClause, _entryClauseBody;

    private Parser<EntryClauseSyntax> EntryClause => _entryClause ??=
        Seq(
            Comma.Optional(),
            _entryClauseBody ??= OneOf(
                _t.Mark.Select(m => (EntryClauseSyntax)new MarkClause(m.Value, m.Span)),
                _t.Spanned(Seq(_t.Punctuation('('), _t.String, _t.Punctuation(')'), (open, text, close) => text))
                    .Select(d => (EntryClauseSyntax)new DescriptionClause(d.Value, d.Span)),
                _t.Spanned(K("avec").Then(_ => Forms)).Select(e => (EntryClauseSyntax)new ExtensionClause(e.Value, e.Span)),
                _t.Spanned(K("sauf").Then(_ => Exception)).Select(e => (EntryClauseSyntax)new ExceptionClause(e.Value, e.Span)),
                _t.Spanned(P("autres que").Then(_ => _t.String)).Select(o => (EntryClauseSyntax)new OtherThanClause(o.Value, o.Span)),
                _t.Spanned(P("modifiée par").Then(_ => _t.Mark)).Select(m => (EntryClauseSyntax)new ModifiedByClause(m.Value.Value, m.Span)),
                _t.Spanned(K("sic").Then(_ => _t.String)).Select(s => (EntryClauseSyntax)new SicClause(s.Value, s.Span)),
                Names.Select(n => (EntryClauseSyntax)n),
                Note.Select(n => (EntryClauseSyntax)new NoteClause(n, n.Span))),
            (comma, clause) => clause);

    /// <summary>What follows an entry's name: an alias (<c>ou "…"</c>) or a name listed with it (<c>et "…"</c>).</summary>
    private sealed record NameTailValue(AliasSyntax? Alias, Quoted? CoListed);

    private Parser<NameTailValue>? _nameTail;

    private Parser<IOption<string>>? _chemical;

    private Parser<NameTailValue> NameTail => _nameTail ??= OneOf(
        Seq(
            K("ou"),
            _chemical ??= P("désignation chimique").Optional(),
            _t.String,
            (ou, chemical, name) => new NameTailValue(new AliasSyntax(name, chemical.IsDefined), null)),
        Seq(K("et"), _t.String, (et, name) => new NameTailValue(null, name)));

    private Parser<EntrySyntax>? _entryBody, _asteriskEntryBody;

    /// <summary>An entry's body, built once for each value of <paramref name="asterisk"/> (not at each entry).</summary>
    private Parser<EntrySyntax> EntryBody(bool asterisk) => asterisk
        ? _asteriskEntryBody ??= BuildEntryBody(true)
        : _entryBody ??= BuildEntryBody(false);

    private Parser<EntrySyntax> BuildEntryBody(bool asterisk)
    {
        var saltsP = P("ou ses sels").Optional();
        var receivedP = P("reçues de").Then(_ => ListRef).Optional();
        var clausesP = EntryClause.Many();
        var tailsP = NameTail.Many();
        return OneOf(
        Seq(
            K("préparations"),
            Route,
            K("renfermant"),
            _t.String,
            saltsP,
            receivedP,
            clausesP,
            (_, route, r, substance, salts, received, clauses) => (EntrySyntax)new PreparationEntrySyntax(asterisk, route.Value, substance,
                salts.IsDefined, received.GetOrDefault(), clauses.ToEquatableArray(), default!)),
        Seq(
            _t.String,
            tailsP,
            clausesP,
            (name, tails, clauses) => (EntrySyntax)new SubstanceEntrySyntax(asterisk, name, Aliases(tails), CoListed(tails),
                clauses.ToEquatableArray(), default!)));
    }

    /// <summary>The aliases among an entry's name tails (<c>ou "…"</c>), in order.</summary>
    private static EquatableArray<AliasSyntax> Aliases(IEnumerable<NameTailValue> tails)
    {
        List<AliasSyntax>? aliases = null;
        foreach (var tail in tails)
            if (tail.Alias is not null)
                (aliases ??= new List<AliasSyntax>()).Add(tail.Alias);
        return aliases is null ? EquatableArray<AliasSyntax>.Empty : aliases.ToEquatableArray();
    }

    /// <summary>The names listed with an entry's own (<c>et "…"</c>), in order.</summary>
    private static EquatableArray<Quoted> CoListed(IEnumerable<NameTailValue> tails)
    {
        List<Quoted>? names = null;
        foreach (var tail in tails)
            if (tail.CoListed is not null)
                (names ??= new List<Quoted>()).Add(tail.CoListed);
        return names is null ? EquatableArray<Quoted>.Empty : names.ToEquatableArray();
    }

    /// <summary>The values of a first item and the rest, in order (no LINQ over a value type: see <see cref="Boxed{T}"/>).</summary>
    private static T[] Values<T>(Boxed<T> first, IEnumerable<Boxed<T>> rest)
        where T : struct
    {
        var values = new List<Boxed<T>> { first };
        values.AddRange(rest);
        var result = new T[values.Count];
        for (var i = 0; i < result.Length; i++)
            result[i] = values[i].Value;
        return result;
    }

    private Parser<IOption<string>>? _asterisk;

    private Parser<StatementSyntax> Entry() =>
        from located in _t.Spanned(
            Seq(_t.Bullet, _asterisk ??= _t.Punctuation('*').Optional(), (bullet, asterisk) => asterisk)
                .Then(asterisk => EntryBody(asterisk.IsDefined)))
        select (StatementSyntax)(located.Value with { Span = located.Span });

    // ---- amendments and derogations -------------------------------------------------------------

    private Parser<StatementSyntax> Amendment() => Stmt(
        Seq(
            P("amendement par"),
            ActId,
            P("en vigueur le").Then(_ => _t.Date).Optional(),
            (_, act, inForce) => new { act, inForce = inForce.GetOrDefault() }),
        (v, notes, span) => new AmendmentSyntax(v.act, v.inForce, EquatableArray<AmendmentOperationSyntax>.Empty, notes, span));

    private Parser<StatementSyntax> Addition() => Stmt(
        Seq(P("ajoute à"), ListRef, (_, target) => target),
        (target, notes, span) => new AdditionSyntax(target, EquatableArray<EntrySyntax>.Empty, notes, span));

    private Parser<StatementSyntax> Removal() => Stmt(
        Seq(
            K("retire"),
            _t.String,
            K("de"),
            ListRef,
            (_, name, de, source) => new { name, source }),
        (v, notes, span) => new RemovalSyntax(v.name, v.source, notes, span));

    private Parser<StatementSyntax> Transfer() => Stmt(
        Seq(
            K("transfère"),
            _t.String,
            K("de"),
            ListRef,
            K("à"),
            ListRef,
            (_, name, de, source, a, to) => new { name, source, to }),
        (v, notes, span) => new TransferSyntax(v.name, v.source, v.to, notes, span));

    private Parser<StatementSyntax> Modification() => Stmt(
        Seq(
            K("modifie"),
            _t.String,
            K("de"),
            ListRef,
            _t.Punctuation(':'),
            EntryClause.Many(),
            (_, name, de, target, colon, clauses) => new { name, target, clauses = clauses.ToEquatableArray() }),
        (v, notes, span) => new ModificationSyntax(v.name, v.target, v.clauses, notes, span));

    private Parser<StatementSyntax> Derogation() => Stmt(
        Seq(
            P("dérogation par"),
            ActId,
            K("à"),
            _t.String,
            K("de"),
            ListRef,
            (_, act, a, substance, de, target) => new { act, substance, target }),
        (v, notes, span) => new DerogationSyntax(v.act, v.substance, v.target, EquatableArray<AuthorisationSyntax>.Empty, notes, span));

    private Parser<ConditionSyntax>? _condition;

    private Parser<ConditionSyntax> Condition => _condition ??= OneOf(
        from located in _t.Spanned(Seq(
            P("teneur en"),
            _t.String,
            P("au plus").Is(Bound.AtMost).Or(P("au moins").Is(Bound.AtLeast)),
            _t.Quantity,
            P("avec une tolérance de").Then(_ => _t.Quantity).Optional(),
            (_, substance, bound, threshold, tolerance) => new { substance, bound, threshold, tolerance = tolerance.IsDefined ? tolerance.Get() : null }))
        select (ConditionSyntax)new ContentConditionSyntax(located.Value.substance, located.Value.bound.Value, located.Value.threshold, located.Span)
        {
            Tolerance = located.Value.tolerance,
        },
        from located in _t.Spanned(Seq(
            P("inscrite au catalogue"),
            _t.String,
            K("ou").Then(_ => _t.String).Many(),
            (_, first, rest) => new[] { first }.Concat(rest).ToEquatableArray()))
        select (ConditionSyntax)new CatalogueConditionSyntax(located.Value, located.Span));

    private Parser<StatementSyntax> Authorisation() => Stmt(
        Seq(
            K("autorise"),
            _t.String,
            Names.Many(),
            Seq(
                K("si"),
                Condition,
                K("et").Then(_ => Condition).Many(),
                (si, first, rest) => new[] { first }.Concat(rest).ToEquatableArray()).Optional(),
            (_, subject, names, conditions) => new { subject, names = names.ToEquatableArray(), conditions = conditions.GetOrElse(EquatableArray<ConditionSyntax>.Empty) }),
        (v, notes, span) => new AuthorisationSyntax(v.subject, v.conditions, notes, span) { Names = v.names });
}
