using System.Globalization;

namespace Detente.Sources.Watch;

/// <summary>
/// Finds files in a watched folder that are new or changed since the last poll, by path, size and modification
/// time. Reading them is the folder reader's job; this only says which to read and what to remember after.
/// </summary>
public sealed class FolderChangeDetector
{
    private readonly string[] _patterns;

    /// <summary>Creates a detector for files matching <paramref name="patterns"/> (e.g. "*.html", "*.txt").</summary>
    public FolderChangeDetector(params string[] patterns) => _patterns = patterns.Length > 0 ? patterns : ["*"];

    /// <summary>The new or changed files under <paramref name="state"/>.Source (in path order) and their fingerprints to mark seen.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public (IReadOnlyList<string> Changed, IReadOnlyList<string> Fingerprints) Scan(SourceState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!Directory.Exists(state.Source))
        {
            throw new DirectoryNotFoundException($"{state.Source}: folder not found");
        }

        var changed = new List<string>();
        var prints = new List<string>();
        var files = _patterns.SelectMany(p => Directory.EnumerateFiles(state.Source, p, SearchOption.AllDirectories))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var print = Fingerprint(file);
            if (!state.Seen.Contains(print))
            {
                changed.Add(file);
                prints.Add(print);
            }
        }

        return (changed, prints);
    }

    /// <summary>The fingerprint of a file: "path|size|last-write ticks (UTC)".</summary>
    public static string Fingerprint(string file)
    {
        var info = new FileInfo(file);
        return string.Create(CultureInfo.InvariantCulture, $"{info.FullName}|{info.Length}|{info.LastWriteTimeUtc.Ticks}");
    }
}
