using Detente.Core.Pipeline;

namespace Detente.Nlp.Text;

/// <summary>Builds the text stages (normalise, boilerplate, tokenize) from the shipped lexicons.</summary>
public static class TextStages
{
    /// <summary>The text stages in order, with lexicons loaded from <paramref name="dataDirectory"/>.</summary>
    public static IReadOnlyList<IStage> Create(string dataDirectory) => Create(TextLexicons.Load(dataDirectory));

    /// <summary>The text stages in order over already loaded lexicons.</summary>
    public static IReadOnlyList<IStage> Create(TextLexicons lexicons) =>
    [
        new TextNormalizer(),
        new BoilerplateDetector(lexicons),
        new TokenizeStage(lexicons),
    ];
}
