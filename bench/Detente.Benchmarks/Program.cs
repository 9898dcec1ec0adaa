using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Detente.Benchmarks;
using Detente.Nlp;

// Counts the corpus's sentences and tokens once, so the summary can show rates beside the times.
var docs = BenchCorpus.RunThrough(new PipelineFactory(BenchCorpus.DataDirectory).CreateStages().TakeWhile(s => s.Name != "tag"));
var config = ManualConfig.Create(DefaultConfig.Instance)
    .WithBuildTimeout(TimeSpan.FromMinutes(10))
    .AddColumn(new RateColumn("sentences/s", docs.Sum(d => d.Sentences.Length)))
    .AddColumn(new RateColumn("tokens/s", docs.Sum(d => d.Tokens.Length)));
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args, config);
