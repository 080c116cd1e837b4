using System;
using System.Collections.Generic;

namespace Listings.Runtime;

/// <summary>
/// The fixed engine over <see cref="ClassifierTables"/>: finds the entries a name reaches on a date
/// (by name, alias, salt, isomer, ester or ether), applies the annex rules, exceptions, hand-offs and
/// derogations, and explains the answer. It knows no substance itself: all of that is in the tables.
/// </summary>
public sealed partial class Classifier
{
    private readonly ClassifierTables _t;
    private readonly Dictionary<string, (int Start, int Count)> _names;
    private readonly List<int>[] _exceptionsByEntry;
    private readonly List<int>[] _authorisationsByEntry;

    public Classifier(ClassifierTables tables)
    {
        _t = tables ?? throw new ArgumentNullException(nameof(tables));
        _names = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < _t.NameKeys.Length;)
        {
            var start = i;
            while (i < _t.NameKeys.Length && string.Equals(_t.NameKeys[i], _t.NameKeys[start], StringComparison.Ordinal))
                i++;
            _names[_t.NameKeys[start]] = (start, i - start);
        }
        _exceptionsByEntry = GroupBy(_t.ExceptionEntry, _t.EntryTitles.Length);
        _authorisationsByEntry = GroupBy(_t.AuthorisationEntry, _t.EntryTitles.Length);
        _index = new NameIndex(_t.NameKeys);
        _fromDay = Days(_t.EntryFrom);
        _toDay = Days(_t.EntryTo);
        _headings = Headings();
        foreach (var forms in _t.EntryForms)
            _saltsOfDerivatives |= (forms & (int)(FormFlags.SaltsOfIsomers | FormFlags.SaltsOfEsters | FormFlags.SaltsOfEthers)) != 0;
    }

    public ClassifierTables Tables => _t;

    private static List<int>[] GroupBy(int[] owners, int count)
    {
        var groups = new List<int>[count];
        for (var i = 0; i < owners.Length; i++)
            (groups[owners[i]] ??= new List<int>()).Add(i);
        return groups;
    }

    public ClassificationAnswer Classify(ClassificationQuery query)
    {
        if (query is null)
            throw new ArgumentNullException(nameof(query));
        var key = TextFolding.NameKey(query.Name);
        var date = ToInt(query.On);
        var context = new Context(query, key, date);

        var direct = Lookup(key, date);
        var hasDirectSubstance = false;
        foreach (var (row, role) in direct)
            hasDirectSubstance |= role is (int)NameRole.Name or (int)NameRole.Alias;
        foreach (var (row, role) in direct)
        {
            switch ((NameRole)role)
            {
                case NameRole.ExceptedIsomer:
                    ExceptIsomer(context, row, key);
                    break;
                case NameRole.DerogationSubject:
                    Consider(context, row, Via.Name, subjectKey: key);
                    break;
                default:
                    Consider(context, row, role == (int)NameRole.Alias ? Via.Alias : Via.Name, subjectKey: null);
                    break;
            }
        }
        if (!hasDirectSubstance)
            ConsiderDerived(context, key, date);
        NoteAssumedEnd(context, key);

        var status = context.Classifications.Count > 0 ? ClassificationStatus.Listed
            : context.Exceptions.Exists(e => e.Applied) ? ClassificationStatus.Exempted
            : ClassificationStatus.NotListed;
        return new ClassificationAnswer(query.Name, query.On, status, context.Classifications, context.Exceptions, context.Notes);
    }

    private sealed class Context
    {
        public Context(ClassificationQuery query, string key, int date)
        {
            Query = query;
            Key = key;
            Date = date;
        }

        public ClassificationQuery Query { get; }

        public string Key { get; }

        public int Date { get; }

        public List<Classification> Classifications { get; } = new();

        public List<AppliedException> Exceptions { get; } = new();

        public List<AnswerNote> Notes { get; } = new();

        public HashSet<int> ClassifiedRows { get; } = new();

        public Dictionary<string, decimal>? PerUnitByKey { get; set; }

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
    }

    private List<(int Row, int Role)> Lookup(string key, int date)
    {
        var found = new List<(int, int)>();
        if (key.Length == 0 || !_names.TryGetValue(key, out var range))
            return found;
        for (var i = range.Start; i < range.Start + range.Count; i++)
        {
            var row = _t.NameEntries[i];
            if (InForce(row, date))
                found.Add((row, _t.NameRoles[i]));
        }
        return found;
    }

    private bool InForce(int row, int date) => _t.EntryFrom[row] <= date && date < _t.EntryTo[row];

    /// <summary>Salt, isomer, ester and ether names: strip what the name adds to a listed one, and look that up.</summary>
    private void ConsiderDerived(Context context, string key, int date)
    {
        foreach (var stem in _t.SaltStems)
        {
            var baseName = StripFrenchPrefix(key, stem)
                ?? (key.Length > stem.Length + 1 && key.EndsWith(" " + stem, StringComparison.Ordinal) ? key.Substring(0, key.Length - stem.Length - 1) : null);
            if (baseName is null)
                continue;
            ConsiderBase(context, baseName, date, Via.Salt);
            ConsiderSaltOfDerived(context, baseName, date);
        }
        foreach (var prefix in _t.IsomerPrefixes)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal) || key.Length <= prefix.Length)
                continue;
            var rest = key.Substring(prefix.Length).TrimStart(' ', '-');
            ConsiderBase(context, rest, date, Via.Isomer);
            // "dextrométhorphane" is an isomer of "lévométhorphane": the same stem under the other prefix.
            foreach (var other in _t.IsomerPrefixes)
                if (!string.Equals(other, prefix, StringComparison.Ordinal) && char.IsLetter(other[other.Length - 1]))
                    ConsiderBase(context, other + rest, date, Via.Isomer);
        }
        if (DerivativeBase(key, out var derivative) is { } derivedFrom)
            ConsiderBase(context, derivedFrom, date, derivative);
        if (StripFrenchPrefix(key, "racemate") is { } racemateOf)
            ConsiderBase(context, racemateOf, date, Via.Isomer, racemate: true);
        if (key.EndsWith(" racemique", StringComparison.Ordinal))
            ConsiderBase(context, key.Substring(0, key.Length - " racemique".Length), date, Via.Isomer, racemate: true);
    }

    /// <summary>
    /// "chlorhydrate de lévométhadone": the salt of an isomer, an ester or an ether of an entry, where
    /// its annex includes the salts of those ("les sels desdites substances, de leurs isomères, de
    /// leurs esters et éthers") as well as the isomers, esters or ethers themselves.
    /// </summary>
    private void ConsiderSaltOfDerived(Context context, string baseKey, int date)
    {
        foreach (var prefix in _t.IsomerPrefixes)
        {
            if (!baseKey.StartsWith(prefix, StringComparison.Ordinal) || baseKey.Length <= prefix.Length)
                continue;
            var rest = baseKey.Substring(prefix.Length).TrimStart(' ', '-');
            ConsiderBase(context, rest, date, Via.Isomer, saltOf: baseKey);
            foreach (var other in _t.IsomerPrefixes)
                if (!string.Equals(other, prefix, StringComparison.Ordinal) && char.IsLetter(other[other.Length - 1]))
                    ConsiderBase(context, other + rest, date, Via.Isomer, saltOf: baseKey);
        }
        if (DerivativeBase(baseKey, out var derivative) is { } derivedFrom)
            ConsiderBase(context, derivedFrom, date, derivative, saltOf: baseKey);
    }

    /// <param name="saltOf">For the salt of a derived name: that name (the isomer, ester or ether whose salt the query is).</param>
    private void ConsiderBase(Context context, string baseKey, int date, Via via, bool racemate = false, string? saltOf = null)
    {
        foreach (var (row, role) in Lookup(baseKey, date))
        {
            if (role is (int)NameRole.Name or (int)NameRole.Alias)
                Consider(context, row, via, subjectKey: null, racemate, saltOf);
            // "bromhydrate de dextrométhorphane": the salt of an isomer the entry excepts is excepted with it.
            else if (role == (int)NameRole.ExceptedIsomer && via == Via.Salt && (((FormFlags)_t.EntryForms[row]) & FormFlags.Salts) != 0)
                ExceptIsomer(context, row, baseKey);
        }
    }

    /// <summary>"chlorhydrate de cocaïne" → "cocaine"; "sulfate d'amphétamine", "ester de l'ecgonine" → the base.</summary>
    private static string? StripFrenchPrefix(string key, string stem)
    {
        if (!key.StartsWith(stem, StringComparison.Ordinal) || key.Length == stem.Length || key[stem.Length] != ' ')
            return null;
        return AfterPreposition(key.Substring(stem.Length + 1));
    }

    /// <summary>What follows "de ", "d'", "de l'", "de la ", "du " or "des ", or null.</summary>
    private static string? AfterPreposition(string rest)
    {
        foreach (var preposition in Prepositions)
            if (rest.StartsWith(preposition, StringComparison.Ordinal) && rest.Length > preposition.Length)
                return rest.Substring(preposition.Length);
        return null;
    }

    // Longest first: "de l'" before "de ".
    private static readonly string[] Prepositions = { "de la ", "de l'", "des ", "du ", "de ", "d'" };

    /// <summary>"ester méthylique de X", "éthers de X" → X, with the kind of derivative.</summary>
    private static string? DerivativeBase(string key, out Via via)
    {
        via = Via.Ester;
        string rest;
        if (key.StartsWith("ester", StringComparison.Ordinal))
            rest = key.Substring(5);
        else if (key.StartsWith("ether", StringComparison.Ordinal))
        {
            via = Via.Ether;
            rest = key.Substring(5);
        }
        else
            return null;
        if (rest.StartsWith("s", StringComparison.Ordinal))
            rest = rest.Substring(1);
        if (!rest.StartsWith(" ", StringComparison.Ordinal))
            return null;
        rest = rest.Substring(1);
        var space = rest.IndexOf(' ');
        if (space > 0 && rest.Substring(0, space).EndsWith("ique", StringComparison.Ordinal))
            rest = rest.Substring(space + 1);
        return AfterPreposition(rest);
    }

    private void ExceptIsomer(Context context, int row, string isomerKey)
    {
        foreach (var e in Exceptions(row))
            if (_t.ExceptionKinds[e] == (int)ExceptionKind.Isomer && _t.ExceptionNameKeys[e] == isomerKey)
                context.Except(Exception(row, e, applied: true));
    }

    private IEnumerable<int> Exceptions(int row) => _exceptionsByEntry[row] ?? (IEnumerable<int>)Array.Empty<int>();

    private void Consider(Context context, int row, Via via, string? subjectKey, bool racemate = false, string? saltOf = null)
    {
        var forms = (FormFlags)_t.EntryForms[row];
        if (!(racemate && (forms & FormFlags.Racemate) != 0) && !Includes(context, row, forms, via))
            return;
        if (saltOf is not null)
        {
            var salts = via switch
            {
                Via.Isomer => FormFlags.SaltsOfIsomers,
                Via.Ester => FormFlags.SaltsOfEsters,
                _ => FormFlags.SaltsOfEthers,
            };
            if ((forms & salts) == 0)
                return;
        }

        // An isomer the entry excepts by name is out, however it was reached (its salts with it).
        if (via == Via.Isomer)
        {
            foreach (var e in Exceptions(row))
                if (_t.ExceptionKinds[e] == (int)ExceptionKind.Isomer && _t.ExceptionNameKeys[e] == (saltOf ?? context.Key))
                {
                    context.Except(Exception(row, e, applied: true));
                    return;
                }
        }

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
            var excepted = false;
            foreach (var e in Exceptions(row))
            {
                var kind = (ExceptionKind)_t.ExceptionKinds[e];
                if (kind == ExceptionKind.External)
                {
                    context.Except(Exception(row, e, applied: false));
                    context.Note(List(row), $"{_t.EntryTitles[row]}: l'exception « {_t.ExceptionTexts[e]} » renvoie à un classement hors des listes; elle n'est pas évaluée.");
                    continue;
                }
                if (kind != ExceptionKind.Preparation || !PreparationMatches(context, e))
                    continue;
                excepted = true;
                context.Except(Exception(row, e, applied: true));
                var receiver = _t.ExceptionHandOff[e];
                // A list that receives the preparations of a substance receives those of its salts only when it says so ("ou ses sels").
                if (receiver >= 0 && InForce(receiver, context.Date) && (via != Via.Salt || (((FormFlags)_t.EntryForms[receiver]) & FormFlags.Salts) != 0))
                    Classify(context, receiver, Via.Preparation);
            }
            if (excepted)
                return;
            Classify(context, row, Via.Preparation);
            return;
        }
        Classify(context, row, saltOf is null ? via : Via.Salt);
    }

    /// <summary>Whether the annex rules (or the entry's own extensions) bring this form into the list.</summary>
    private bool Includes(Context context, int row, FormFlags forms, Via via)
    {
        switch (via)
        {
            case Via.Salt:
                return (forms & FormFlags.Salts) != 0;
            case Via.Isomer:
                if ((forms & FormFlags.Isomers) != 0)
                    return true;
                if ((forms & FormFlags.StereoIsomers) == 0)
                    return false;
                if ((forms & FormFlags.Asterisk) != 0)
                    return true;
                if ((forms & FormFlags.AsteriskUnknown) != 0)
                {
                    context.Note(List(row), $"{_t.EntryTitles[row]}: l'annexe ne comprend les stéréo-isomères que des substances marquées d'un astérisque, et l'astérisque de cette entrée est perdu dans le texte source.");
                    return true;
                }
                return false;
            case Via.Ester:
            case Via.Ether:
                if ((forms & (via == Via.Ester ? FormFlags.Esters : FormFlags.Ethers)) == 0)
                    return false;
                // "à moins qu'ils ne soient inscrits à une autre annexe": a derivative another annex names is that annex's.
                return (forms & FormFlags.DerivativesYieldToOtherAnnex) == 0 || !ListedInAnotherAnnex(context.Key, row, context.Date);
            default:
                return true;
        }
    }

    private bool ListedInAnotherAnnex(string key, int row, int date)
    {
        foreach (var (other, role) in Lookup(key, date))
            if (role is (int)NameRole.Name or (int)NameRole.Alias && _t.EntryAnnex[other] != _t.EntryAnnex[row])
                return true;
        return false;
    }

    private static bool NamedPreparationCovers(FormFlags forms, QueryRoute route) =>
        (forms & FormFlags.InjectablePreparations) != 0 && route == QueryRoute.Injectable;

    private bool PreparationMatches(Context context, int e)
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
        context.PerUnitByKey ??= KeyedPerUnit(context.Query);
        for (var a = start; a < start + count; a++)
        {
            if (!context.PerUnitByKey.TryGetValue(_t.AmountSubstanceKeys[a], out var given))
                return false;
            var limit = _t.AmountMilligrams[a];
            var ok = (AmountBound)_t.AmountBounds[a] switch
            {
                AmountBound.AtMost => given <= limit,
                AmountBound.AtLeast => given >= limit,
                AmountBound.Exactly => given == limit,
                _ => false,
            };
            if (!ok)
                return false;
        }
        return true;
    }

    private static Dictionary<string, decimal> KeyedPerUnit(ClassificationQuery query)
    {
        var keyed = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var pair in query.PerUnit)
            keyed[TextFolding.NameKey(pair.Key)] = pair.Value;
        return keyed;
    }

    /// <summary>
    /// A derogation applies when the query names what it authorises, or names the entry and the
    /// authorisation's subject is about that name ("variétés de Cannabis sativa L." for "cannabis"),
    /// and every condition holds with what the query says (a condition the query is silent on fails).
    /// </summary>
    private bool ApplyDerogations(Context context, int row, string? subjectKey)
    {
        var authorisations = _authorisationsByEntry[row];
        if (authorisations is null)
            return false;
        foreach (var a in authorisations)
        {
            var subject = _t.AuthorisationSubjectKeys[a];
            var concerned = subjectKey is not null
                ? string.Equals(subject, subjectKey, StringComparison.Ordinal)
                : ContainsWord(subject, context.Key);
            if (!concerned || context.Date < _t.AuthorisationFrom[a] || !ConditionsHold(context.Query, a))
                continue;
            context.Except(new AppliedException(List(row), Annex(row), _t.EntryTitles[row], _t.AuthorisationTexts[a], applied: true));
            return true;
        }
        return false;
    }

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

    private void Classify(Context context, int row, Via via)
    {
        if (!context.ClassifiedRows.Add(row))
            return;
        var acts = new List<ActReference>();
        var start = _t.EntryActsStart[row];
        for (var i = start; i < start + _t.EntryActsCount[row]; i++)
        {
            var act = _t.EntryActs[i];
            // An act that changed the entry later is not behind the answer for an earlier date.
            if (i > start && _t.ActInForce[act] > context.Date)
                continue;
            var assumed = _t.ActInForceAssumed[act];
            acts.Add(new ActReference(_t.ActLabels[act], _t.ActTitles[act], FromInt(_t.ActInForce[act]), assumed));
            if (assumed)
                context.Note(List(row), $"{_t.ActLabels[act]}: le texte ne donne pas la date d'entrée en vigueur; la date indiquée est la plus précoce possible.");
        }
        context.Classifications.Add(new Classification(List(row), AnnexKind(row), Annex(row), _t.EntryTitles[row], via, acts, _t.EntryLocations[row]));
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
    private void NoteAssumedEnd(Context context, string key)
    {
        if (key.Length == 0 || _t.EntryClosedBy.Length == 0 || !_names.TryGetValue(key, out var range))
            return;
        for (var i = range.Start; i < range.Start + range.Count; i++)
        {
            var row = _t.NameEntries[i];
            var act = _t.EntryClosedBy[row];
            if (act < 0 || !_t.ActInForceAssumed[act] || _t.EntryTo[row] > context.Date || _t.NameRoles[i] is not ((int)NameRole.Name or (int)NameRole.Alias))
                continue;
            context.Note(List(row), $"{_t.EntryTitles[row]} ({AnnexKind(row)} {Annex(row)}) : {_t.ActLabels[act]} y a mis fin à une date que le texte ne donne pas; la date retenue, le {new CalendarDay(_t.EntryTo[row]).French}, est la plus précoce possible.");
        }
    }

    public static int ToInt(DateTime date) => CalendarDay.Of(date).Value;

    public static DateTime? FromInt(int date) => new CalendarDay(date).ToDateTime();

    /// <summary>"2.5 mg", "2,5 mg", "0.0025 g", "25 µg" → milligrams; false for anything else (never a silent zero).</summary>
    public static bool TryParseMilligrams(string text, out decimal milligrams)
    {
        var ok = Mass.TryParse(text, out var mass);
        milligrams = ok ? mass.Milligrams : 0;
        return ok;
    }
}
