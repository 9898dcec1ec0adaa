using Detente.Core.Model;

namespace Detente.Nlp.Tests.Entities;

public sealed class MetonymAndCaseTests
{
    [Fact]
    public void Buildings_and_capitals_stand_for_government_or_military()
    {
        var doc = ActorFixture.Analyze("The Kremlin rejected the plan, the Pentagon objected, Downing Street agreed and Kyiv and Kiev both welcomed it.", "2022-03-01");
        Assert.Equal("RUSGOV", ActorFixture.Only(doc, "Kremlin").Actor?.Code);
        Assert.Equal("USAMIL", ActorFixture.Only(doc, "Pentagon").Actor?.Code);
        Assert.Equal("GBRGOV", ActorFixture.Only(doc, "Downing Street").Actor?.Code);
        Assert.Equal("UKRGOV", ActorFixture.Only(doc, "Kyiv").Actor?.Code);
        Assert.Equal("UKRGOV", ActorFixture.Only(doc, "Kiev").Actor?.Code);
    }

    [Fact]
    public void A_capital_after_a_locative_preposition_is_a_place()
    {
        var doc = ActorFixture.Analyze("Talks were held in Damascus, and Damascus rejected the offer.", "2015-01-01");
        var both = doc.Mentions.Where(m => m.Text == "Damascus").ToList();
        Assert.Equal(MentionType.Location, both[0].Type);
        Assert.Equal("SYR", both[0].Actor?.Code);
        Assert.Equal(MentionType.State, both[1].Type);
        Assert.Equal("SYRGOV", both[1].Actor?.Code);
    }

    [Fact]
    public void Acronyms_match_only_in_capitals()
    {
        var doc = ActorFixture.Analyze("Let us ask the US and the un-named UN envoy.", "2020-01-01");
        Assert.Single(doc.Mentions, m => m.Actor?.Id == "USA");
        Assert.DoesNotContain(doc.Mentions, m => m.Text == "us");
    }

    [Fact]
    public void Demonyms_with_agent_nouns_give_state_sectors()
    {
        var doc = ActorFixture.Analyze("Russian troops crossed the border while Chinese diplomats watched and Syrian rebels fled.", "2020-01-01");
        Assert.Equal("RUSMIL", ActorFixture.Only(doc, "Russian troops").Actor?.Code);
        Assert.Equal(MentionType.Group, ActorFixture.Only(doc, "Russian troops").Type);
        Assert.Equal("CHNGOV", ActorFixture.Only(doc, "Chinese diplomats").Actor?.Code);
        Assert.Equal("SYRREB", ActorFixture.Only(doc, "Syrian rebels").Actor?.Code);
    }

    [Fact]
    public void Diacritics_are_folded_but_kept_in_the_text()
    {
        var doc = ActorFixture.Analyze("Recep Tayyip Erdogan and Recep Tayyip Erdoğan are one man.", "2020-01-01");
        Assert.Equal(2, doc.Mentions.Count(m => m.Actor?.Id == "person:recep-tayyip-erdogan"));
    }
}
