using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Knowledge.Loading;
using Detente.Nlp.Entities.Ner;
using Detente.Nlp.Language;

namespace Detente.Nlp.Entities;

/// <summary>
/// Finds every actor mention (people, states, organisations, metonyms, groups, pronouns) and resolves it against the
/// knowledge base as of the document's reference date, with coreference to earlier mentions. Without a reference date,
/// roles resolve to their latest holders and the rule says so ("...:undated").
/// </summary>
public sealed class ActorStage(ActorLexicon lexicon, NerModel? ner = null, Tagger? tagger = null) : IStage
{
    private readonly NerMentions? _ner = ner is null ? null : new NerMentions(ner, tagger);

    /// <summary>The NER model file under the data folder.</summary>
    public const string NerModelFile = "models/ner.bin";

    /// <summary>
    /// Loads the knowledge base under <paramref name="dataDirectory"/> (and, when shipped, the NER model with the
    /// tagger for documents not tagged yet) and builds the stage.
    /// </summary>
    public static ActorStage Create(string dataDirectory)
    {
        var nerPath = Path.Combine(dataDirectory, NerModelFile);
        var lexicon = new ActorLexicon(KnowledgeBaseLoader.Load(dataDirectory));
        return File.Exists(nerPath)
            ? new(lexicon, NerModel.Load(nerPath), Tagger.Load(Path.Combine(dataDirectory, "models", LanguageModels.TaggerFile)))
            : new(lexicon);
    }

    /// <inheritdoc />
    public string Name => "actors";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences;

    /// <inheritdoc />
    public Layers Produces => Layers.Mentions;

    /// <summary>The lexicon (and through it the knowledge base) the stage resolves against.</summary>
    public ActorLexicon Lexicon => lexicon;

    /// <inheritdoc />
    public Document Process(Document document)
    {
        var drafts = Find(document);
        var mentions = new Mention[drafts.Count];
        for (int i = 0; i < drafts.Count; i++)
        {
            mentions[i] = drafts[i].ToMention(document.Text);
        }

        return document with { Mentions = [.. mentions] };
    }

    /// <summary>Counts the mentions of a document without building the result (for benchmarks).</summary>
    public int Count(Document document) => Find(document).Count;

    private List<Draft> Find(Document document)
    {
        var finder = new MentionFinder(lexicon, document);
        var reader = new PieceReader(lexicon);
        int longest = 0;
        foreach (var s in document.Sentences)
        {
            longest = Math.Max(longest, s.TokenCount);
        }

        var pieces = new Piece[longest * 3 + 8];
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            int n = reader.Read(document, document.Sentences[s], pieces);
            int first = finder.Drafts.Count;
            finder.Sentence(s, pieces, n);
            _ner?.Add(document, s, finder.Drafts, first);
        }

        return finder.Drafts;
    }
}
