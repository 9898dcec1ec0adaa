using System.Collections.Immutable;
using Detente.Core.Model;

namespace Detente.Core.Pipeline;

/// <summary>
/// An ordered list of stages whose requirements were checked when it was built. Running it on a document
/// never throws: a failing stage is recorded with its name and the article id, stages that needed its layers
/// are skipped, and the others go on.
/// </summary>
public sealed class DocumentPipeline
{
    private readonly ImmutableArray<IStage> _stages;

    private DocumentPipeline(ImmutableArray<IStage> stages) => _stages = stages;

    /// <summary>The stages in order.</summary>
    public ImmutableArray<IStage> Stages => _stages;

    /// <summary>Names of the stages joined, for run records.</summary>
    public string Description => string.Join(" > ", _stages.Select(s => s.Name));

    /// <summary>Builds a pipeline, checking that each stage's requirements are produced by an earlier stage.</summary>
    /// <exception cref="PipelineConfigurationException">A stage requires a layer no earlier stage produces.</exception>
    public static DocumentPipeline Build(IEnumerable<IStage> stages, Layers initial = Layers.None)
    {
        var list = stages.ToImmutableArray();
        var available = initial;
        foreach (var stage in list)
        {
            var missing = stage.Requires & ~available;
            if (missing != Layers.None)
            {
                throw new PipelineConfigurationException(
                    $"stage '{stage.Name}' requires {missing} but no earlier stage produces it; order stages so that its requirements come first");
            }

            available |= stage.Produces;
        }

        return new DocumentPipeline(list);
    }

    /// <summary>Runs every stage on <paramref name="document"/>.</summary>
    public PipelineResult Run(Document document) => Run(document, null);

    /// <summary>Runs every stage on <paramref name="document"/>, reporting each stage's elapsed stopwatch ticks.</summary>
    /// <param name="document">The document.</param>
    /// <param name="stageTicks">Called after each stage that ran with its name and elapsed <see cref="System.Diagnostics.Stopwatch"/> ticks.</param>
    public PipelineResult Run(Document document, Action<string, long>? stageTicks)
    {
        var failures = ImmutableArray.CreateBuilder<StageFailure>();
        var failed = Layers.None;
        foreach (var stage in _stages)
        {
            if ((stage.Requires & failed) != Layers.None)
            {
                failures.Add(new StageFailure(stage.Name, document.Article.Id, $"skipped: required {stage.Requires & failed} failed earlier"));
                failed |= stage.Produces;
                continue;
            }

            long start = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                var next = stage.Process(document);
                document = next with { Present = next.Present | stage.Produces };
            }
#pragma warning disable CA1031 // One bad article must never stop a corpus: the failure is recorded and reported.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures.Add(new StageFailure(stage.Name, document.Article.Id, $"{ex.GetType().Name}: {ex.Message}"));
                failed |= stage.Produces;
            }
            finally
            {
                stageTicks?.Invoke(stage.Name, System.Diagnostics.Stopwatch.GetTimestamp() - start);
            }
        }

        return new PipelineResult(document, failures.ToImmutable());
    }
}
