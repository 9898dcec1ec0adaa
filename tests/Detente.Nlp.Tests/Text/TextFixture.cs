using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Nlp.Text;
using Detente.Tests.Common;

namespace Detente.Nlp.Tests.Text;

/// <summary>Runs the text stages on strings, with the shipped lexicons.</summary>
internal static class TextFixture
{
    private static readonly Lazy<DocumentPipeline> Pipeline = new(() => DocumentPipeline.Build(TextStages.Create(TestPaths.Data)));

    public static Document Analyze(string text, string id = "t")
    {
        var result = Pipeline.Value.Run(new Document(new Article(id, text)));
        Assert.Empty(result.Failures);
        return result.Document;
    }

    public static string[] Forms(string text) => [.. Analyze(text).Tokens.Select(t => t.Form)];

    public static string[] SentenceTexts(string text)
    {
        var doc = Analyze(text);
        return [.. doc.Sentences.Select(s => doc.Slice(s.Range))];
    }
}
