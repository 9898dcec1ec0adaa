using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Sources;

namespace Detente.Benchmarks;

/// <summary>
/// The articles the stage benchmarks run on: the corpus named by the DETENTE_BENCH_CORPUS environment variable
/// (any input analyze reads, e.g. the Reuters-21578 .sgm.gz directory; at most 500 articles), else the sample
/// articles shipped in examples/.
/// </summary>
internal static class BenchCorpus
{
    /// <summary>The repository's data directory, found upwards from the running program.</summary>
    public static string DataDirectory => Path.Combine(RepositoryRoot(), "data");

    /// <summary>The benchmark articles, each run through <paramref name="stages"/> in order.</summary>
    public static Document[] RunThrough(IEnumerable<IStage> stages)
    {
        var list = stages.ToList();
        return [.. Load().Select(a => list.Aggregate(new Document(a), (d, s) => s.Process(d)))];
    }

    /// <summary>Reads the benchmark articles.</summary>
    public static IReadOnlyList<Article> Load()
    {
        var input = Environment.GetEnvironmentVariable("DETENTE_BENCH_CORPUS") is { Length: > 0 } named
            ? named
            : Path.Combine(RepositoryRoot(), "examples");
        var articles = new List<Article>();
        var reader = InputReader.CreateDefault().ReadAsync([input], new ReadOptions(), TextReader.Null, CancellationToken.None).GetAsyncEnumerator();
        try
        {
            while (articles.Count < 500 && reader.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                if (reader.Current.Article is { } a)
                {
                    articles.Add(a);
                }
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return articles.Count > 0 ? articles : throw new InvalidOperationException($"{input}: no readable article to benchmark on");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Detente.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmarks from inside the Detente repository (Detente.sln not found above " + AppContext.BaseDirectory + ")");
    }
}
