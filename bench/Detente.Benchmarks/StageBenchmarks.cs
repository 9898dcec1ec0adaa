using BenchmarkDotNet.Attributes;
using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Nlp;

namespace Detente.Benchmarks;

/// <summary>
/// One benchmark per pipeline stage: the stage alone, on documents that have already been through every stage
/// before it, so each figure is that stage's own cost. One invocation processes the whole benchmark corpus once.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private IStage _stage = null!;
    private Document[] _inputs = [];

    /// <summary>Every stage of the default pipeline, in order.</summary>
    public static IEnumerable<string> StageNames() => new PipelineFactory(BenchCorpus.DataDirectory).CreateStages().Select(s => s.Name);

    /// <summary>The stage measured.</summary>
    [ParamsSource(nameof(StageNames))]
    public string Stage { get; set; } = "";

    /// <summary>Loads the models and runs the stages before <see cref="Stage"/> on the corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var stages = new PipelineFactory(BenchCorpus.DataDirectory).CreateStages();
        int index = stages.Select(s => s.Name).ToList().IndexOf(Stage);
        _stage = stages[index];
        _inputs = BenchCorpus.RunThrough(stages.Take(index));
    }

    /// <summary>The stage over the corpus.</summary>
    [Benchmark]
    public int Process()
    {
        int n = 0;
        foreach (var doc in _inputs)
        {
            n += _stage.Process(doc).Tokens.Length;
        }

        return n;
    }
}
