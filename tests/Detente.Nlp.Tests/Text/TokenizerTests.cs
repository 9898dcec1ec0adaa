namespace Detente.Nlp.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Gen. Arwen met Sen. Elrond in the U.S. capital.", "Gen.|Arwen|met|Sen.|Elrond|in|the|U.S.|capital|.")]
    [InlineData("George W. Bush spoke.", "George|W.|Bush|spoke|.")]
    [InlineData("They fired 5,500 shells and 3.5 tonnes on 4/4/2017 at 10:30.", "They|fired|5,500|shells|and|3.5|tonnes|on|4/4/2017|at|10:30|.")]
    [InlineData("Gondor don't care, they can't and won't; we cannot.", "Gondor|do|n't|care|,|they|ca|n't|and|wo|n't|;|we|can|not|.")]
    [InlineData("Arnor's envoy said they're ready and we've agreed.", "Arnor|'s|envoy|said|they|'re|ready|and|we|'ve|agreed|.")]
    [InlineData("ground-launched missiles, a non-binding e-mail", "ground|-|launched|missiles|,|a|non-binding|e-mail")]
    [InlineData("He said \u201Cno\u201D \u2013 and \u2018never\u2019.", "He|said|\"|no|\"|\u2013|and|'|never|'|.")]
    [InlineData("The leaders had \u201Cignored [the] huge amount\u201D", "The|leaders|had|\"|ignored|[|the|]|huge|amount|\"")]
    [InlineData("Wait... what? Really?!", "Wait|...|what|?|Really|?!")]
    [InlineData("It ended\u2026 Then -- suddenly -- peace.", "It|ended|...|Then|--|suddenly|--|peace|.")]
    [InlineData("See https://example.org/a(b)/c?x=1, or www.example.com.", "See|https://example.org/a(b)/c?x=1|,|or|www.example.com|.")]
    [InlineData("Write to press@gondor.gov.", "Write|to|press@gondor.gov|.")]
    [InlineData("The 1990s began at 8 a.m. sharp.", "The|1990s|began|at|8|a.m.|sharp|.")]
    [InlineData("the states' borders", "the|states|'|borders")]
    [InlineData("O'Neill visited.", "O'Neill|visited|.")]
    public void Hard_news_cases_are_tokenized_the_UD_way(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), TextFixture.Forms(text));
    }

    [Fact]
    public void Token_ranges_index_the_original_text_and_forms_are_normalised()
    {
        const string text = "Russia\u2019s\u00A0envoy said \u201Cyes.\u201D";
        var doc = TextFixture.Analyze(text);
        Assert.Equal(["Russia", "\u2019s", "envoy", "said", "\u201C", "yes", ".", "\u201D"], doc.Tokens.Select(t => doc.Slice(t.Range)));
        Assert.Equal(["Russia", "'s", "envoy", "said", "\"", "yes", ".", "\""], doc.Tokens.Select(t => t.Form));
        Assert.Equal(text.Length, doc.NormalizedText!.Length);
    }

    [Fact]
    public void Compatibility_characters_are_folded_in_forms_but_not_in_the_text()
    {
        var doc = TextFixture.Analyze("The \uFB01nal of\u00ADficial word.");
        Assert.Equal(["The", "final", "official", "word", "."], doc.Tokens.Select(t => t.Form));
        Assert.Equal("\uFB01nal", doc.Slice(doc.Tokens[1].Range));
    }

    [Fact]
    public void Space_after_is_recorded()
    {
        var doc = TextFixture.Analyze("Yes, no.");
        Assert.Equal([false, true, false, false], doc.Tokens.Select(t => t.SpaceAfter));
    }
}
