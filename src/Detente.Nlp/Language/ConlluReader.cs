using System.Globalization;

namespace Detente.Nlp.Language;

/// <summary>Reads CoNLL-U files (Universal Dependencies), keeping words and multiword tokens, skipping empty nodes.</summary>
public static class ConlluReader
{
    /// <summary>Reads every sentence of the file at <paramref name="path"/>.</summary>
    /// <exception cref="FormatException">A line is malformed; the message names the file and line.</exception>
    public static List<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads every sentence from <paramref name="reader"/>; <paramref name="name"/> is used in error messages.</summary>
    public static List<ConlluSentence> Read(TextReader reader, string name)
    {
        var result = new List<ConlluSentence>();
        var builder = new SentenceBuilder();
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                builder.Flush(result);
                continue;
            }

            if (line[0] == '#')
            {
                builder.Comment(line);
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length != 10)
            {
                throw new FormatException($"{name}:{lineNumber}: expected 10 tab-separated columns, found {cols.Length}");
            }

            builder.Line(cols, name, lineNumber);
        }

        builder.Flush(result);
        return result;
    }

    private sealed class SentenceBuilder
    {
        private readonly List<string> _forms = [], _lemmas = [], _upos = [], _xpos = [], _rels = [];
        private readonly List<int> _heads = [];
        private readonly List<SurfaceToken> _tokens = [];
        private string? _id, _text;
        private bool _newDoc, _newPar;
        private int _multiEnd = -1;

        public void Comment(string line)
        {
            if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
            {
                _id = line[12..];
            }
            else if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                _text = line[9..];
            }
            else if (line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                _newDoc = true;
            }
            else if (line.StartsWith("# newpar", StringComparison.Ordinal))
            {
                _newPar = true;
            }
        }

        public void Line(string[] cols, string name, int lineNumber)
        {
            string id = cols[0];
            if (id.Contains('.', StringComparison.Ordinal))
            {
                return;
            }

            bool spaceAfter = !cols[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            int dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                int first = ParseInt(id[..dash], name, lineNumber), last = ParseInt(id[(dash + 1)..], name, lineNumber);
                _tokens.Add(new SurfaceToken(cols[1], first - 1, last - first + 1, spaceAfter));
                _multiEnd = last;
                return;
            }

            int index = ParseInt(id, name, lineNumber);
            if (index != _forms.Count + 1)
            {
                throw new FormatException($"{name}:{lineNumber}: word id {index} out of sequence");
            }

            _forms.Add(cols[1]);
            _lemmas.Add(cols[2]);
            _upos.Add(cols[3]);
            _xpos.Add(cols[4]);
            _heads.Add(cols[6] == "_" ? -1 : ParseInt(cols[6], name, lineNumber) - 1);
            _rels.Add(cols[7]);
            if (index > _multiEnd)
            {
                _tokens.Add(new SurfaceToken(cols[1], index - 1, 1, spaceAfter));
            }
        }

        public void Flush(List<ConlluSentence> into)
        {
            if (_forms.Count > 0)
            {
                into.Add(new ConlluSentence
                {
                    Id = _id,
                    Text = _text,
                    NewDocument = _newDoc,
                    NewParagraph = _newPar,
                    Forms = [.. _forms],
                    Lemmas = [.. _lemmas],
                    Upos = [.. _upos],
                    Xpos = [.. _xpos],
                    Heads = [.. _heads],
                    Relations = [.. _rels],
                    Tokens = [.. _tokens],
                });
            }

            _forms.Clear();
            _lemmas.Clear();
            _upos.Clear();
            _xpos.Clear();
            _heads.Clear();
            _rels.Clear();
            _tokens.Clear();
            _id = _text = null;
            _newDoc = _newPar = false;
            _multiEnd = -1;
        }

        private static int ParseInt(string s, string name, int lineNumber) =>
            int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw new FormatException($"{name}:{lineNumber}: '{s}' is not a word index");
    }
}
