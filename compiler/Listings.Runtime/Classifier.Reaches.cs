using System.Collections.Generic;

namespace Listings.Runtime;

/// <summary>One way a name reaches an entry, whatever the date: what <see cref="Classifier.Reaches"/> lists.</summary>
internal readonly struct NameReach
{
    internal NameReach(int entry, NameRole role, Via via, bool included, bool excepted)
    {
        Entry = entry;
        Role = role;
        Via = via;
        Included = included;
        Excepted = excepted;
    }

    /// <summary>The entry row (<see cref="Classifier.EntryTitle"/>).</summary>
    public int Entry { get; }

    /// <summary>The role of the name the reading went through.</summary>
    public NameRole Role { get; }

    public Via Via { get; }

    /// <summary>The entry's rules bring this form in (a salt where it includes salts…).</summary>
    public bool Included { get; }

    /// <summary>An exception of the entry takes it out (an isomer it excepts by name).</summary>
    public bool Excepted { get; }
}

public sealed partial class Classifier
{
    /// <summary>
    /// Every entry <paramref name="name"/> reaches, on any date, read exactly as <see cref="Classify(ClassificationQuery)"/>
    /// and <see cref="Quick(string, System.DateTime)"/> read it; with <paramref name="derivedOnly"/>, only as a salt, an isomer, an
    /// ester… (what else a listed name is). For tools that check listings: the analyzers' overlap checks.
    /// </summary>
    internal IReadOnlyList<NameReach> Reaches(string name, bool derivedOnly)
    {
        var sink = new CollectingSink(this, new List<NameReach>());
        _reader.Read(name, ref sink, derivedOnly);
        return sink.Reaches;
    }

    private struct CollectingSink : IReadingSink
    {
        private readonly Classifier _c;

        public CollectingSink(Classifier classifier, List<NameReach> reaches)
        {
            _c = classifier;
            Reaches = reaches;
            Found = 0;
        }

        public List<NameReach> Reaches { get; }

        public int Found { get; private set; }

        public bool Row(int row, NameRole role, ref Reading reading)
        {
            var forms = (FormFlags)_c._t.EntryForms[row];
            if (role == NameRole.ExceptedIsomer)
            {
                var salt = reading.Salt && (forms & FormFlags.Salts) != 0;
                Reaches.Add(new NameReach(row, role, reading.Via, reading.Direct || salt, excepted: true));
                return false;
            }
            Found++;
            Reaches.Add(new NameReach(row, role, reading.Via, Inclusion.Of(forms, reading),
                _c.ExceptedIsomer(row, reading) >= 0));
            return false;
        }
    }
}
