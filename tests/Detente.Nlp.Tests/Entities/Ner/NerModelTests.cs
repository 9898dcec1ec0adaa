using Detente.Nlp.Entities.Ner;

namespace Detente.Nlp.Tests.Entities.Ner;

/// <summary>The NER perceptron, its name lists, word classes and span scoring, on invented sentences.</summary>
public sealed class NerModelTests
{
    private static readonly NerSentence[] Gold =
    [
        S("Aragorn visited Gondor .", "B-PER O B-LOC O"),
        S("Faramir left Gondor yesterday .", "B-PER O B-LOC O O"),
        S("The Council of Elrond met in Rivendell .", "O B-ORG I-ORG I-ORG O O B-LOC O"),
        S("Boromir said the Council of Elrond was wrong .", "B-PER O O B-ORG I-ORG I-ORG O O O"),
        S("Arwen lives in Rivendell .", "B-PER O O B-LOC O"),
        S("the tower stood in the rain .", "O O O O O O O"),
    ];

    private static NerSentence S(string words, string tags) => new(words.Split(' '), tags.Split(' '));

    private static NerModel Train(int seed = 17) =>
        NerTrainer.Train([.. Gold.Select(s => (s, (string[]?)null))], new NerTrainingOptions(8, 12, seed, new NerGazetteer([]), null));

    [Fact]
    public void A_trained_model_tags_its_training_sentences()
    {
        var model = Train();
        foreach (var s in Gold)
        {
            Assert.Equal(s.Tags, model.Tag(s.Words, null));
        }
    }

    [Fact]
    public void Training_with_the_same_seed_gives_the_same_model_and_saving_keeps_it()
    {
        var path = Path.GetTempFileName();
        var other = Path.GetTempFileName();
        try
        {
            Train().Save(path);
            Train().Save(other);
            Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(other));
            var loaded = NerModel.Load(path, null);
            Assert.Equal(Gold[2].Tags, loaded.Tag(Gold[2].Words, null));
        }
        finally
        {
            File.Delete(path);
            File.Delete(other);
        }
    }

    [Fact]
    public void Decoding_never_starts_an_entity_with_I()
    {
        var model = Train();
        var tags = model.Tag("of Elrond of Elrond , Council".Split(' '), null);
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i].StartsWith("I-", StringComparison.Ordinal))
            {
                Assert.True(i > 0 && tags[i - 1] != "O" && tags[i - 1][2..] == tags[i][2..], string.Join(' ', tags));
            }
        }
    }

    [Fact]
    public void Spans_are_exact_and_a_stray_I_begins_a_span_as_in_conlleval()
    {
        var spans = NerEvaluation.Spans(["I-LOC", "I-LOC", "O", "B-PER", "I-ORG", "B-ORG", "I-ORG"]);
        Assert.Equal(new HashSet<(int, int, string)> { (0, 2, "LOC"), (3, 4, "PER"), (4, 5, "ORG"), (5, 7, "ORG") }, spans);

        var eval = new NerEvaluation();
        eval.Add(["B-ORG", "I-ORG", "O"], ["B-ORG", "O", "O"]);
        var overall = eval.Rows().Last();
        Assert.Equal(0, overall.F1);
    }

    [Fact]
    public void Name_lists_mark_the_longest_phrase_ignoring_case()
    {
        var gazetteer = new NerGazetteer([KeyValuePair.Create("Gondor", NerGazetteer.Place), KeyValuePair.Create("White Council", NerGazetteer.Organisation), KeyValuePair.Create("White", NerGazetteer.Person)]);
        var words = "the white council met in gondor".Split(' ');
        var kinds = new byte[words.Length];
        var begins = new bool[words.Length];
        gazetteer.Mark(words, kinds, begins);
        Assert.Equal([0, NerGazetteer.Organisation, NerGazetteer.Organisation, 0, 0, NerGazetteer.Place], kinds);
        Assert.Equal([false, true, false, false, false, true], begins);
    }

    [Fact]
    public void Word_classes_group_words_that_share_contexts_and_survive_saving()
    {
        var sentences = new List<string[]>();
        foreach (var place in new[] { "Gondor", "Rohan", "Mordor" })
        {
            foreach (var verb in new[] { "went", "rode", "came" })
            {
                sentences.Add(["they", verb, "to", place, "."]);
            }
        }

        var clusters = ClusterTrainer.Train(sentences, [2, 4], minCount: 1, iterations: 5);
        Assert.Equal(clusters.Of("Gondor")![1], clusters.Of("Rohan")![1]);
        Assert.Equal(clusters.Of("went")![1], clusters.Of("rode")![1]);
        Assert.NotEqual(clusters.Of("Gondor")![1], clusters.Of("went")![1]);
        Assert.Null(clusters.Of("Lothlorien"));

        var path = Path.GetTempFileName();
        try
        {
            clusters.Save(path);
            var loaded = WordClusters.Load(path);
            Assert.Equal(clusters.Sizes, loaded.Sizes);
            Assert.Equal(clusters.Of("Mordor"), loaded.Of("Mordor"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
