using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Nlp.Quotes;
using Detente.Nlp.Text;
using Detente.Tests.Common;

namespace Detente.Nlp.Tests.Quotes;

/// <summary>Builds documents from hand-written text and runs the quote stage on them.</summary>
internal static class QuoteTestKit
{
    private static readonly Lazy<QuoteLexicon> Lexicon = new(() => QuoteLexicon.Load(TestPaths.Data));
    private static readonly Lazy<DocumentPipeline> Text = new(() => DocumentPipeline.Build(TextStages.Create(TestPaths.Data)));

    public static QuoteStage Stage => new(Lexicon.Value);

    /// <summary>Runs the text stages on <paramref name="text"/>, without the quote stage.</summary>
    /// <remarks>
    /// The boilerplate stage's regular expressions have a match timeout that a cold start on a busy machine can
    /// hit; the run is repeated once so these tests measure quotes, not machine load.
    /// </remarks>
    public static Document Segment(string text)
    {
        var article = new Document(new Article("test", text));
        var result = Text.Value.Run(article);
        if (!result.Succeeded)
        {
            result = Text.Value.Run(article);
        }

        Assert.True(result.Succeeded, string.Join("; ", result.Failures));
        return result.Document;
    }

    /// <summary>Segments <paramref name="text"/> and runs the quote stage.</summary>
    public static Document Run(string text) => Stage.Process(Segment(text));

    /// <summary>Runs the stage on the shipped example whose name starts with <paramref name="prefix"/>.</summary>
    public static Document RunSample(string prefix) =>
        Run(File.ReadAllText(Directory.GetFiles(TestPaths.Examples, prefix + "_*.txt").Single()));

    /// <summary>The quote whose text contains <paramref name="fragment"/>.</summary>
    public static Quote Find(Document doc, string fragment) =>
        doc.Quotes.FirstOrDefault(q => q.Text.Contains(fragment, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no quote contains '{fragment}'; quotes: {string.Join(" || ", doc.Quotes.Select(Describe))}");

    /// <summary>The speaker's name as a reader would give it: the antecedent when the source is a pronoun or role.</summary>
    public static string? SpeakerName(Quote q) => q.Speaker is null ? null : q.Speaker.Actor?.Name ?? q.Speaker.AntecedentText ?? q.Speaker.Text;

    public static string Describe(Quote q) => $"{q.Kind} [{SpeakerName(q)}] {q.Text}";
}
