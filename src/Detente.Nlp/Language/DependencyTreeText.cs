using System.Globalization;
using System.Text;
using Detente.Core.Model;

namespace Detente.Nlp.Language;

/// <summary>Renders a parsed sentence of a document as an indented text tree, one token per line.</summary>
public static class DependencyTreeText
{
    /// <summary>
    /// The tree of sentence <paramref name="sentence"/>: each line shows the relation, the form, the tags and the
    /// lemma, indented under its head ("root  said VERB/VBD say" then "  nsubj  Lavrov PROPN/NNP Lavrov" ...).
    /// </summary>
    public static string Render(Document document, int sentence)
    {
        var s = document.Sentences[sentence];
        var children = new Dictionary<int, List<int>>();
        var roots = new List<int>();
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            int h = document.Tokens[t].Head;
            if (h < s.FirstToken || h >= s.EndToken)
            {
                roots.Add(t);
            }
            else
            {
                if (!children.TryGetValue(h, out var list))
                {
                    children[h] = list = [];
                }

                list.Add(t);
            }
        }

        var sb = new StringBuilder();
        foreach (var r in roots)
        {
            Append(document, r, 0, children, sb);
        }

        return sb.ToString();
    }

    private static void Append(Document document, int t, int depth, Dictionary<int, List<int>> children, StringBuilder sb)
    {
        var token = document.Tokens[t];
        sb.Append(' ', depth * 2)
          .Append(token.Relation ?? "?").Append("  ")
          .Append(token.Form).Append(' ')
          .Append(token.Upos ?? "?").Append('/').Append(token.Xpos ?? "?").Append(' ')
          .Append(token.Lemma ?? "?")
          .Append(CultureInfo.InvariantCulture, $"  [{t}]")
          .Append('\n');
        if (children.TryGetValue(t, out var list))
        {
            foreach (var c in list)
            {
                Append(document, c, depth + 1, children, sb);
            }
        }
    }
}
