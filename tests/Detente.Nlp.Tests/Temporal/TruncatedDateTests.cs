using Detente.Core.Model;

namespace Detente.Nlp.Tests.Temporal;

public sealed class TruncatedDateTests(TemporalFixture fixture) : IClassFixture<TemporalFixture>
{
    [Theory]
    [InlineData("Gondor and Arnor met on 2019-02")]
    [InlineData("The vote in the council was 4/4")]
    [InlineData("Arnor replied 12-5")]
    public void Numeric_dates_cut_off_at_the_end_of_the_text_do_not_break_recognition(string text)
    {
        var times = fixture.Recognizer.Recognize(text, [new TextRange(0, text.Length)], new DateOnly(2020, 1, 1), null);
        Assert.All(times, t => Assert.InRange(t.Range.End, 1, text.Length));
    }
}
