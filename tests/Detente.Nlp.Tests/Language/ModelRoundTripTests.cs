using Detente.Nlp.Language;
using Detente.Tests.Common;

namespace Detente.Nlp.Tests.Language;

public sealed class ModelRoundTripTests
{
    private static readonly TrainingOptions Tiny = new(Epochs: 3, Seed: 7, MinCount: 1, Prune: 0f);

    [Fact]
    public void A_saved_and_reloaded_tagger_tags_exactly_as_before()
    {
        var train = TreebankSamples.Read();
        var tagger = TaggerTrainer.Train(train, Tiny, _ => { });
        var path = Path.Combine(TestPaths.NewTempDir(), "tagger.bin");
        tagger.Save(path);

        var loaded = Tagger.Load(path);

        foreach (var s in train)
        {
            var before = tagger.Tag(s.Forms);
            var after = loaded.Tag(s.Forms);
            Assert.Equal(before.Upos, after.Upos);
            Assert.Equal(before.Xpos, after.Xpos);
        }

        Assert.Equal(["PROPN", "VERB", "DET", "NOUN", "PUNCT"], loaded.Tag(train[0].Forms).Upos);
    }

    [Fact]
    public void A_saved_and_reloaded_parser_parses_exactly_as_before()
    {
        var train = TreebankSamples.Read();
        var parser = ParserTrainer.Train(train, train.Select(s => s.Xpos).ToList(), Tiny with { Epochs = 5 }, _ => { });
        var path = Path.Combine(TestPaths.NewTempDir(), "parser.bin");
        parser.Save(path);

        var loaded = Parser.Load(path);

        foreach (var s in train)
        {
            var before = parser.Parse(s.Forms, s.Xpos);
            var after = loaded.Parse(s.Forms, s.Xpos);
            Assert.Equal(before.Heads, after.Heads);
            Assert.Equal(before.Relations, after.Relations);
        }

        Assert.Equal(train[0].Heads, loaded.Parse(train[0].Forms, train[0].Xpos).Heads);
    }

    [Fact]
    public void A_saved_and_reloaded_lemmatizer_gives_the_same_lemmas()
    {
        var train = TreebankSamples.Read();
        var lemmatizer = Lemmatizer.Train(train);
        var path = Path.Combine(TestPaths.NewTempDir(), "lemmatizer.bin");
        lemmatizer.Save(path);

        var loaded = Lemmatizer.Load(path);

        Assert.Equal("talk", loaded.Lemmatize("talks", "NNS"));
        Assert.Equal("treaty", loaded.Lemmatize("Treaty", "NN"));
        Assert.Equal("not", loaded.Lemmatize("n't", "RB"));
    }

    [Fact]
    public void A_model_file_of_another_kind_is_refused_with_its_name()
    {
        var train = TreebankSamples.Read();
        var path = Path.Combine(TestPaths.NewTempDir(), "tagger.bin");
        TaggerTrainer.Train(train, Tiny, _ => { }).Save(path);

        var ex = Assert.Throws<InvalidDataException>(() => Parser.Load(path));

        Assert.Contains("tagger", ex.Message, StringComparison.Ordinal);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }
}
