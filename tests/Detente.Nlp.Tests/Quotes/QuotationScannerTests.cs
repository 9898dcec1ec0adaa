using Detente.Core.Model;
using Detente.Nlp.Quotes;

namespace Detente.Nlp.Tests.Quotes;

public sealed class QuotationScannerTests
{
    private static string[] Quoted(string text) => QuotationScanner.Scan(text).Select(r => r.Of(text)).ToArray();

    [Theory]
    [InlineData("He said “we agree” today.", "“we agree”")]
    [InlineData("He said \"we agree\" today.", "\"we agree\"")]
    [InlineData("He said 'we agree' today.", "'we agree'")]
    [InlineData("He said ‘we agree’ today.", "‘we agree’")]
    [InlineData("Er sagte „wir sind einig“ heute.", "„wir sind einig“")]
    [InlineData("Il a dit « nous sommes d'accord » hier.", "« nous sommes d'accord »")]
    [InlineData("He said „we agree” today.", "„we agree”")]
    public void Every_quotation_style_is_found_with_its_marks(string text, string expected) =>
        Assert.Equal([expected], Quoted(text));

    [Fact]
    public void Apostrophes_are_not_single_quotes()
    {
        var text = "Gondor’s envoy said the leaders’ talks didn't fail, and 'rock and roll' was a ’90s fad.";
        Assert.Equal(["'rock and roll'"], Quoted(text));
    }

    [Fact]
    public void Nested_quotes_stay_inside_the_outer_quote()
    {
        var text = "“It is a ‘fight of worlds,’ of sorts,” he said. Then ‘another’ one.";
        Assert.Equal(["“It is a ‘fight of worlds,’ of sorts,”", "‘another’"], Quoted(text));
    }

    [Fact]
    public void A_quote_reopened_in_the_next_paragraph_continues()
    {
        var text = "“We will not yield,” said the envoy. “Arnor knows it.\n“Gondor knows it too.”\nThe end.";
        Assert.Equal(["“We will not yield,”", "“Arnor knows it.\n“Gondor knows it too.”"], Quoted(text));
    }

    [Fact]
    public void An_unclosed_quote_ends_with_its_paragraph()
    {
        var text = "He said “we never agreed\nNext paragraph with a “short” quote.";
        Assert.Equal(["“we never agreed", "“short”"], Quoted(text));
    }

    [Fact]
    public void Straight_double_quotes_pair_in_order()
    {
        var ranges = QuotationScanner.Scan("\"One,\" he said, \"two.\"");
        Assert.Equal([new TextRange(0, 6), new TextRange(16, 22)], ranges);
    }
}
