namespace Detente.Nlp.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Gen. Aragorn arrived. He spoke.", "Gen. Aragorn arrived.|He spoke.")]
    [InlineData("Troops left the U.S. The talks failed.", "Troops left the U.S.|The talks failed.")]
    [InlineData("Troops left the U.S. Embassy yesterday.", "Troops left the U.S. Embassy yesterday.")]
    [InlineData("\u201CWe are ready,\u201D he said. \u201CThey are not.\u201D", "\u201CWe are ready,\u201D he said.|\u201CThey are not.\u201D")]
    [InlineData("\u201CWhy now?\u201D he asked. Nobody knew.", "\u201CWhy now?\u201D he asked.|Nobody knew.")]
    [InlineData("He added: \u201CIt is over.\u201D Then he left.", "He added: \u201CIt is over.\u201D|Then he left.")]
    [InlineData("The vote (held on Monday.) passed. Next came talks.", "The vote (held on Monday.) passed.|Next came talks.")]
    [InlineData("Talks were held in Minas Tirith at 3 p.m. on Monday.", "Talks were held in Minas Tirith at 3 p.m. on Monday.")]
    [InlineData("The price rose 3.5 percent. Gondor fell.", "The price rose 3.5 percent.|Gondor fell.")]
    [InlineData("Mr. Elrond and Dr. Arwen met. They agreed... Then war.", "Mr. Elrond and Dr. Arwen met.|They agreed...|Then war.")]
    [InlineData("Arnor protests\n\nGondor replied angrily.", "Arnor protests|Gondor replied angrily.")]
    public void Sentences_split_where_a_reader_would(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), TextFixture.SentenceTexts(text));
    }

    [Fact]
    public void Hard_wrapped_wire_text_keeps_sentences_across_line_breaks()
    {
        const string text =
            "GONDOR TALKS STALL\n" +
            "    MINAS TIRITH, March 3 - Gondor and Arnor failed to agree on\n" +
            "a new border treaty after two days of talks, officials from both\n" +
            "sides said on Tuesday, adding that they would meet again next\n" +
            "month in the capital of the northern kingdom.\n" +
            "    The talks were the first since the war ended in the year of\n" +
            "the long winter, diplomats said.\n";
        var sentences = TextFixture.SentenceTexts(text);
        Assert.Equal(3, sentences.Length);
        Assert.StartsWith("MINAS TIRITH, March 3 - Gondor", sentences[1], StringComparison.Ordinal);
        Assert.EndsWith("northern kingdom.", sentences[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Read more")]
    [InlineData("Leave a Reply")]
    [InlineData("Source: AntiWar.")]
    [InlineData("Your email address will not be published. Required fields are marked *")]
    [InlineData("Advertisement")]
    public void Page_furniture_lines_are_boilerplate(string line)
    {
        var doc = TextFixture.Analyze("Gondor and Arnor signed a pact.\n" + line + "\nArnor later left it.");
        Assert.Equal([line], doc.Boilerplate.Select(doc.Slice));
        Assert.Equal(2, doc.Sentences.Length);
    }

    [Fact]
    public void Ordinary_lines_that_mention_sources_are_not_boilerplate()
    {
        var doc = TextFixture.Analyze("Source: officials in Minas Tirith said the talks would resume after the harvest festival ended.");
        Assert.Empty(doc.Boilerplate);
    }
}
