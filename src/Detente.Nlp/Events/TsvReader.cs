namespace Detente.Nlp.Events;

/// <summary>Reads the tab-separated data files under data/: '#' starts a comment line, blank lines are skipped.</summary>
internal static class TsvReader
{
    /// <summary>The fields of every data line of <paramref name="path"/>, with the 1-based line number.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static IEnumerable<(int Line, string[] Fields)> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"data file not found: {path}", path);
        }

        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return (n, line.Split('\t'));
        }
    }

    /// <summary>The exception for a malformed line, naming the file and the line.</summary>
    public static InvalidDataException Bad(string path, int line, string problem) => new($"{path}:{line}: {problem}");
}
