namespace Detente.Sources.Text;

/// <summary>Decides whether the first line of a plain-text article is its headline.</summary>
public static class HeadlineDetector
{
    private const int MaxHeadlineWords = 30;

    /// <summary>The first line when it reads like a headline (more text follows, short, no final period), else null.</summary>
    public static string? Find(string text)
    {
        int nl = text.IndexOf('\n', StringComparison.Ordinal);
        if (nl < 0)
        {
            return null;
        }

        var first = text.AsSpan(0, nl).Trim();
        if (first.IsEmpty || text.AsSpan(nl).Trim().IsEmpty)
        {
            return null;
        }

        char last = first[^1];
        if (last is '.' or ',' or ';' or ':')
        {
            return null;
        }

        int words = first.Count(' ') + 1;
        return words <= MaxHeadlineWords ? first.ToString() : null;
    }
}
