using Detente.Sources.Web;

namespace Detente.Sources.Tests.Web;

public sealed class WebDateTests
{
    [Theory]
    [InlineData("Sat, 02 Feb 2019 23:30:00 +0000", "2019-02-02T23:30:00+00:00")]
    [InlineData("Sat, 2 Feb 2019 23:30:00 -0500", "2019-02-02T23:30:00-05:00")]
    [InlineData("Fri, 01 Feb 2019 10:00:00 GMT ", "2019-02-01T10:00:00+00:00")]
    [InlineData("Fri, 01 Feb 2019 10:00:00 PDT", "2019-02-01T10:00:00-07:00")]
    [InlineData("Fri, 01 Feb 2019 10:00 Z", "2019-02-01T10:00:00+00:00")]
    [InlineData("01 Feb 19 10:00:00 A", "2019-02-01T10:00:00+01:00")]
    [InlineData("Do, 05 Dez 2019 16:00:00 +0100", "2019-12-05T16:00:00+01:00")]
    [InlineData("2019-02-02T23:30:00.123Z", "2019-02-02T23:30:00+00:00")]
    [InlineData("2019-02-02T23:30:00+05:30", "2019-02-02T23:30:00+05:30")]
    [InlineData("2019-02-02", "2019-02-02T00:00:00+00:00")]
    [InlineData("February 2, 2019", "2019-02-02T00:00:00+00:00")]
    [InlineData("20190202", "2019-02-02T00:00:00+00:00")]
    public void Feed_and_page_dates_parse_with_their_written_offset(string text, string expected)
    {
        Assert.True(WebDate.TryParse(text, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(value.Offset, DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2019-02-30")]
    [InlineData("Sat, 45 Feb 2019 10:00:00 GMT")]
    public void Nonsense_is_not_a_date(string text) => Assert.False(WebDate.TryParse(text, out _));

    [Fact]
    public void The_date_is_the_publishers_local_date()
    {
        Assert.Equal(new DateOnly(2019, 2, 2), WebDate.ParseDate("Sat, 02 Feb 2019 23:30:00 -0500"));
    }
}
