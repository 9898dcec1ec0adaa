using System.Globalization;

namespace Detente.Nlp.Language;

/// <summary>Writes sentences in CoNLL-U format (words only; FEATS and DEPS are left empty).</summary>
public static class ConlluWriter
{
    /// <summary>Writes <paramref name="sentences"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, IEnumerable<ConlluSentence> sentences)
    {
        foreach (var s in sentences)
        {
            if (s.Id is not null)
            {
                writer.Write("# sent_id = ");
                writer.WriteLine(s.Id);
            }

            if (s.Text is not null)
            {
                writer.Write("# text = ");
                writer.WriteLine(s.Text);
            }

            var spaceAfter = new bool[s.Length];
            Array.Fill(spaceAfter, true);
            foreach (var t in s.Tokens)
            {
                spaceAfter[t.FirstWord + t.WordCount - 1] = t.SpaceAfter;
            }

            for (int i = 0; i < s.Length; i++)
            {
                writer.WriteLine(string.Join('\t',
                    (i + 1).ToString(CultureInfo.InvariantCulture), s.Forms[i], s.Lemmas[i], s.Upos[i], s.Xpos[i], "_",
                    (s.Heads[i] + 1).ToString(CultureInfo.InvariantCulture), s.Relations[i], "_",
                    spaceAfter[i] ? "_" : "SpaceAfter=No"));
            }

            writer.WriteLine();
        }
    }
}
