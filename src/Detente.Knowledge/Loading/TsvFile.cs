namespace Detente.Knowledge.Loading;

/// <summary>
/// Reads a tab-separated knowledge-base file: '#' lines are comments, blank lines are skipped, the first other line
/// is the header, which must name exactly the expected columns. Problems are collected, never thrown.
/// </summary>
public static class TsvFile
{
    /// <summary>Reads <paramref name="lines"/> of the file named <paramref name="name"/>; adds problems to <paramref name="errors"/>.</summary>
    public static IReadOnlyList<TsvRow> Read(string name, IEnumerable<string> lines, IReadOnlyList<string> columns, List<KnowledgeBaseError> errors)
    {
        var rows = new List<TsvRow>();
        bool header = false;
        int lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            if (!header)
            {
                header = true;
                var got = string.Join(", ", cells.Select(c => c.Trim()));
                var want = string.Join(", ", columns);
                if (!string.Equals(got, want, StringComparison.Ordinal))
                {
                    errors.Add(new KnowledgeBaseError(name, lineNumber, $"header should be '{want}' but is '{got}'"));
                    return rows;
                }

                continue;
            }

            if (cells.Length > columns.Count)
            {
                errors.Add(new KnowledgeBaseError(name, lineNumber, $"{cells.Length} columns where {columns.Count} are expected ({string.Join(", ", columns)})"));
                continue;
            }

            var padded = new string[columns.Count];
            for (int i = 0; i < padded.Length; i++)
            {
                padded[i] = i < cells.Length ? cells[i].Trim() : string.Empty;
            }

            rows.Add(new TsvRow(lineNumber, padded));
        }

        if (!header)
        {
            errors.Add(new KnowledgeBaseError(name, 0, "no header line"));
        }

        return rows;
    }
}
