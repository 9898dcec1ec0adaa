using Detente.Nlp.Language;

namespace Detente.Nlp.Tests.Language;

public sealed class ConlluReaderTests
{
    [Fact]
    public void Multiword_tokens_keep_their_words_and_empty_nodes_are_skipped()
    {
        var s = TreebankSamples.Read()[2];

        Assert.Equal(["Rohan", "and", "Gondor", "do", "n't", "trust", "Mordor", "."], s.Forms);
        Assert.Equal(7, s.Tokens.Length);
        Assert.Equal(new SurfaceToken("don't", 3, 2, true), s.Tokens[3]);
        Assert.Equal(-1, s.Heads[5]);
        Assert.Equal(5, s.Heads[0]);
    }

    [Fact]
    public void A_malformed_line_names_the_file_and_line()
    {
        var ex = Assert.Throws<FormatException>(() => ConlluReader.Read(new StringReader("1\tGondor\n"), "bad.conllu"));

        Assert.Contains("bad.conllu:1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_and_reading_back_gives_the_same_words_and_trees()
    {
        var sentences = TreebankSamples.Read();
        var text = new StringWriter();
        ConlluWriter.Write(text, sentences);

        var again = ConlluReader.Read(new StringReader(text.ToString()), "roundtrip");

        Assert.Equal(sentences.Count, again.Count);
        for (int i = 0; i < sentences.Count; i++)
        {
            Assert.Equal(sentences[i].Forms, again[i].Forms);
            Assert.Equal(sentences[i].Heads, again[i].Heads);
            Assert.Equal(sentences[i].Relations, again[i].Relations);
        }
    }
}
