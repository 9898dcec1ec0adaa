using Detente.Knowledge;
using Detente.Knowledge.Loading;
using Detente.Tests.Common;

namespace Detente.Knowledge.Tests.Queries;

public sealed class DatedRoleTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBaseLoader.Load(TestPaths.Data);

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2017-04-12", "donald-trump")]
    [InlineData("2022-06-01", "joe-biden")]
    [InlineData("2025-03-01", "donald-trump")]
    [InlineData("2005-01-01", "george-w-bush")]
    public void The_US_president_depends_on_the_date(string date, string expected)
    {
        var holders = Kb.HoldersOf("USA", "president", D(date));
        Assert.Equal(expected, Assert.Single(holders).PersonId);
    }

    [Theory]
    [InlineData("2023-12-28", "donald-trump")]
    [InlineData("2019-06-01", "barack-obama")]
    [InlineData("2026-01-01", "joe-biden")]
    public void The_former_US_president_is_the_latest_holder_no_longer_in_office(string date, string expected)
    {
        Assert.Equal(expected, Kb.PreviousHolder("USA", "president", D(date))?.PersonId);
    }

    [Fact]
    public void Putin_was_prime_minister_between_his_presidencies()
    {
        Assert.Equal("vladimir-putin", Assert.Single(Kb.HoldersOf("RUS", "prime-minister", D("2010-01-01"))).PersonId);
        Assert.Equal("dmitry-medvedev", Assert.Single(Kb.HoldersOf("RUS", "president", D("2010-01-01"))).PersonId);
        Assert.Equal("Prime Minister", Kb.FindActor("person:vladimir-putin", D("2010-01-01"))?.Role);
        Assert.Equal("President", Kb.FindActor("person:vladimir-putin", D("2023-01-01"))?.Role);
    }

    [Fact]
    public void A_person_out_of_office_becomes_a_former_office_holder_in_the_elite_sector()
    {
        var bush = Kb.FindActor("person:george-w-bush", D("2023-12-28"));
        Assert.Equal("former President", bush?.Role);
        Assert.Equal("USAELI", bush?.Code);
        var lavrov = Kb.FindActor("person:sergey-lavrov", D("2023-12-28"));
        Assert.Equal("RUSGOV", lavrov?.Code);
        Assert.Equal("Minister of Foreign Affairs", lavrov?.Role);
    }

    [Fact]
    public void Titles_follow_the_country_of_the_office()
    {
        Assert.Equal("Secretary of State", Kb.FindActor("person:rex-tillerson", D("2017-04-12"))?.Role);
        Assert.Equal("NATO Secretary-General", Kb.FindActor("person:jens-stoltenberg", D("2017-04-12"))?.Role);
        Assert.Equal("IGOWSTNAT", Kb.FindActor("person:jens-stoltenberg", D("2017-04-12"))?.Code);
    }

    [Theory]
    [InlineData("MNE", "2017-06-04", false)]
    [InlineData("MNE", "2017-06-05", true)]
    [InlineData("FIN", "2023-04-04", true)]
    [InlineData("SWE", "2023-12-31", false)]
    [InlineData("SWE", "2024-03-07", true)]
    public void NATO_accessions_are_dated(string state, string date, bool member)
    {
        Assert.Equal(member, Kb.IsMember("igo:nato", state, D(date)));
    }

    [Fact]
    public void Tenures_of_a_person_are_listed_oldest_first()
    {
        var trump = Kb.TenuresOf("person:donald-trump");
        Assert.Equal([D("2017-01-20"), D("2025-01-20")], trump.Select(t => t.Start));
    }

    [Fact]
    public void Metonyms_and_codes_stand_for_state_sectors()
    {
        Assert.Contains(Kb.Metonyms, m => m.Phrase == "Kremlin" && m.Actor == "RUS" && m.Sector == "GOV");
        Assert.Contains(Kb.Metonyms, m => m.Phrase == "Pentagon" && m.Actor == "USA" && m.Sector == "MIL");
        Assert.Equal("USR", Kb.State("SUN")?.Cameo);
    }
}
