using System.Collections.Immutable;
using Detente.Core.Model;
using Detente.Core.Pipeline;

namespace Detente.Nlp.Text;

/// <summary>Tokenizes the text outside boilerplate lines and splits it into sentences.</summary>
public sealed class TokenizeStage(TextLexicons lexicons) : IStage
{
    private readonly Tokenizer _tokenizer = new(lexicons);
    private readonly SentenceSplitter _splitter = new(lexicons);

    /// <inheritdoc />
    public string Name => "tokenize";

    /// <inheritdoc />
    public Layers Requires => Layers.Normalized | Layers.Boilerplate;

    /// <inheritdoc />
    public Layers Produces => Layers.Tokens | Layers.Sentences;

    /// <inheritdoc />
    public Document Process(Document document)
    {
        var normalized = document.NormalizedText ?? document.Text;
        var tokens = new List<Token>(normalized.Length / 5);
        int position = 0;
        foreach (var skip in document.Boilerplate)
        {
            _tokenizer.Tokenize(normalized, position, skip.Start, tokens);
            position = skip.End;
        }

        _tokenizer.Tokenize(normalized, position, normalized.Length, tokens);
        var sentences = _splitter.Split(document.Text, normalized, tokens);
        return document with { Tokens = [.. tokens], Sentences = sentences };
    }
}
