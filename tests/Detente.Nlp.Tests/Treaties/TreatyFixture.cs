using System.Globalization;
using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Knowledge.Treaties;
using Detente.Nlp.Text;
using Detente.Nlp.Treaties;
using Detente.Tests.Common;

namespace Detente.Nlp.Tests.Treaties;

/// <summary>Runs the text stages, the test state lookup and the treaty stage on strings.</summary>
internal static class TreatyFixture
{
    public static readonly TreatyKnowledgeBase Kb = TreatyKnowledgeBase.Load(TestPaths.Data);

    public static readonly TreatyStage Stage = new(Kb, TreatyLexicon.Load(TestPaths.Data));

    private static readonly Lazy<DocumentPipeline> Text = new(() => DocumentPipeline.Build([.. TextStages.Create(TestPaths.Data), new StateLookupStage()]));

    /// <summary>The document with tokens, sentences and actor mentions, before the treaty stage.</summary>
    public static Document Prepare(string text, string? reference = null)
    {
        var article = new Article("t", text, Published: reference is null ? null : DateOnly.Parse(reference, CultureInfo.InvariantCulture));
        return Text.Value.Run(new Document(article)).Document;
    }

    public static Document Analyze(string text, string? reference = null) => Stage.Process(Prepare(text, reference));

    public static List<TreatyAction> Actions(string text, string? reference = null) => [.. Analyze(text, reference).TreatyActions];

    public static string Describe(TreatyAction a) =>
        $"{a.Treaty} {a.Action} {a.Party?.Actor?.Country ?? "-"} {a.Date ?? "-"} {a.Status} {a.Modality}";

    public static List<string> Describe(IEnumerable<TreatyAction> actions) => [.. actions.Select(Describe)];
}
