using System.Collections.Immutable;
using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Knowledge.Treaties;

namespace Detente.Nlp.Treaties;

/// <summary>
/// Finds treaty mentions and the actions reported on them, then reconciles each action with the knowledge base
/// (consistent, new or conflict; an undated action that matches a recorded event takes the recorded date).
/// Uses actor mentions, time expressions and the dependency parse when present, and works without them.
/// </summary>
public sealed class TreatyStage : IStage
{
    private readonly TreatyMentionFinder _finder;
    private readonly TreatyActionExtractor _extractor;
    private readonly TreatyReconciler _reconciler;

    /// <summary>Creates the stage from a loaded knowledge base and lexicon.</summary>
    public TreatyStage(TreatyKnowledgeBase kb, TreatyLexicon lexicon)
    {
        _finder = new TreatyMentionFinder(kb, lexicon);
        _extractor = new TreatyActionExtractor(lexicon);
        _reconciler = new TreatyReconciler(new TreatyLifecycle(kb));
    }

    /// <summary>Loads the knowledge base and lexicon from a data directory and creates the stage.</summary>
    public static TreatyStage Create(string dataDirectory) =>
        new(TreatyKnowledgeBase.Load(dataDirectory), TreatyLexicon.Load(dataDirectory));

    /// <inheritdoc />
    public string Name => "treaties";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences;

    /// <inheritdoc />
    public Layers Produces => Layers.TreatyActions;

    /// <summary>The treaty mentions of a document (tokens and sentences needed).</summary>
    public ImmutableArray<TreatyMention> Mentions(Document document) => _finder.Find(document, Forms(document));

    /// <inheritdoc />
    public Document Process(Document document)
    {
        var forms = Forms(document);
        var mentions = _finder.Find(document, forms);
        if (mentions.IsEmpty)
        {
            return document with { TreatyActions = [] };
        }

        var actions = _extractor.Extract(document, forms, mentions);
        return document with { TreatyActions = [.. actions.Select(a => Reconcile(a, document.ReferenceDate))] };
    }

    private TreatyAction Reconcile(TreatyAction action, DateOnly? reference)
    {
        PartialDate? date = PartialDate.TryParse(action.Date, out var d) ? d : null;
        var r = _reconciler.Reconcile(action.Treaty, action.Action, action.Party?.Actor?.Country, date, action.Modality, reference);
        bool fromKb = date is null && r.Date is not null;
        return action with
        {
            Status = r.Status,
            Date = r.Date?.ToString(),
            Rule = fromKb ? action.Rule + "+date-kb" : action.Rule,
        };
    }

    private static string[] Forms(Document document)
    {
        var forms = new string[document.Tokens.Length];
        for (int i = 0; i < forms.Length; i++)
        {
            forms[i] = document.Tokens[i].Form;
        }

        return forms;
    }
}
