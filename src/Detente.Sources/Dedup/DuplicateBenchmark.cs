using System.Diagnostics;

namespace Detente.Sources.Dedup;

/// <summary>
/// Scores duplicate detection on a labelled corpus: DIR/labels.tsv lists the files (DIR/NAME.txt) in the order they
/// arrive, each with the original it copies or "-". Every file goes through one <see cref="DuplicateIndex"/>; a copy
/// is caught when its verdict names its original, and an original (or a distinct story on the same topic) is
/// wrongly taken when its verdict names anything.
/// </summary>
public static class DuplicateBenchmark
{
    /// <summary>Runs the corpus of <paramref name="directory"/> through <paramref name="index"/>.</summary>
    /// <exception cref="FileNotFoundException">labels.tsv or a listed file is missing.</exception>
    /// <exception cref="InvalidDataException">A line of labels.tsv is not "NAME TAB ORIGINAL".</exception>
    public static DuplicateBenchmarkResult Run(string directory, DuplicateIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var labels = Path.Combine(directory, "labels.tsv");
        if (!File.Exists(labels))
        {
            throw new FileNotFoundException($"{labels}: not found (expected lines of NAME<TAB>ORIGINAL or -)", labels);
        }

        int truePositives = 0, falsePositives = 0, copies = 0, originals = 0, wronglyTaken = 0;
        var errors = new List<string>();
        var seen = new List<(string Name, string Story, MinHashSignature Signature)>();
        var stories = new Dictionary<string, string>(StringComparer.Ordinal);
        double closestJaccard = 0, closestContainment = 0;
        var watch = new Stopwatch();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(labels))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 2)
            {
                throw new InvalidDataException($"{labels}:{lineNumber}: expected NAME<TAB>ORIGINAL or -");
            }

            var (name, expected) = (parts[0], parts[1] == "-" ? null : parts[1]);
            var path = Path.Combine(directory, name + ".txt");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path}: listed in labels.tsv but not found", path);
            }

            var text = File.ReadAllText(path);
            var story = stories[name] = expected is null ? name : stories.GetValueOrDefault(expected, expected);
            var signature = index.Sign(text);
            foreach (var other in seen.Where(o => o.Story != story))
            {
                closestJaccard = Math.Max(closestJaccard, signature.Jaccard(other.Signature));
                closestContainment = Math.Max(closestContainment, signature.Containment(other.Signature));
            }

            seen.Add((name, story, signature));
            watch.Start();
            var verdict = index.Observe(name, text);
            watch.Stop();
            if (expected is null)
            {
                originals++;
            }
            else
            {
                copies++;
            }

            if (verdict.OriginalId is { } found)
            {
                if (found == expected)
                {
                    truePositives++;
                }
                else
                {
                    falsePositives++;
                    wronglyTaken += expected is null ? 1 : 0;
                    errors.Add($"{name}: taken for a copy of {found} (Jaccard {verdict.Jaccard:F2}, containment {verdict.Containment:F2}), expected {expected ?? "an original"}");
                }
            }
            else if (expected is not null)
            {
                errors.Add($"{name}: copy of {expected} missed");
            }
        }

        return new DuplicateBenchmarkResult(originals, copies, truePositives, falsePositives, wronglyTaken, errors, watch.Elapsed)
        {
            ClosestDistinctJaccard = closestJaccard,
            ClosestDistinctContainment = closestContainment,
        };
    }
}
