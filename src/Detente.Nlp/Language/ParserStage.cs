using Detente.Core.Model;
using Detente.Core.Pipeline;

namespace Detente.Nlp.Language;

/// <summary>Adds dependency heads (document-level token indices, -1 for the root) and relations, sentence by sentence.</summary>
public sealed class ParserStage(LanguageModels models) : IStage
{
    /// <inheritdoc />
    public string Name => "parse";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Tags;

    /// <inheritdoc />
    public Layers Produces => Layers.Dependencies;

    /// <inheritdoc />
    public Document Process(Document document) => SentenceAnnotator.Annotate(document, (sentence, tokens, workspace) =>
    {
        int first = sentence.FirstToken;
        int n = tokens.Length;
        var heads = new int[n];
        var relations = new string[n];
        models.Parse(tokens.Select(t => t.Form).ToArray(), tokens.Select(t => t.Xpos ?? "NN").ToArray(), workspace, heads, relations);
        for (int i = 0; i < n; i++)
        {
            tokens[i] = tokens[i] with { Head = heads[i] < 0 ? -1 : first + heads[i], Relation = relations[i] };
        }
    });
}
