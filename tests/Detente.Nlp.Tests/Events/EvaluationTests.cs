using Detente.Core.Model;
using Detente.Nlp.Events;
using Detente.Nlp.Events.Evaluation;
using Detente.Tests.Common;

namespace Detente.Nlp.Tests.Events;

public sealed class EvaluationTests
{
    [SkippableFact]
    public void Validation_sentences_are_coded_from_their_provided_parses()
    {
        Skip.If(TestPaths.SharedData is null, "development data (../shared/data) not present");
        var events = Path.Combine(TestPaths.SharedData!, "events");
        var set = GsrValidationSet.Load(Path.Combine(events, "petr2-gsr-validation"));
        var actors = PetrarchActorDictionary.Load(Path.Combine(events, "cameo", "Phoenix.Countries.actors.txt"), Path.Combine(events, "cameo", "Phoenix.International.actors.txt"));
        var score = set.Score(ParsedSentences.Coder, actors);
        Assert.Equal(78, set.Records.Count);
        Assert.True(score.F1 > 0.3, $"F1 {score.F1} fell below 0.3");
    }

    [Fact]
    public void Labelled_evaluation_scores_the_event_between_the_marked_actors()
    {
        const string parse = """
            The the DET 2 det
            rebels rebel NOUN 3 nsubj
            attacked attack VERB 0 root
            the the DET 5 det
            garrison garrison NOUN 3 obj
            . . PUNCT 3 punct
            """;
        var doc = ConlluDocument.Build("s1", [ParsedSentences.Conllu(parse)]);
        var labels = PloverLabels.Load(TestPaths.Data);
        var eval = new LabelledEvaluation(ParsedSentences.Coder, _ => doc, null, labels);
        var item = new LabelledSentence("s1", doc.Text, null, ["The rebels"], ["the garrison"], labels.Current("FIGHT"), 4);
        var (type, cls) = eval.Run([item, item with { GoldType = "AGREE", GoldClass = 1 }]);
        Assert.Equal(0.5, type.Accuracy);
        Assert.Equal(0.5, cls.Accuracy);
        Assert.Equal("ASSAULT", labels.Current("FIGHT"));
        Assert.Equal(3, labels.ClassOf("DEMAND"));
    }
}
