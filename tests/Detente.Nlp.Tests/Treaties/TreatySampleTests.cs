using Detente.Tests.Common;

namespace Detente.Nlp.Tests.Treaties;

public sealed class TreatySampleTests
{
    private static List<string> Sample(string prefix, string reference)
    {
        var file = Directory.GetFiles(TestPaths.Examples, prefix + "_*.txt").Single();
        return TreatyFixture.Describe(TreatyFixture.Actions(File.ReadAllText(file), reference));
    }

    [Fact]
    public void Sample_000_finds_the_ABM_withdrawal_the_1972_signing_and_both_INF_suspensions_and_the_US_withdrawal()
    {
        var found = Sample("000", "2023-11-20");
        Assert.Equal(
            [
                "ABM withdraw USA 2002 consistent Asserted",
                "ABM sign USA 1972 consistent Asserted",
                "ABM sign SUN 1972 consistent Asserted",
                "INF suspend USA 2019-02 consistent Asserted",
                "INF withdraw USA 2019-08 consistent Asserted",
                "INF suspend RUS 2019-02 consistent Asserted",
            ],
            found);
    }

    [Fact]
    public void Sample_002_dates_the_accusations_from_the_knowledge_base_and_finds_the_New_START_suspension()
    {
        var found = Sample("002", "2023-07-05");
        Assert.Equal(
            [
                "ABM withdraw USA 2002-06-13 consistent Asserted",
                "OPEN-SKIES withdraw USA 2020-11-22 consistent Asserted",
                "INF withdraw USA 2019-08-02 consistent Asserted",
                "NEW-START suspend RUS 2023 consistent Asserted",
            ],
            found);
    }

    [Fact]
    public void Sample_003_has_no_treaty_action() => Assert.Empty(Sample("003", "2017-04-12"));
}
