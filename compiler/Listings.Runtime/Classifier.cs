using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace Listings.Runtime;

/// <summary>
/// The fixed engine over <see cref="ClassifierTables"/>: finds the entries a name reaches on a date
/// (read as <see cref="NameReader"/> reads every name: by name, alias, salt, isomer, ester, ether, or a
/// name the entry cites), applies the annex rules, exceptions, hand-offs and derogations, and
/// explains the answer. It knows no substance itself: all of that is in the tables.
/// </summary>
public sealed partial class Classifier
{
    private readonly ClassifierTables _t;
    private readonly NameReader _reader;
    private readonly List<int>[] _exceptionsByEntry;
    private readonly List<int>[] _authorisationsByEntry;

    // Isomer exceptions: the excepted name's key and the configuration its prefix names.
    private readonly string[] _exceptionKeys;
    private readonly IsomerConfiguration[] _exceptionConfigurations;

    // Authorisations: their subject's key; per-unit amounts: their substance read as names.
    private readonly string[] _subjectKeys;
    private readonly string?[] _subjectKeysWithoutBotanist;
    private readonly AmountName[] _amountNames;

    /// <summary>
    /// A classifier over <paramref name="tables"/>, which it copies: changing the tables afterwards
    /// changes nothing it answers. Generated classifiers call this; applications use theirs.
    /// </summary>
    public Classifier(ClassifierTables tables)
        : this(tables, HashFilter.From)
    {
    }

    /// <summary>
    /// <paramref name="filterFrom"/>: from how many keys the name index and the headings have a
    /// <see cref="HashFilter"/> in front of them (the tests put one in front of small tables too).
    /// </summary>
    internal Classifier(ClassifierTables tables, int filterFrom)
    {
        _t = (tables ?? throw new ArgumentNullException(nameof(tables))).Copy();
        _reader = new NameReader(_t.NameKeys, _t.NameEntries, _t.NameRoles, _t.SaltStems, filterFrom);
        _exceptionsByEntry = GroupBy(_t.ExceptionEntry, _t.EntryTitles.Length);
        _authorisationsByEntry = GroupBy(_t.AuthorisationEntry, _t.EntryTitles.Length);
        _exceptionKeys = new string[_t.ExceptionNameKeys.Length];
        _exceptionConfigurations = new IsomerConfiguration[_exceptionKeys.Length];
        for (var e = 0; e < _exceptionKeys.Length; e++)
        {
            _exceptionKeys[e] = MatchKey.Of(_t.ExceptionNameKeys[e]);
            _exceptionConfigurations[e] = _t.ExceptionKinds[e] == (int)ExceptionKind.Isomer
                ? IsomerPrefixes.ConfigurationOf(_exceptionKeys[e]) : IsomerConfiguration.None;
        }
        _subjectKeys = Array.ConvertAll(_t.AuthorisationSubjectKeys, MatchKey.Of);
        _subjectKeysWithoutBotanist = Array.ConvertAll(_t.AuthorisationSubjectKeys,
            k => CitedNames.WithoutBotanist(k) is { } plain ? MatchKey.Of(plain) : null);
        _amountNames = Array.ConvertAll(_t.AmountSubstanceKeys, k => PerUnit.Read(k, _reader.KnownSalts));
        _entryFacts = EntryFacts(_t);
        _headings = Headings();
        _headingFilter = HeadingFilter(_headings.Keys, filterFrom);
    }

    /// <summary>The classifier's own copy of its tables (the compiler, the CLI and the tests read them; nothing writes them).</summary>
    internal ClassifierTables Tables => _t;

    private static List<int>[] GroupBy(int[] owners, int count)
    {
        var groups = new List<int>[count];
        for (var i = 0; i < owners.Length; i++)
            (groups[owners[i]] ??= new List<int>()).Add(i);
        return groups;
    }

    // The gathering of one answer, kept by the thread between answers (marked in use meanwhile, so a
    // classification asked from inside another gets its own).
    [ThreadStatic] private static Context? t_context;

    /// <inheritdoc/>
    public ClassificationAnswer Classify(ClassificationQuery query)
    {
        if (query is null)
            throw new ArgumentNullException(nameof(query));
        var heading = Heading(query.Name, out var positions);
        if (heading && positions != NoReading && NameAndDateOnly(query))
        {
            ref var slot = ref AsWrittenSlot((int)(positions >> 32), query.On);
            var parts = Volatile.Read(ref slot);
            if (parts is not null)
                return parts.Answer(query);
            var first = Explain(query, heading, positions);
            Interlocked.CompareExchange(ref slot, new AnswerParts(first), null);
            return first;
        }
        return Explain(query, heading, positions);
    }

    /// <summary>The answer gathered from the tables (<paramref name="heading"/>: the name is one, its rows at <paramref name="positions"/>).</summary>
    private ClassificationAnswer Explain(ClassificationQuery query, bool heading, long positions)
    {
        var context = t_context;
        if (context is null || context.InUse)
        {
            context = new Context();
            t_context ??= context;
        }
        context.Start(query);
        try
        {
            return Gather(context, query, heading, positions);
        }
        finally
        {
            // After an exception too: a context left in use would never serve this thread again.
            context.Clear();
        }
    }

    private ClassificationAnswer Gather(Context context, ClassificationQuery query, bool heading, long positions)
    {
        IReadOnlyList<RegimeApplication> regimes;
        if (heading && positions == NoReading)
        {
            // A heading that is no name ("préparations … renfermant …"): no reading of it reaches
            // anything, on any day (Quick answers it the same way), so nothing is gathered; only the
            // regimes read its words.
            var folded = context.Fold(query.Name, out var words, out var key);
            regimes = RegimesFor(context, folded, words, key);
        }
        else if (heading && _t.RegimeActs.Length <= 64 && AsWritten(context, positions, out var facts))
        {
            regimes = RegimesIn(context, facts.Regimes);
        }
        else
        {
            if (heading)
            {
                // Nothing in force as written: read it the whole way, from nothing gathered.
                context.Clear();
                context.Start(query);
            }
            var sink = new ExplainingSink(this, context);
            var folded = _reader.Read(query.Name, ref sink, derivedOnly: false, out var words, out var key);
            regimes = RegimesFor(context, folded, words, key);
        }

        var status = context.HasClassifications ? ClassificationStatus.Listed
            : context.Undetermined.Count > 0 ? ClassificationStatus.Undetermined
            : context.AnyApplied ? ClassificationStatus.Exempted
            : ClassificationStatus.NotListed;
        var answer = new ClassificationAnswer(query.Name, query.On, status, context.Classifications, Listed(context.Exceptions), Listed(context.Notes))
        {
            Undetermined = Listed(context.Undetermined),
            Incomplete = IncompleteOn(context.Date),
            Interpretations = Listed(context.Interpretations),
            Regimes = regimes,
        };
        return answer;
    }

    /// <summary>
    /// A heading asked exactly as the act prints it: its name rows (<paramref name="positions"/>, from
    /// the headings) given to the sink as the reader gives the rows of a name as written, with the
    /// heading's key. False when none of them names a substance in force: the reader would then go on
    /// to the derived readings, and so must the caller.
    /// </summary>
    private bool AsWritten(Context context, long positions, out HeadingFacts facts)
    {
        var first = (int)(positions >> 32);
        facts = HeadingFactsOf(context, context.Query.Name, first);
        var key = facts.Key;
        var reading = new Reading { Buffer = key, FullStart = 0, FullLength = key.Length, Direct = true, KeyStart = 0, KeyLength = key.Length };
        var sink = new ExplainingSink(this, context);
        for (var i = first; i < first + (int)positions; i++)
        {
            var role = _reader.RoleAt(i);
            if ((NameReader.Findable & (1 << (int)role)) == 0)
                continue;
            var r = reading;
            r.Core = NameReader.CoreOf(role);
            sink.Row(_reader.EntryAt(i), role, ref r);
        }
        return sink.Found > 0;
    }

    /// <summary>The answer's own copy of what was gathered (the context's lists are reused).</summary>
    private static IReadOnlyList<T> Listed<T>(List<T> items) => items.Count == 0 ? Array.Empty<T>() : items.ToArray();

    /// <summary>
    /// What one <see cref="Classify(ClassificationQuery)"/> gathers, reused by the thread's next
    /// answer. Most answers gather one classification and nothing else: that one is the shared list
    /// (<see cref="Classified"/>), and the answer copies only the lists that have something.
    /// </summary>
    private sealed class Context
    {
        private string? _wordsKey;
        private IReadOnlyList<Classification>? _single;
        private readonly List<Classification> _classifications = new();
        private readonly List<int> _rows = new();

        private DateTime? _on;

        public ClassificationQuery Query { get; private set; } = null!;

        /// <summary>Between <see cref="Start"/> and <see cref="Clear"/>.</summary>
        public bool InUse { get; private set; }

        /// <summary>Where the query's words may start (<see cref="RegimesFor"/>), reused.</summary>
        public int[] Starts = new int[32];

        private char[] _folded = new char[128];

        /// <summary>The query's words key and key, as the reader writes them (<see cref="NameReader.Read{TSink}(string, ref TSink, bool, out int, out int)"/>).</summary>
        public char[] Fold(string name, out int words, out int key)
        {
            var size = (name.Length * 2 + 1) * 2;
            if (_folded.Length < size)
                _folded = new char[size];
            words = TextFolding.NameKey(name, _folded);
            key = words == 0 ? 0 : MatchKey.Write(_folded, 0, words, _folded, words);
            return _folded;
        }

        /// <summary>The query folded, words kept apart (for derogation subjects that mention it).</summary>
        public string WordsKey => _wordsKey ??= TextFolding.NameKey(Query.Name);

        public int Date { get; private set; }

        public int Day { get; private set; }

        public bool HasClassifications => _single is not null || _classifications.Count > 0;

        /// <summary>The classifications, in the order found: the shared list when there is one, else the answer's own copy.</summary>
        public IReadOnlyList<Classification> Classifications =>
            _classifications.Count > 0 ? _classifications.ToArray() : _single ?? (IReadOnlyList<Classification>)Array.Empty<Classification>();

        public List<AppliedException> Exceptions { get; } = new();

        public List<AnswerNote> Notes { get; } = new();

        public List<UndeterminedClassification> Undetermined { get; } = new();

        public List<Interpretation> Interpretations { get; } = new();

        public List<(AmountName Name, decimal Milligrams, string Written)>? PerUnit { get; set; }

        public void Start(ClassificationQuery query)
        {
            InUse = true;
            Query = query;
            // A batch asks about one date, mostly: converted once.
            if (query.On != _on)
            {
                _on = query.On;
                Date = ToInt(query.On);
                Day = Classifier.Day(query.On);
            }
        }

        /// <summary>Forgets the answer gathered (and the query: the thread does not keep it alive).</summary>
        public void Clear()
        {
            Query = null!;
            InUse = false;
            _wordsKey = null;
            _single = null;
            _classifications.Clear();
            _rows.Clear();
            Exceptions.Clear();
            Notes.Clear();
            Undetermined.Clear();
            Interpretations.Clear();
            PerUnit = null;
        }

        public bool AnyApplied
        {
            get
            {
                foreach (var e in Exceptions)
                    if (e.Applied)
                        return true;
                return false;
            }
        }

        /// <summary>True the first time the entry row is classified for this query.</summary>
        public bool FirstTime(int row)
        {
            if (_rows.Contains(row))
                return false;
            _rows.Add(row);
            return true;
        }

        /// <summary>Adds the one classification <paramref name="one"/> holds (a shared list).</summary>
        public void Classified(IReadOnlyList<Classification> one)
        {
            if (_single is null && _classifications.Count == 0)
            {
                _single = one;
                return;
            }
            if (_single is not null)
            {
                _classifications.Add(_single[0]);
                _single = null;
            }
            _classifications.Add(one[0]);
        }

        /// <summary>Records an exception once, however many ways the query reached it.</summary>
        public void Except(AppliedException exception)
        {
            foreach (var e in Exceptions)
                if (e.Entry == exception.Entry && e.Annex == exception.Annex && e.List == exception.List && e.Text == exception.Text)
                    return;
            Exceptions.Add(exception);
        }

        public void Note(string list, string text)
        {
            foreach (var n in Notes)
                if (n.List == list && n.Text == text)
                    return;
            Notes.Add(new AnswerNote(list, text));
        }

        /// <summary>Records an undetermined entry once per entry and reason.</summary>
        public void Undetermine(UndeterminedClassification item)
        {
            foreach (var u in Undetermined)
                if (u.Entry == item.Entry && u.Annex == item.Annex && u.List == item.List && u.Reason == item.Reason)
                    return;
            Undetermined.Add(item);
        }

        /// <summary>Records the editor's reading an authorisation rests on, once.</summary>
        public void Interpret(Interpretation item)
        {
            foreach (var i in Interpretations)
                if (i.Act == item.Act && i.Entry == item.Entry && i.Reading == item.Reading)
                    return;
            Interpretations.Add(item);
        }
    }

    /// <summary>Collects every entry a reading reaches, with its explanation.</summary>
    private struct ExplainingSink : IReadingSink
    {
        private readonly Classifier _c;
        private readonly Context _context;

        public ExplainingSink(Classifier classifier, Context context)
        {
            _c = classifier;
            _context = context;
            Found = 0;
        }

        public int Found { get; private set; }

        public bool Row(int row, NameRole role, ref Reading reading)
        {
            if (!_c.InForceOnDay(row, _context.Day))
            {
                if (reading.Direct && role is NameRole.Name or NameRole.Alias)
                    _c.NoteAssumedEnd(_context, row);
                return false;
            }
            if (role == NameRole.ExceptedIsomer)
            {
                if (reading.Direct || (reading.Salt && (((FormFlags)_c._t.EntryForms[row]) & FormFlags.Salts) != 0))
                    _c.ExceptIsomer(_context, row, reading);
                return false;
            }
            Found++;
            _c.Consider(_context, row, role, reading);
            return false;
        }
    }

    private bool InForce(int row, int date) => _t.EntryFrom[row] <= date && date < _t.EntryTo[row];

    /// <summary>The isomer exceptions of the entry that take this reading out.</summary>
    private void ExceptIsomer(Context context, int row, in Reading reading)
    {
        foreach (var e in Exceptions(row))
            if (_t.ExceptionKinds[e] == (int)ExceptionKind.Isomer && reading.KeyIs(_exceptionKeys[e]))
                Except(context, row, e, reading.Via, Doubt.None);
    }

    /// <summary>
    /// An exception that takes the query out of an entry: applied, unless an act changed the entry
    /// after the date asked without the sources saying how (the exception may not have existed yet):
    /// then the entry is undetermined. True when the exception was applied.
    /// </summary>
    private bool Except(Context context, int row, int e, Via via, Doubt doubt)
    {
        if (!ChangedAfter(row, context.Date))
        {
            context.Except(Exception(row, e, applied: true));
            return true;
        }
        context.Except(Exception(row, e, applied: false));
        Undetermine(context, row, via, doubt | Doubt.ChangeUnknown, e);
        return false;
    }

    /// <summary>Whether an act changed the entry after <paramref name="date"/> without the sources saying how (shared with <see cref="Quick(string, DateTime)"/>).</summary>
    private bool ChangedAfter(int row, int date) =>
        row < _t.EntryModifiedBy.Length && _t.EntryModifiedBy[row] is var act && act >= 0 && _t.ActInForce[act] > date;

    /// <summary>What the entry row itself leaves open, whatever the reading: an inscription by an act the sources do not give.</summary>
    private Doubt RowDoubt(int row) => _entryFacts[4 * row + 3] != 0 ? Doubt.InscriptionUnknown : Doubt.None;

    /// <summary>
    /// Whether the entry's rules bring the reading in, and what the sources leave open about it (shared
    /// with <see cref="Quick(string, DateTime)"/>): a form a rule dated by a later act brings in is in doubt before that act.
    /// </summary>
    private bool Includes(int row, in Reading reading, out Doubt doubt)
    {
        var forms = Forms(row);
        if (!Inclusion.Of(forms, reading, out doubt))
        {
            var pending = row < _t.EntryPendingForms.Length ? (FormFlags)_t.EntryPendingForms[row] : FormFlags.None;
            if (pending == FormFlags.None || !Inclusion.Of(forms | pending, reading, out doubt))
                return false;
            doubt |= Doubt.RuleDatedByMark;
        }
        doubt |= RowDoubt(row);
        return true;
    }

    /// <summary>Records the entry as undetermined for the query, once per reason, worded by <see cref="Doubts"/>.</summary>
    private void Undetermine(Context context, int row, Via via, Doubt doubts, int exception = -1)
    {
        var annex = AnnexKind(row) + " " + Annex(row);
        foreach (var reason in Doubts.Each(doubts))
        {
            var (why, decide) = reason switch
            {
                Doubt.InscriptionUnknown => Doubts.InscriptionUnknown(_t.EntryTitles[row], _t.EntryUnknownMarks[row], List(row),
                    _t.EntryConsolidatedBy[row] is var c && c >= 0 ? _t.ActLabels[c] + " " + _t.ActTitles[c] : null,
                    _t.EntryConsolidatedBy[row] is var d && d >= 0 ? FromInt(_t.ActInForce[d]) : null),
                Doubt.RuleDatedByMark => Doubts.RuleDatedByMark(annex, (FormFlags)_t.EntryPendingForms[row],
                    ActLabel(_t.EntryPendingAct[row]), ActTitle(_t.EntryPendingAct[row]), ActDate(_t.EntryPendingAct[row])),
                Doubt.AsteriskLost => Doubts.AsteriskLost(annex),
                Doubt.SaltsOfIsomersUnstated => Doubts.SaltsOfIsomersUnstated(annex),
                _ => Doubts.ChangeUnknown(_t.EntryTitles[row], exception >= 0 ? _t.ExceptionTexts[exception] : "",
                    ActLabel(_t.EntryModifiedBy[row]), ActTitle(_t.EntryModifiedBy[row]), ActDate(_t.EntryModifiedBy[row])),
            };
            context.Undetermine(new UndeterminedClassification(List(row), AnnexKind(row), Annex(row), _t.EntryTitles[row], via, reason, why, decide, _t.EntryLocations[row]));
        }
    }

    private string ActLabel(int act) => act >= 0 ? _t.ActLabels[act] : "?";

    private string ActTitle(int act) => act >= 0 ? _t.ActTitles[act] : "?";

    private DateTime? ActDate(int act) => act >= 0 ? FromInt(_t.ActInForce[act]) : null;

    /// <summary>Whether an isomer exception of the entry takes this isomer reading out (shared with <see cref="Quick(string, DateTime)"/>).</summary>
    private int ExceptedIsomer(int row, in Reading reading)
    {
        if (reading.Core != Via.Isomer && !reading.OfIsomer)
            return -1;
        var exceptions = _exceptionsByEntry[row];
        if (exceptions is null)
            return -1;
        foreach (var e in exceptions)
            if (_t.ExceptionKinds[e] == (int)ExceptionKind.Isomer && ExceptedIsomers.Excepts(_exceptionKeys[e], _exceptionConfigurations[e], reading))
                return e;
        return -1;
    }

    private static readonly List<int> NoExceptions = new();

    /// <summary>The entry's exceptions (a list, so that a loop over them allocates no enumerator; nothing writes it).</summary>
    private List<int> Exceptions(int row) => _exceptionsByEntry[row] ?? NoExceptions;

    private void Consider(Context context, int row, NameRole role, in Reading reading)
    {
        var forms = (FormFlags)_t.EntryForms[row];
        if (!Includes(row, reading, out var doubt))
            return;
        // "à moins qu'ils ne soient inscrits à une autre annexe": a derivative another annex names is that annex's.
        if (Inclusion.YieldsToOtherAnnex(forms, reading) && ListedInAnotherAnnex(reading, row, context.Day))
            return;

        // An isomer the entry excepts by name is out, however it was reached.
        var excepted = ExceptedIsomer(row, reading);
        if (excepted >= 0)
        {
            Except(context, row, excepted, reading.Via, doubt);
            return;
        }

        // A name that is itself what an authorisation names (not the entry's own name) is matched to it exactly.
        var subjectKey = role is NameRole.Name or NameRole.Alias || !(reading.Direct || reading.Core == Via.Product) ? null : reading.Key;
        if (ApplyDerogations(context, row, subjectKey))
            return;

        var query = context.Query;
        if (query.IsPreparation)
        {
            if ((forms & FormFlags.NamedPreparationsOnly) != 0 && !NamedPreparationCovers(forms, query.Route))
            {
                context.Except(new AppliedException(List(row), Annex(row), _t.EntryTitles[row],
                    "seules les préparations nommément désignées relèvent de cette annexe", applied: true));
                return;
            }
            var exempted = false;
            foreach (var e in Exceptions(row))
            {
                var kind = (ExceptionKind)_t.ExceptionKinds[e];
                if (kind == ExceptionKind.External)
                {
                    context.Except(Exception(row, e, applied: false));
                    context.Note(List(row), $"{_t.EntryTitles[row]}: l'exception « {_t.ExceptionTexts[e]} » renvoie à un classement hors des listes; elle n'est pas évaluée.");
                    continue;
                }
                if (kind != ExceptionKind.Preparation || !PreparationMatches(context, row, e))
                    continue;
                exempted = true;
                if (!Except(context, row, e, Via.Preparation, doubt))
                    continue;
                var receiver = _t.ExceptionHandOff[e];
                // A list that receives the preparations of a substance receives those of its salts only when it says so ("ou ses sels").
                if (receiver >= 0 && InForce(receiver, context.Date) && (!reading.Salt || (((FormFlags)_t.EntryForms[receiver]) & FormFlags.Salts) != 0))
                    Classify(context, receiver, Via.Preparation, doubt | RowDoubt(receiver));
            }
            if (exempted)
                return;
            Classify(context, row, Via.Preparation, doubt);
            return;
        }
        Classify(context, row, reading.Via, doubt);
    }

    /// <summary>Whether another annex lists the whole query by name (shared with <see cref="Quick(string, DateTime)"/>).</summary>
    private bool ListedInAnotherAnnex(in Reading reading, int row, int day)
    {
        if (!_reader.TryFind(reading.Buffer, reading.FullStart, reading.FullLength, out var first, out var count))
            return false;
        for (var i = first; i < first + count; i++)
        {
            var entry = _reader.EntryAt(i);
            if (_reader.RoleAt(i) is NameRole.Name or NameRole.Alias && _t.EntryAnnex[entry] != _t.EntryAnnex[row] && InForceOnDay(entry, day))
                return true;
        }
        return false;
    }

    private static bool NamedPreparationCovers(FormFlags forms, QueryRoute route) =>
        (forms & FormFlags.InjectablePreparations) != 0 && route == QueryRoute.Injectable;

    private bool PreparationMatches(Context context, int row, int e)
    {
        var route = context.Query.Route;
        var routeOk = (PreparationRoute)_t.ExceptionRoutes[e] switch
        {
            PreparationRoute.Injectable => route == QueryRoute.Injectable,
            PreparationRoute.OtherThanInjectable => route is QueryRoute.Oral or QueryRoute.Other,
            PreparationRoute.Oral => route == QueryRoute.Oral,
            // A tablet is taken by mouth: an injectable or "other" preparation is not the excepted one.
            PreparationRoute.Tablets => route is QueryRoute.Oral or QueryRoute.Unspecified,
            _ => true,
        };
        if (!routeOk)
            return false;
        var start = _t.ExceptionAmountsStart[e];
        var count = _t.ExceptionAmountsCount[e];
        if (count == 0)
            return true;
        context.PerUnit ??= ReadPerUnit(context.Query);
        var holds = true;
        for (var a = start; a < start + count; a++)
        {
            var bound = (AmountBound)_t.AmountBounds[a];
            var act = _amountNames[a];
            // The quantity given for that substance in the same form, else in another form of it.
            (AmountName Name, decimal Milligrams, string Written)? given = null;
            foreach (var item in context.PerUnit)
                if (item.Name.BaseKey == act.BaseKey && (given is null || item.Name.Salt == act.Salt))
                    given = item;
            if (given is not { } found || bound == AmountBound.Unreadable)
                return false;
            var limit = _t.AmountMilligrams[a];
            var comparison = PerUnit.Compare(act, bound, limit, found.Name, found.Milligrams);
            if (comparison == AmountComparison.Fails)
                return false;
            if (act.Salt != found.Name.Salt)
                context.Note(List(row), AmountNote(e, a, found.Written, found.Milligrams, comparison));
            if (comparison == AmountComparison.Undecidable)
                holds = false;
        }
        return holds;
    }

    /// <summary>Why a quantity given in another form than the one the act counts did or did not meet the condition.</summary>
    private string AmountNote(int e, int a, string written, decimal milligrams, AmountComparison comparison)
    {
        static string Mg(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture).Replace('.', ',') + " mg";
        var bound = (AmountBound)_t.AmountBounds[a];
        var limit = (bound == AmountBound.AtLeast ? "au moins " : bound == AmountBound.AtMost ? "au plus " : "") + Mg(_t.AmountMilligrams[a]);
        var counted = $"« {_t.AmountSubstanceKeys[a]} »" + (_amountNames[a].IsSalt ? "" : " en base");
        var given = $"« {written} » {Mg(milligrams)}";
        if (comparison == AmountComparison.Holds)
            return _amountNames[a].IsSalt
                ? $"{given} : l'exception compte {counted} ; un sel pèse plus que la base qu'il contient, donc {Mg(milligrams)} de base en font davantage de sel : la condition « {limit} » est remplie."
                : $"{given} : l'exception compte {counted} ; un sel pèse plus que la base qu'il contient, donc {Mg(milligrams)} de sel en contiennent moins de base : la condition « {limit} » est remplie.";
        return $"{given} : l'exception « {_t.ExceptionTexts[e]} » compte {counted}, et la quantité donnée est d'une autre forme ; "
            + $"sans les masses molaires, que l'arrêté ne donne pas, la condition « {limit} » ne peut pas être vérifiée : l'exception n'est pas appliquée.";
    }

    private List<(AmountName, decimal, string)> ReadPerUnit(ClassificationQuery query)
    {
        var read = new List<(AmountName, decimal, string)>();
        foreach (var pair in query.PerUnit)
            read.Add((PerUnit.Read(pair.Key, _reader.KnownSalts), pair.Value, pair.Key));
        return read;
    }

    /// <summary>
    /// A derogation applies when the query names what it authorises (in any of its spellings), or names
    /// the entry and the authorisation's subject is about that name ("variétés de Cannabis sativa L."
    /// for "cannabis"), and every condition holds with what the query says (a condition the query is
    /// silent on fails).
    /// </summary>
    private bool ApplyDerogations(Context context, int row, string? subjectKey)
    {
        var authorisations = _authorisationsByEntry[row];
        if (authorisations is null)
            return false;
        foreach (var a in authorisations)
        {
            var concerned = subjectKey is not null
                ? string.Equals(_subjectKeys[a], subjectKey, StringComparison.Ordinal)
                  || string.Equals(_subjectKeysWithoutBotanist[a], subjectKey, StringComparison.Ordinal)
                : ContainsWord(_t.AuthorisationSubjectKeys[a], context.WordsKey);
            if (!concerned || context.Date < _t.AuthorisationFrom[a])
                continue;
            var query = context.Query;
            // The answer uses the derogation when the query names what it authorises or gives what its
            // conditions ask: it then rests on the editor's reading, if the listing marks one, and says so.
            if (subjectKey is not null || query.ThcPercent is not null || query.CatalogueVariety is not null)
                Interpret(context, row, a);
            if (!ConditionsHold(query, a))
                continue;
            context.Except(new AppliedException(List(row), Annex(row), _t.EntryTitles[row], _t.AuthorisationTexts[a], applied: true));
            return true;
        }
        return false;
    }

    /// <summary>
    /// Records the editor's reading an authorisation rests on; and, for a content within the act's
    /// measurement tolerance of the ceiling, a note that cites the tolerance (the ceiling itself stays
    /// the act's: the act does not say that a result within the tolerance is authorised).
    /// </summary>
    private void Interpret(Context context, int row, int a)
    {
        if (a < _t.AuthorisationReadings.Length && _t.AuthorisationReadings[a].Length > 0)
        {
            var act = _t.AuthorisationAct[a] >= 0 ? _t.ActLabels[_t.AuthorisationAct[a]] : "";
            context.Interpret(new Interpretation(List(row), Annex(row), _t.EntryTitles[row], act, _t.AuthorisationReadings[a],
                _t.AuthorisationReadingWords[a].Length == 0 ? Array.Empty<string>() : _t.AuthorisationReadingWords[a].Split('\n')));
        }
        var max = _t.AuthorisationMaxPercent[a];
        var tolerance = a < _t.AuthorisationTolerancePercent.Length ? _t.AuthorisationTolerancePercent[a] : -1;
        if (max >= 0 && tolerance >= 0 && context.Query.ThcPercent is { } thc && Math.Abs(thc - max) <= tolerance)
            context.Note(List(row), $"{_t.EntryTitles[row]} : une teneur de {Percent(thc)} est à {Percent(tolerance)} ou moins du plafond de {Percent(max)} ; "
                + $"l'arrêté dit que le résultat de sa méthode « est affecté d'une tolérance de {Percent(tolerance)} en valeur absolue » : "
                + $"le plafond appliqué reste {Percent(max)}, l'arrêté ne disant pas qu'un résultat dans la tolérance est autorisé.");
    }

    private static string Percent(decimal value) => value.ToString("0.00##", CultureInfo.InvariantCulture).Replace('.', ',') + " %";

    private static bool ContainsWord(string text, string word)
    {
        var index = text.IndexOf(word, StringComparison.Ordinal);
        while (index >= 0)
        {
            var before = index == 0 || !char.IsLetterOrDigit(text[index - 1]);
            var end = index + word.Length;
            var after = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
                return true;
            index = text.IndexOf(word, index + 1, StringComparison.Ordinal);
        }
        return false;
    }

    private bool ConditionsHold(ClassificationQuery query, int a)
    {
        var max = _t.AuthorisationMaxPercent[a];
        if (max >= 0 && !(query.ThcPercent is { } thc && thc <= max))
            return false;
        return !_t.AuthorisationRequiresCatalogue[a] || query.CatalogueVariety == true;
    }

    private void Classify(Context context, int row, Via via, Doubt doubt)
    {
        if (doubt != Doubt.None)
        {
            Undetermine(context, row, via, doubt);
            return;
        }
        if (!context.FirstTime(row))
            return;
        // The acts behind the entry on the date: the inscription, and the later acts in force by then.
        // Those are the acts whose day is on or before the date, so how many there are says which they
        // are: the classification is the shared one for that count (Classified).
        var start = _t.EntryActsStart[row];
        var later = 0;
        for (var i = start; i < start + _t.EntryActsCount[row]; i++)
        {
            var act = _t.EntryActs[i];
            // An act that changed the entry later is not behind the answer for an earlier date.
            if (i > start && _t.ActInForce[act] > context.Date)
                continue;
            if (i > start)
                later++;
            if (_t.ActInForceAssumed[act])
                context.Note(List(row), AssumedNote(act));
        }
        context.Classified(Classified(row, via, later, context.Date));
    }

    private AppliedException Exception(int row, int e, bool applied) =>
        new(List(row), Annex(row), _t.EntryTitles[row], _t.ExceptionTexts[e], applied);

    private string List(int row) => _t.AnnexLists[_t.EntryAnnex[row]];

    private string Annex(int row) => _t.AnnexIds[_t.EntryAnnex[row]];

    // Tables generated before annex kinds were recorded have none: "annexe", as they printed.
    private string AnnexKind(int row) => _t.EntryAnnex[row] < _t.AnnexKinds.Length ? _t.AnnexKinds[_t.EntryAnnex[row]] : "annexe";

    /// <summary>
    /// An entry this name reaches that an act ended on or before the date asked, where the text gives
    /// no date for that act: the answer rests on the earliest day the act could apply, and says so.
    /// </summary>
    private void NoteAssumedEnd(Context context, int row)
    {
        if (_t.EntryClosedBy.Length == 0)
            return;
        var act = _t.EntryClosedBy[row];
        if (act >= 0 && _t.ActInForceAssumed[act] && _t.EntryTo[row] <= context.Date)
            context.Note(List(row), $"{_t.EntryTitles[row]} ({AnnexKind(row)} {Annex(row)}) : {_t.ActLabels[act]} y a mis fin à une date que le texte ne donne pas; la date retenue, le {new CalendarDay(_t.EntryTo[row]).French}, est la plus précoce possible.");
    }

    internal static int ToInt(DateTime date) => CalendarDay.Of(date).Value;

    internal static DateTime? FromInt(int date) => new CalendarDay(date).ToDateTime();

    /// <summary>"2.5 mg", "2,5 mg", "0.0025 g", "25 µg" → milligrams; false for anything else (never a silent zero).</summary>
    internal static bool TryParseMilligrams(string text, out decimal milligrams)
    {
        var ok = Mass.TryParse(text, out var mass);
        milligrams = ok ? mass.Milligrams : 0;
        return ok;
    }
}
