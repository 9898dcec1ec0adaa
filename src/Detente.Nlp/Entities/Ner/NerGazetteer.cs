using Detente.Knowledge;

namespace Detente.Nlp.Entities.Ner;

/// <summary>
/// Name lists for the NER features: folded word sequences with a set of kinds (person, organisation, place,
/// demonym, metonym). Taken from the knowledge base when a model is trained and stored inside the model, so a
/// model always sees the lists it was trained with. Immutable; safe to share across threads.
/// </summary>
public sealed class NerGazetteer
{
    /// <summary>Kind bits: from the knowledge base, then names seen in training data (PER, ORG, LOC).</summary>
    public const byte Person = 1, Organisation = 2, Place = 4, Demonym = 8, Metonym = 16, SeenPerson = 32, SeenOrganisation = 64, SeenPlace = 128;

    private readonly Dictionary<string, byte> _phrases;

    // The first word of every phrase with the most words of a phrase it begins, so most words cost one lookup.
    private readonly Dictionary<string, int> _firstWords = new(StringComparer.Ordinal);

    /// <summary>Wraps phrases (words separated by single spaces, as written) and their kind bits.</summary>
    public NerGazetteer(IEnumerable<KeyValuePair<string, byte>> phrases)
    {
        _phrases = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (phrase, kinds) in phrases)
        {
            var key = Key(Split(phrase));
            if (key.Length > 0)
            {
                _phrases[key] = (byte)(_phrases.GetValueOrDefault(key) | kinds);
                var words = key.Split(' ');
                _firstWords[words[0]] = Math.Max(_firstWords.GetValueOrDefault(words[0]), words.Length);
            }
        }
    }

    /// <summary>The phrases (folded) and their kinds, for saving.</summary>
    public IReadOnlyDictionary<string, byte> Phrases => _phrases;

    /// <summary>Names of states, capitals, demonyms, organisations, metonyms and people in the knowledge base.</summary>
    public static NerGazetteer FromKnowledgeBase(KnowledgeBase kb)
    {
        var list = new List<KeyValuePair<string, byte>>();
        void Add(IEnumerable<string> names, byte kind) => list.AddRange(names.Where(n => n.Length > 1).Select(n => KeyValuePair.Create(n, kind)));
        foreach (var s in kb.States)
        {
            Add([s.Name, .. s.Variants, .. s.Capitals], Place);
            Add(s.Demonyms, Demonym);
        }

        foreach (var o in kb.Organisations)
        {
            Add([o.Name, .. o.Aliases], Organisation);
        }

        foreach (var p in kb.People)
        {
            Add([p.Name, .. p.Variants, .. p.ShortForms], Person);
        }

        Add(kb.Metonyms.Select(m => m.Phrase), Metonym);
        return new NerGazetteer(list);
    }

    /// <summary>These lists plus the names tagged in <paramref name="sentences"/> (with the Seen kinds).</summary>
    public NerGazetteer With(IEnumerable<NerSentence> sentences)
    {
        var list = new List<KeyValuePair<string, byte>>(_phrases);
        foreach (var s in sentences)
        {
            foreach (var (start, end, type) in NerEvaluation.Spans(s.Tags))
            {
                byte kind = type switch { "PER" => SeenPerson, "ORG" => SeenOrganisation, _ => SeenPlace };
                list.Add(KeyValuePair.Create(string.Join(' ', s.Words[start..end]), kind));
            }
        }

        return new NerGazetteer(list);
    }

    /// <summary>
    /// The kind bits of the longest phrase covering each word (0 = none) and whether the word begins it. Matching
    /// ignores case ("malaysia"); the features pair the kinds with the word's capitalisation, so "us" can stay O.
    /// </summary>
    public void Mark(string[] words, byte[] kinds, bool[] begins)
    {
        Array.Clear(kinds);
        Array.Clear(begins);
        var folded = new string[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            folded[i] = TextFold.Fold(words[i]);
        }

        for (int i = 0; i < words.Length; i++)
        {
            if (!_firstWords.TryGetValue(folded[i], out int longest))
            {
                continue;
            }

            for (int length = Math.Min(longest, words.Length - i); length >= 1; length--)
            {
                if (_phrases.TryGetValue(string.Join(' ', folded, i, length), out var k))
                {
                    begins[i] = true;
                    for (int j = i; j < i + length; j++)
                    {
                        kinds[j] = k;
                    }

                    i += length - 1;
                    break;
                }
            }
        }
    }

    /// <summary>Splits a name into words the way the tokeniser does (spaces, hyphens and a final "'s" apart).</summary>
    private static List<string> Split(string phrase)
    {
        var words = new List<string>();
        foreach (var part in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = part;
            int hyphen;
            while ((hyphen = rest.IndexOf('-', StringComparison.Ordinal)) > 0 && hyphen < rest.Length - 1)
            {
                words.Add(rest[..hyphen]);
                words.Add("-");
                rest = rest[(hyphen + 1)..];
            }

            words.Add(rest);
        }

        return words;
    }

    private static string Key(List<string> words) => string.Join(' ', words.Select(TextFold.Fold));
}
