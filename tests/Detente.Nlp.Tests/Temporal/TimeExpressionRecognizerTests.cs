using Detente.Core.Model;
using Detente.Nlp.Temporal;

namespace Detente.Nlp.Tests.Temporal;

public sealed class TimeExpressionRecognizerTests(TemporalFixture fx) : IClassFixture<TemporalFixture>
{
    private static readonly DateOnly Wednesday13March2019 = new(2019, 3, 13);

    private IReadOnlyList<TimeExpression> Times(string text, DateOnly? reference) =>
        fx.Recognizer.Recognize(text, SentenceSpans.Split(text), reference);

    private TimeExpression Only(string text, DateOnly? reference)
    {
        var times = Times(text, reference);
        return Assert.Single(times);
    }

    [Theory]
    [InlineData("The deal was signed on 2 February 2019 in Arnor.", "2 February 2019", "2019-02-02")]
    [InlineData("The deal was signed on Feb. 2, 2019 in Arnor.", "Feb. 2, 2019", "2019-02-02")]
    [InlineData("The deal was signed on February 2nd 2019.", "February 2nd 2019", "2019-02-02")]
    [InlineData("The deal was signed on the 2nd of February, 2019.", "2nd of February, 2019", "2019-02-02")]
    [InlineData("The deal was signed on 2019-02-02.", "2019-02-02", "2019-02-02")]
    [InlineData("The deal was signed on 2/14/2019.", "2/14/2019", "2019-02-14")]
    [InlineData("Gondor left the treaty in February 2019.", "February 2019", "2019-02")]
    [InlineData("Gondor left the treaty in 2017.", "2017", "2017")]
    [InlineData("Arnor grew fast in the 1990s.", "1990s", "199X")]
    [InlineData("Profits fell in the third quarter of 2018.", "the third quarter of 2018", "2018-Q3")]
    [InlineData("Talks resumed in the summer of 2016.", "the summer of 2016", "2016-SU")]
    public void Absolute_dates_carry_their_own_value(string text, string expression, string value)
    {
        var t = Only(text, Wednesday13March2019);
        Assert.Equal(expression, t.Text);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexType.Date, t.Type);
    }

    [Theory]
    [InlineData("Arnor protested last week.", "last week", "2019-W10")]
    [InlineData("Arnor protested this week.", "this week", "2019-W11")]
    [InlineData("The envoy arrived on Monday.", "Monday", "2019-03-11")]
    [InlineData("The envoy will arrive on Friday.", "Friday", "2019-03-15")]
    [InlineData("The envoy arrived yesterday.", "yesterday", "2019-03-12")]
    [InlineData("The envoy arrives tomorrow.", "tomorrow", "2019-03-14")]
    [InlineData("The envoy left two years ago.", "two years ago", "2017")]
    [InlineData("The envoy left three days ago.", "three days ago", "2019-03-10")]
    [InlineData("Gondor suspended the pact earlier this year.", "earlier this year", "2019")]
    [InlineData("Gondor will vote next month.", "next month", "2019-04")]
    [InlineData("Gondor voted last year.", "last year", "2018")]
    [InlineData("Gondor voted last November.", "last November", "2018-11")]
    [InlineData("The talks end this morning.", "this morning", "2019-03-13TMO")]
    [InlineData("The talks opened at 10:30 a.m. on Monday.", "10:30 a.m. on Monday", "2019-03-11T10:30")]
    [InlineData("The envoy arrived on Monday night.", "Monday night", "2019-03-11")]
    [InlineData("The envoy arrived last night.", "last night", "2019-03-12TNI")]
    public void Relative_dates_resolve_against_the_reference_date(string text, string expression, string value)
    {
        var t = Only(text, Wednesday13March2019);
        Assert.Equal(expression, t.Text);
        Assert.Equal(value, t.Value);
    }

    [Theory]
    [InlineData("Gondor Mining expects its fourth-quarter profit to rise.", "2019-11-02", "fourth-quarter", "2019-Q4")]
    [InlineData("Gondor Mining expects its third-quarter profit to be revised.", "2019-11-02", "third-quarter", "2019-Q3")]
    [InlineData("Gondor Mining expects first-quarter profit to rise.", "2019-11-02", "first-quarter", "2020-Q1")]
    public void A_quarter_without_a_year_is_the_nearest_one_measured_from_its_middle(string text, string reference, string expression, string value)
    {
        var t = Only(text, DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expression, t.Text);
        Assert.Equal(value, t.Value);
    }

    [Theory]
    [InlineData("Tensions rose in recent months.", "recent months", "PXM", TimexType.Duration)]
    [InlineData("Tensions rose over the past decades.", "the past decades", "PXY", TimexType.Duration)]
    [InlineData("Tensions are high now.", "now", "PRESENT_REF", TimexType.Date)]
    [InlineData("Arnor recently left the pact.", "recently", "PAST_REF", TimexType.Date)]
    [InlineData("Nobody knows what the future holds.", "the future", "FUTURE_REF", TimexType.Date)]
    [InlineData("Gondor holds talks daily.", "daily", "P1D", TimexType.Set)]
    [InlineData("Gondor holds talks every week.", "every week", "P1W", TimexType.Set)]
    public void Fuzzy_and_recurring_expressions_get_reference_values(string text, string expression, string value, TimexType type)
    {
        var t = Only(text, Wednesday13March2019);
        Assert.Equal(expression, t.Text);
        Assert.Equal(value, t.Value);
        Assert.Equal(type, t.Type);
    }

    [Theory]
    [InlineData("It happened twice in the last eighteen months.", "the last eighteen months", "P18M")]
    [InlineData("They talked for about ten minutes.", "ten minutes", "PT10M")]
    [InlineData("They held a two-hour meeting.", "two-hour", "PT2H")]
    [InlineData("The flight took 5 1/2 hours.", "5 1/2 hours", "PT5H30M")]
    [InlineData("The siege lasted a year and a half.", "a year and a half", "P1Y6M")]
    [InlineData("Arnor signed a ten-year treaty.", "ten-year", "P10Y")]
    [InlineData("The first nine months were quiet.", "The first nine months", "P9M")]
    public void Durations_are_measured(string text, string expression, string value)
    {
        var t = Only(text, Wednesday13March2019);
        Assert.Equal(expression, t.Text);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexType.Duration, t.Type);
    }

    [Fact]
    public void Ages_are_not_durations()
    {
        Assert.Empty(Times("The envoy, 52 years old, is a 30-year-old veteran's father.", Wednesday13March2019));
    }

    [Fact]
    public void A_bare_month_takes_the_year_of_the_preceding_narrative()
    {
        var text = "Gondor first suspended the treaty in February 2019, and then withdrew from it in August of the same year. "
            + "Arnor suspended the agreement in February in response.";
        var times = Times(text, new DateOnly(2023, 7, 1));
        Assert.Equal(["February 2019", "August of the same year", "February"], times.Select(t => t.Text));
        Assert.Equal(["2019-02", "2019-08", "2019-02"], times.Select(t => t.Value));
    }

    [Fact]
    public void Anaphoric_expressions_follow_the_narrative_time()
    {
        var text = "Arnor invaded in 1996. The following year Gondor replied. The same year the king died. Since then nobody has spoken.";
        var times = Times(text, new DateOnly(2023, 7, 1));
        Assert.Equal(["1996", "The following year", "The same year", "then"], times.Select(t => t.Text));
        Assert.Equal(["1996", "1997", "1997", "1997"], times.Select(t => t.Value));
    }

    [Fact]
    public void A_bare_month_without_narrative_is_the_nearest_past_one()
    {
        Assert.Equal("2018-12", Only("Arnor voted in December.", Wednesday13March2019).Value);
        Assert.Equal("2019-02", Only("Arnor voted in February.", Wednesday13March2019).Value);
    }

    [Fact]
    public void Yesterday_after_the_first_of_March_of_a_leap_year_is_the_29th_of_February()
    {
        Assert.Equal("2024-02-29", Only("Arnor voted yesterday.", new DateOnly(2024, 3, 1)).Value);
        Assert.Equal("2023-02-28", Only("Arnor voted yesterday.", new DateOnly(2023, 3, 1)).Value);
    }

    [Fact]
    public void The_day_after_the_28th_of_February_of_a_leap_year_is_the_29th()
    {
        var times = Times("Arnor voted on 28 February 2024. A day later Gondor followed. A year later both regretted it.", new DateOnly(2025, 6, 1));
        Assert.Equal(["2024-02-28", "2024-02-29", "2025"], times.Select(t => t.Value));
    }

    [Fact]
    public void The_29th_of_February_is_a_date_in_leap_years()
    {
        Assert.Equal("2024-02-29", Only("Arnor voted on Feb. 29.", new DateOnly(2024, 3, 10)).Value);
        Assert.Equal("2020-02-29", Only("Arnor voted on 29 February 2020.", new DateOnly(2024, 3, 10)).Value);
    }

    [Theory]
    [InlineData(2021, 1, 3, "this week", "2020-W53")]
    [InlineData(2021, 1, 3, "last week", "2020-W52")]
    [InlineData(2021, 1, 4, "this week", "2021-W01")]
    [InlineData(2019, 12, 30, "this week", "2020-W01")]
    [InlineData(2019, 12, 30, "last week", "2019-W52")]
    public void Weeks_are_ISO_weeks(int y, int m, int d, string phrase, string value)
    {
        Assert.Equal(value, Only($"Arnor voted {phrase}.", new DateOnly(y, m, d)).Value);
    }

    [Fact]
    public void Without_a_reference_date_relative_values_keep_unknown_digits()
    {
        var times = Times("Arnor voted on Tuesday, on 4 April and in 2017.", null);
        Assert.Equal(["XXXX-XX-XX", "XXXX-04-04", "2017"], times.Select(t => t.Value));
    }

    [Fact]
    public void A_reference_date_known_only_to_the_year_gives_values_known_only_to_the_year()
    {
        var text = "Arnor voted on Tuesday.";
        var times = fx.Recognizer.Recognize(text, SentenceSpans.Split(text), new DateOnly(2023, 7, 2), "year");
        Assert.Equal("2023-XX-XX", Assert.Single(times).Value);
    }
}
