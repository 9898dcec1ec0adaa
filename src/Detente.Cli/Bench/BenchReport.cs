using System.Globalization;

namespace Detente.Cli.Bench;

/// <summary>The closing line every bench measure prints, in the one form other tools read.</summary>
internal static class BenchReport
{
    /// <summary>"end-to-end: N sentences/s per core (C cores, A articles/s, peak M MB)".</summary>
    public static string EndToEnd(long sentences, int articles, double seconds, int threads, long peakMb) =>
        string.Create(CultureInfo.InvariantCulture,
            $"end-to-end: {sentences / seconds / threads:0} sentences/s per core ({threads} cores, {articles / seconds:0} articles/s, peak {peakMb} MB)");
}
