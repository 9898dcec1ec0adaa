using System.Text;
using AngleSharp.Dom;

namespace Detente.Sources.Html;

/// <summary>
/// Turns a DOM subtree into plain text: whitespace collapsed inside blocks, one paragraph per block element,
/// paragraphs separated by a blank line. Script, style and form controls are skipped.
/// </summary>
public static class BodyTextWriter
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
        "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "hr", "address", "details", "summary",
        "form", "fieldset", "center", "br",
    };

    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "button", "select", "option", "textarea", "input", "head", "title", "meta", "link",
    };

    /// <summary>True for elements that start a new paragraph.</summary>
    public static bool IsBlock(IElement element) => BlockTags.Contains(element.LocalName);

    /// <summary>True for elements whose content is never article text.</summary>
    public static bool IsSkipped(IElement element) => SkippedTags.Contains(element.LocalName);

    /// <summary>The paragraphs of <paramref name="root"/>, in document order, each trimmed and non-empty.</summary>
    public static List<string> Paragraphs(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs);
        Flush(current, paragraphs);
        return paragraphs;
    }

    /// <summary>The text of <paramref name="root"/> with paragraphs separated by a blank line.</summary>
    public static string Write(INode root) => string.Join("\n\n", Paragraphs(root));

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendCollapsed(current, text.Data);
                    break;
                case IElement element when IsSkipped(element):
                    break;
                case IElement element when IsBlock(element):
                    Flush(current, paragraphs);
                    Walk(element, current, paragraphs);
                    Flush(current, paragraphs);
                    break;
                case IElement element:
                    Walk(element, current, paragraphs);
                    break;
            }
        }
    }

    private static void AppendCollapsed(StringBuilder sb, string text)
    {
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B')
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var s = current.ToString().Trim();
        if (s.Length > 0)
        {
            paragraphs.Add(s);
        }

        current.Clear();
    }
}
