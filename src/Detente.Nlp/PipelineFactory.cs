using Detente.Core.Pipeline;
using Detente.Nlp.Quotes;
using Detente.Nlp.Text;

namespace Detente.Nlp;

/// <summary>Builds the full analysis pipeline from the shipped data: every stage, loaded once, shared read-only.</summary>
public sealed class PipelineFactory(string dataDirectory)
{
    /// <summary>The shipped data folder the stages load from.</summary>
    public string DataDirectory => dataDirectory;

    /// <summary>The stages in order.</summary>
    public IReadOnlyList<IStage> CreateStages()
    {
        var stages = new List<IStage>();
        stages.AddRange(TextStages.Create(dataDirectory));
        stages.Add(new QuoteStage(QuoteLexicon.Load(dataDirectory)));
        return stages;
    }

    /// <summary>The checked pipeline.</summary>
    public DocumentPipeline Create() => DocumentPipeline.Build(CreateStages());
}
