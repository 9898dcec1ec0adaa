using System.Text;
using System.Text.RegularExpressions;

namespace Detente.Sources;

/// <summary>Shell-style glob patterns: * and ? within a path segment, ** across segments, [abc] classes.</summary>
public static class Glob
{
    /// <summary>True when <paramref name="input"/> contains glob characters.</summary>
    public static bool IsPattern(string input) => input.AsSpan().IndexOfAny("*?[") >= 0;

    /// <summary>The files matching <paramref name="pattern"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> Expand(string pattern)
    {
        var full = Path.GetFullPath(pattern.Replace('\\', '/'));
        int firstWild = full.AsSpan().IndexOfAny("*?[");
        int rootEnd = full.LastIndexOf('/', firstWild);
        var root = rootEnd <= 0 ? "/" : full[..rootEnd];
        if (!Directory.Exists(root))
        {
            return [];
        }

        var regex = new Regex("^" + ToRegex(full) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        bool recursive = full.Contains("**", StringComparison.Ordinal) || full[(rootEnd + 1)..].Contains('/', StringComparison.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = recursive, IgnoreInaccessible = true };
        var results = Directory.EnumerateFiles(root, "*", options).Where(f => regex.IsMatch(f)).Order(StringComparer.Ordinal).ToList();
        if (!Path.IsPathRooted(pattern))
        {
            var cwd = Directory.GetCurrentDirectory();
            results = [.. results.Select(f => Path.GetRelativePath(cwd, f))];
        }

        return results;
    }

    private static string ToRegex(string pattern)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    sb.Append(".*");
                    i++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                    {
                        sb.Append("/?");
                        i++;
                    }

                    break;
                case '*':
                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '[':
                    int close = pattern.IndexOf(']', i + 1);
                    if (close > i)
                    {
                        sb.Append('[').Append(pattern.AsSpan(i + 1, close - i - 1)).Append(']');
                        i = close;
                    }
                    else
                    {
                        sb.Append("\\[");
                    }

                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return sb.ToString();
    }
}
