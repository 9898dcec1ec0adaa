using Detente.Core.Model;

namespace Detente.Nlp.Tests.Entities;

public sealed class DatedRoleResolutionTests
{
    [Theory]
    [InlineData("2017-04-12", "person:donald-trump", "person:vladimir-putin")]
    [InlineData("2022-06-01", "person:joe-biden", "person:vladimir-putin")]
    [InlineData("2010-03-01", "person:barack-obama", "person:dmitry-medvedev")]
    [InlineData("1995-01-01", "person:bill-clinton", "person:boris-yeltsin")]
    public void The_same_title_resolves_to_the_holder_on_the_reference_date(string date, string us, string russia)
    {
        var doc = ActorFixture.Analyze("The US president called the Russian president on Friday.", date);
        Assert.Equal(us, ActorFixture.Only(doc, "US president").Actor?.Id);
        Assert.Equal(russia, ActorFixture.Only(doc, "Russian president").Actor?.Id);
    }

    [Theory]
    [InlineData("2023-12-28", "person:donald-trump")]
    [InlineData("2019-05-01", "person:barack-obama")]
    [InlineData("2026-02-01", "person:joe-biden")]
    public void Former_means_the_latest_holder_out_of_office(string date, string expected)
    {
        var doc = ActorFixture.Analyze("The former US president spoke to reporters in Gondor.", date);
        var m = ActorFixture.Only(doc, "former US president");
        Assert.Equal(expected, m.Actor?.Id);
        Assert.Equal("office:former-holder", m.Rule);
        Assert.Equal("USAELI", m.Actor?.Code);
    }

    [Fact]
    public void Putin_as_prime_minister_between_2008_and_2012()
    {
        var doc = ActorFixture.Analyze("Russian Prime Minister Vladimir Putin met the Russian president.", "2010-01-15");
        var putin = ActorFixture.Only(doc, "Russian Prime Minister Vladimir Putin");
        Assert.Equal("Prime Minister", putin.Actor?.Role);
        Assert.Equal("person:dmitry-medvedev", ActorFixture.Only(doc, "Russian president").Actor?.Id);
    }

    [Fact]
    public void Without_a_date_a_title_resolves_to_the_latest_holder_and_says_so()
    {
        var doc = ActorFixture.Analyze("The Russian foreign minister arrived in Arnor.", null);
        var m = ActorFixture.Only(doc, "Russian foreign minister");
        Assert.Equal("person:sergey-lavrov", m.Actor?.Id);
        Assert.EndsWith(":undated", m.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Country_specific_titles_name_their_office()
    {
        var doc = ActorFixture.Analyze("Secretary of State Arwen Evenstar met Foreign Secretary Elrond Peredhel. The secretary of state left.", "2019-06-01");
        var unknown = ActorFixture.Only(doc, "Secretary of State Arwen Evenstar");
        Assert.Equal(MentionType.Person, unknown.Type);
        Assert.Equal("USA", unknown.Actor?.Country);
        Assert.Equal("USAGOV", unknown.Actor?.Code);
        Assert.Equal("GBR", ActorFixture.Only(doc, "Foreign Secretary Elrond Peredhel").Actor?.Country);
    }

    [Fact]
    public void Unknown_people_keep_type_country_and_sector_from_their_title()
    {
        var doc = ActorFixture.Analyze("Russian Deputy Foreign Minister Boromir Denethorov said the talks had failed.", "2020-01-01");
        var m = ActorFixture.Only(doc, "Russian Deputy Foreign Minister Boromir Denethorov");
        Assert.Equal(MentionType.Person, m.Type);
        Assert.StartsWith("unknown:", m.Actor?.Id, StringComparison.Ordinal);
        Assert.Equal("Boromir Denethorov", m.Actor?.Name);
        Assert.Equal("RUS", m.Actor?.Country);
        Assert.Equal("GOV", m.Actor?.Sector);
        Assert.Equal("Deputy Foreign Minister", m.Actor?.Role);
    }

    [Fact]
    public void Names_after_titles_win_over_the_holder_on_the_date()
    {
        var doc = ActorFixture.Analyze("Former US President George W. Bush visited Rohan.", "2023-01-01");
        var m = ActorFixture.Only(doc, "Former US President George W. Bush");
        Assert.Equal("person:george-w-bush", m.Actor?.Id);
        Assert.Equal("former President", m.Actor?.Role);
    }

    [Fact]
    public void Name_variants_resolve_to_one_person()
    {
        var doc = ActorFixture.Analyze("Volodymyr Zelenskyy met Vladimir Zelensky and Zelenskiy. Sergei Lavrov and Sergey Lavrov agreed.", "2023-01-01");
        Assert.Equal(3, doc.Mentions.Count(m => m.Actor?.Id == "person:volodymyr-zelensky"));
        Assert.Equal(2, doc.Mentions.Count(m => m.Actor?.Id == "person:sergey-lavrov"));
    }
}
