using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Nlp.Entities;
using Detente.Nlp.Text;
using Detente.Tests.Common;

namespace Detente.Nlp.Tests.Entities;

/// <summary>Runs the text stages and the actor stage on strings, with the shipped data.</summary>
internal static class ActorFixture
{
    private static readonly Lazy<ActorStage> Stage = new(() => ActorStage.Create(TestPaths.Data));

    private static readonly Lazy<DocumentPipeline> Pipeline = new(() => DocumentPipeline.Build([.. TextStages.Create(TestPaths.Data), Stage.Value]));

    public static ActorStage Actors => Stage.Value;

    public static Document Analyze(string text, string? date)
    {
        DateOnly? d = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var result = Pipeline.Value.Run(new Document(new Article("t", text, Published: d)));
        Assert.Empty(result.Failures);
        return result.Document;
    }

    public static Document Example(string prefix, string date)
    {
        var path = Directory.GetFiles(TestPaths.Examples, prefix + "_*.txt").Single();
        return Analyze(File.ReadAllText(path), date);
    }

    public static Mention Only(Document doc, string text) => Assert.Single(doc.Mentions, m => m.Text == text);
}
