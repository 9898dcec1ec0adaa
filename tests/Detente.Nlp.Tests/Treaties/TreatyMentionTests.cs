using Detente.Nlp.Treaties;

namespace Detente.Nlp.Tests.Treaties;

public sealed class TreatyMentionTests
{
    private static List<string> Mentions(string text)
    {
        var doc = TreatyFixture.Prepare(text);
        return [.. TreatyFixture.Stage.Mentions(doc).Select(m => $"{m.Treaty}|{doc.Slice(m.Range)}|{m.Kind}")];
    }

    [Theory]
    [InlineData("Officials discussed New Start on Monday.", "NEW-START|New Start")]
    [InlineData("Officials discussed the New START treaty on Monday.", "NEW-START|New START treaty")]
    [InlineData("Officials discussed the Open Skies Treaty on Monday.", "OPEN-SKIES|Open Skies Treaty")]
    [InlineData("Officials discussed INF on Monday.", "INF|INF")]
    [InlineData("Officials discussed the Intermediate-Range Nuclear Forces Agreement on Monday.", "INF|Intermediate-Range Nuclear Forces Agreement")]
    [InlineData("Officials discussed the Intermediate-Range Nuclear Forces (INF) Agreement on Monday.", "INF|Intermediate-Range Nuclear Forces (INF) Agreement")]
    [InlineData("Officials discussed the Chemical Weapons Convention on Monday.", "CWC|Chemical Weapons Convention")]
    public void Known_agreements_are_found_by_name_or_alias(string text, string expected) =>
        Assert.Equal(expected + "|Alias", Assert.Single(Mentions(text)));

    [Fact]
    public void A_name_with_its_abbreviation_in_brackets_gives_two_mentions_of_one_treaty() =>
        Assert.Equal(
            ["ABM|Anti-Ballistic Missile Treaty|Alias", "ABM|ABM Treaty|Alias"],
            Mentions("They left the Anti-Ballistic Missile Treaty (ABM Treaty) behind."));

    [Theory]
    [InlineData("This is a new start for both capitals.")]
    [InlineData("A chemical weapons attack killed dozens.")]
    [InlineData("Putin reaffirmed the maintenance of a hotline between the militaries.")]
    public void Common_words_that_resemble_aliases_are_not_mentions(string text) => Assert.Empty(Mentions(text));

    [Theory]
    [InlineData("Both sides respect the Minsk Agreement.", "unknown:minsk-agreement|Minsk Agreement")]
    [InlineData("Both sides respect the Treaty of Rarotonga.", "unknown:treaty-of-rarotonga|Treaty of Rarotonga")]
    [InlineData("Both sides respect the Black Sea Grain Memorandum.", "unknown:black-sea-grain-memorandum|Black Sea Grain Memorandum")]
    public void Unknown_agreements_are_found_by_their_form(string text, string expected) =>
        Assert.Equal(expected + "|Form", Assert.Single(Mentions(text)));

    [Theory]
    [InlineData("the agreement")]
    [InlineData("the pact")]
    [InlineData("the key arms control agreement")]
    [InlineData("the landmark accord")]
    public void Definite_descriptions_refer_back_to_the_last_agreement(string description)
    {
        var found = Mentions($"The INF Treaty banned a class of missiles. Critics said {description} was outdated.");
        Assert.Equal(2, found.Count);
        Assert.StartsWith("INF|", found[1], StringComparison.Ordinal);
        Assert.EndsWith("|Anaphor", found[1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_anaphor_points_at_its_antecedent_mention()
    {
        var doc = TreatyFixture.Prepare("The CFE Treaty mattered. Russia left the pact.");
        var mentions = TreatyFixture.Stage.Mentions(doc);
        Assert.Equal(TreatyMentionKind.Anaphor, mentions[1].Kind);
        Assert.Equal(0, mentions[1].Antecedent);
        Assert.Equal("CFE", mentions[1].Treaty);
    }

    [Theory]
    [InlineData("Critics said the agreement was outdated.")]
    [InlineData("The INF Treaty banned missiles. They reached the agreement to create a working group.")]
    [InlineData("The INF Treaty banned missiles. Nothing. Nothing. Nothing. Nothing. Critics said the agreement was outdated.")]
    public void A_description_without_a_recent_antecedent_or_introducing_a_new_deal_is_not_a_mention(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.EndsWith("|Anaphor", StringComparison.Ordinal));
}
