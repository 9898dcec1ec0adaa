using Detente.Core.Pipeline;
using Detente.Knowledge;
using Detente.Knowledge.Loading;
using Detente.Knowledge.Treaties;
using Detente.Nlp.Entities;
using Detente.Nlp.Events;
using Detente.Nlp.Language;
using Detente.Nlp.Quotes;
using Detente.Nlp.Temporal;
using Detente.Nlp.Text;
using Detente.Nlp.Treaties;

namespace Detente.Nlp;

/// <summary>
/// Builds the full analysis pipeline from the shipped data: every stage's models and lexicons loaded once and
/// shared read-only. Order: text → tag/parse → reference date → actors → times → events → quotes → treaties → fusion.
/// </summary>
public sealed class PipelineFactory(string dataDirectory)
{
    /// <summary>The shipped data folder the stages load from.</summary>
    public string DataDirectory => dataDirectory;

    /// <summary>The folder of trained models.</summary>
    public string ModelsDirectory => Path.Combine(dataDirectory, "models");

    /// <summary>The stages in order.</summary>
    /// <exception cref="FileNotFoundException">A model or lexicon file is missing; the message names it.</exception>
    /// <exception cref="KnowledgeBaseException">The knowledge base does not validate.</exception>
    public IReadOnlyList<IStage> CreateStages()
    {
        var kb = KnowledgeBaseLoader.Load(dataDirectory);
        var temporal = TemporalLexicon.Load(dataDirectory);
        var stages = new List<IStage>();
        stages.AddRange(TextStages.Create(dataDirectory));
        var models = LanguageModels.Load(ModelsDirectory);
        stages.Add(new TaggerStage(models));
        stages.Add(new ParserStage(models));
        stages.Add(new ReferenceDateStage(new ReferenceDateInference(temporal, new KnowledgeBaseTenures(kb), DatedEventList.Load(dataDirectory))));
        var ner = Path.Combine(dataDirectory, ActorStage.NerModelFile);
        stages.Add(new ActorStage(new ActorLexicon(kb), File.Exists(ner) ? Detente.Nlp.Entities.Ner.NerModel.Load(ner) : null, models.Tagger));
        stages.Add(new TimeExpressionStage(temporal));
        stages.Add(EventStage.Load(dataDirectory));
        stages.Add(new QuoteStage(QuoteLexicon.Load(dataDirectory)));
        stages.Add(new TreatyStage(TreatyKnowledgeBase.Load(dataDirectory), TreatyLexicon.Load(dataDirectory)));
        stages.Add(new FusionStage());
        return stages;
    }

    /// <summary>The checked pipeline.</summary>
    public DocumentPipeline Create() => DocumentPipeline.Build(CreateStages());
}
