using Detente.Core.Model;
using Detente.Core.Pipeline;

namespace Detente.Nlp.Language;

/// <summary>Adds UPOS and Penn tags and lemmas to every token, sentence by sentence.</summary>
public sealed class TaggerStage(LanguageModels models) : IStage
{
    /// <inheritdoc />
    public string Name => "tag";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences;

    /// <inheritdoc />
    public Layers Produces => Layers.Tags | Layers.Lemmas;

    /// <inheritdoc />
    public Document Process(Document document) => SentenceAnnotator.Annotate(document, (_, tokens, workspace) =>
    {
        int n = tokens.Length;
        var forms = tokens.Select(t => t.Form).ToArray();
        var upos = new string[n];
        var xpos = new string[n];
        var lemmas = new string[n];
        models.Tag(forms, workspace, upos, xpos, lemmas);
        for (int i = 0; i < n; i++)
        {
            tokens[i] = tokens[i] with { Upos = upos[i], Xpos = xpos[i], Lemma = lemmas[i] };
        }
    });
}
