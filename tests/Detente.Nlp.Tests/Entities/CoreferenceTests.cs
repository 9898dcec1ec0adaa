using Detente.Core.Model;

namespace Detente.Nlp.Tests.Entities;

public sealed class CoreferenceTests
{
    [Fact]
    public void Surnames_role_nouns_and_pronouns_chain_back_to_the_full_name()
    {
        var doc = ActorFixture.Analyze(
            "Sergey Lavrov arrived in Gondor on Monday. The Russian minister said he was pleased. Lavrov left on Tuesday, and the diplomat did not speak to reporters.",
            "2021-05-01");
        var full = doc.Mentions.ToList().FindIndex(m => m.Text == "Sergey Lavrov");
        var minister = ActorFixture.Only(doc, "Russian minister");
        var he = ActorFixture.Only(doc, "he");
        var surname = ActorFixture.Only(doc, "Lavrov");
        var diplomat = ActorFixture.Only(doc, "diplomat");
        Assert.Equal(full, minister.Antecedent);
        Assert.Equal(doc.Mentions.IndexOf(minister), he.Antecedent);
        Assert.All(new[] { minister, he, surname, diplomat }, m => Assert.Equal("person:sergey-lavrov", m.Actor?.Id));
        Assert.Equal(MentionType.Pronoun, he.Type);
    }

    [Fact]
    public void Pronouns_agree_in_gender()
    {
        var doc = ActorFixture.Analyze("Annalena Baerbock met Sergey Lavrov. She said the meeting was useful.", "2022-01-20");
        Assert.Equal("person:annalena-baerbock", ActorFixture.Only(doc, "She").Actor?.Id);
    }

    [Fact]
    public void A_pronoun_after_a_quotation_skips_people_named_inside_it()
    {
        var doc = ActorFixture.Analyze(
            "Sergey Lavrov spoke on Monday. \"Vladimir Putin has said it many times,\" he said.",
            "2023-01-01");
        Assert.Equal("person:sergey-lavrov", ActorFixture.Only(doc, "he").Actor?.Id);
    }

    [Fact]
    public void A_role_noun_for_an_organisation_refers_back_to_it()
    {
        var doc = ActorFixture.Analyze("NATO met in Brussels. The alliance's secretary general, Jens Stoltenberg, spoke.", "2016-01-01");
        var alliance = doc.Mentions.Where(m => m.Actor?.Id == "igo:nato").ToList();
        Assert.NotEmpty(alliance);
        Assert.Equal("person:jens-stoltenberg", ActorFixture.Only(doc, "Jens Stoltenberg").Actor?.Id);
    }

    [Fact]
    public void A_title_without_a_country_refers_to_the_last_holder_of_that_office_mentioned()
    {
        var doc = ActorFixture.Analyze("Emmanuel Macron met Olaf Scholz. The president said Europe must act.", "2022-06-01");
        var p = ActorFixture.Only(doc, "president");
        Assert.Equal("person:emmanuel-macron", p.Actor?.Id);
        Assert.Equal("office:coreference", p.Rule);
    }
}
