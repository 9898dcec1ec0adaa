using System.Collections.Immutable;
using Detente.Core.Model;

namespace Detente.Nlp.Tests.Treaties;

public sealed class TreatyActionTests
{
    private const string Reference = "2024-06-01";

    private static List<string> Found(string text) => TreatyFixture.Describe(TreatyFixture.Actions(text, Reference));

    [Theory]
    [InlineData("Russia ratified the CTBT in 2000.", "CTBT ratify RUS 2000 consistent Asserted")]
    [InlineData("The Open Skies Treaty entered into force in 2002.", "OPEN-SKIES enter_into_force - 2002 consistent Asserted")]
    [InlineData("Moscow extended New START in February 2021.", "NEW-START extend RUS 2021-02 consistent Asserted")]
    [InlineData("Russia suspended the CFE Treaty in 2007.", "CFE suspend RUS 2007 consistent Asserted")]
    [InlineData("Russia resumed its participation in the CFE Treaty in 2010.", "CFE resume RUS 2010 new Asserted")]
    [InlineData("The United States announced its withdrawal from the INF Treaty in October 2018.", "INF withdraw_announced USA 2018-10 consistent Asserted")]
    [InlineData("Washington gave formal notice of withdrawal from the Open Skies Treaty in May 2020.", "OPEN-SKIES withdraw_notified USA 2020-05 consistent Asserted")]
    [InlineData("Russia withdrew from the Open Skies Treaty in December 2021.", "OPEN-SKIES withdraw RUS 2021-12 consistent Asserted")]
    [InlineData("The United States terminated the ABM Treaty in 2002.", "ABM terminate USA 2002 consistent Asserted")]
    [InlineData("New START expired in February 2026.", "NEW-START expire - 2026-02 consistent Asserted")]
    [InlineData("Russia violated the INF Treaty in 2014.", "INF violate RUS 2014 new Asserted")]
    [InlineData("Russia revoked its ratification of the CTBT in November 2023.", "CTBT deratify RUS 2023-11 consistent Asserted")]
    public void Each_action_type_is_found_with_party_date_and_reconciliation(string text, string expected) =>
        Assert.Equal([expected], Found(text));

    [Fact]
    public void An_accusation_names_the_accuser_as_party_and_the_accused_as_counterpart()
    {
        var a = Assert.Single(TreatyFixture.Actions("The United States accused Russia of violating the INF Treaty in 2014.", Reference));
        Assert.Equal("accuse_violation", a.Action);
        Assert.Equal("USA", a.Party?.Actor?.Country);
        Assert.Equal("RUS", a.Counterpart?.Actor?.Country);
        Assert.Equal("2014", a.Date);
    }

    [Fact]
    public void Coordinated_subjects_each_become_a_party() =>
        Assert.Equal(
            ["NEW-START sign RUS 2010-04 consistent Asserted", "NEW-START sign USA 2010-04 consistent Asserted"],
            Found("Russia and the United States signed New START in April 2010."));

    [Fact]
    public void A_passive_agreement_takes_every_party_of_the_by_phrase() =>
        Assert.Equal(
            ["ABM sign USA 1972 consistent Asserted", "ABM sign SUN 1972 consistent Asserted"],
            Found("The ABM Treaty was signed by the US and the USSR in 1972."));

    [Fact]
    public void A_pronoun_object_refers_to_the_agreement_of_the_sentence_before() =>
        Assert.Equal(
            ["INF suspend RUS 2019-02 consistent Asserted"],
            Found("The INF Treaty banned a class of missiles. Russia suspended it in February 2019."));

    [Fact]
    public void A_month_without_a_year_takes_the_last_year_of_the_text() =>
        Assert.Equal(
            ["INF suspend USA 2019-02 consistent Asserted", "INF suspend RUS 2019-02 consistent Asserted"],
            Found("The US suspended the INF Treaty in February 2019. Russia suspended the agreement in February in response."));

    [Fact]
    public void A_possessor_in_a_side_phrase_is_not_the_party() =>
        Assert.Equal(
            ["INF suspend USA 2019-02 consistent Asserted", "INF withdraw USA 2019-08 consistent Asserted"],
            Found("The US suspended the INF Treaty in February 2019, during Putin's term, and then withdrew from it in August of the same year."));

    [Theory]
    [InlineData("Russia will withdraw from New START.", "NEW-START withdraw RUS - new Future")]
    [InlineData("Russia could suspend the CFE Treaty.", "CFE suspend RUS - new Hypothetical")]
    [InlineData("Russia did not withdraw from New START in 2023.", "NEW-START withdraw RUS 2023 consistent Negated")]
    [InlineData("Lavrov said Russia suspended New START in 2023.", "NEW-START suspend RUS 2023 consistent Reported")]
    public void Modality_comes_from_the_words_before_the_action(string text, string expected) =>
        Assert.Equal([expected], Found(text));

    [Fact]
    public void A_recorded_action_at_another_date_is_a_conflict() =>
        Assert.Equal(["ABM withdraw USA 2005 conflict Asserted"], Found("The United States withdrew from the ABM Treaty in 2005."));

    [Fact]
    public void An_accusation_without_a_date_is_dated_from_the_knowledge_base_not_the_article()
    {
        var a = Assert.Single(TreatyFixture.Actions("Washington withdrew from the Open Skies Treaty.", "2023-07-01"));
        Assert.Equal("2020-11-22", a.Date);
        Assert.Equal("consistent", a.Status);
        Assert.EndsWith("+date-kb", a.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_agreements_give_new_actions() =>
        Assert.Equal(["unknown:minsk-agreement sign RUS 2015 new Asserted"], Found("Russia signed the Minsk Agreement in 2015."));

    [Fact]
    public void The_time_layer_gives_the_date_when_present()
    {
        var doc = TreatyFixture.Prepare("Russia suspended the INF Treaty that month.", Reference);
        int at = doc.Text.IndexOf("that month", StringComparison.Ordinal);
        doc = doc with
        {
            Times = [new TimeExpression(new TextRange(at, at + 10), "that month", TimexType.Date, "2019-02")],
            Present = doc.Present | Layers.Times,
        };
        var a = Assert.Single(TreatyFixture.Stage.Process(doc).TreatyActions);
        Assert.Equal("2019-02", a.Date);
        Assert.Contains("date-time", a.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dependency_parse_gives_the_subject_when_present()
    {
        const string text = "The United States, unlike Russia, withdrew from the ABM Treaty in 2002.";
        var doc = TreatyFixture.Prepare(text, Reference);
        Assert.Equal("RUS", TreatyFixture.Stage.Process(doc).TreatyActions.Single().Party?.Actor?.Country);

        var tokens = doc.Tokens.ToBuilder();
        int states = Index(doc, "States"), withdrew = Index(doc, "withdrew");
        tokens[states] = tokens[states] with { Head = withdrew, Relation = "nsubj" };
        tokens[withdrew] = tokens[withdrew] with { Head = -1, Relation = "root" };
        var parsed = doc with { Tokens = tokens.ToImmutable(), Present = doc.Present | Layers.Dependencies };
        var a = TreatyFixture.Stage.Process(parsed).TreatyActions.Single();
        Assert.Equal("USA", a.Party?.Actor?.Country);
        Assert.Contains(":parse:", a.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stage_declares_what_it_needs_and_makes()
    {
        Assert.Equal("treaties", TreatyFixture.Stage.Name);
        Assert.Equal(Layers.Tokens | Layers.Sentences, TreatyFixture.Stage.Requires);
        Assert.Equal(Layers.TreatyActions, TreatyFixture.Stage.Produces);
    }

    [Fact]
    public void Without_actor_mentions_actions_are_found_without_a_party()
    {
        var doc = TreatyFixture.Prepare("Russia suspended New START in 2023.", Reference) with { Mentions = ImmutableArray<Mention>.Empty };
        var a = Assert.Single(TreatyFixture.Stage.Process(doc).TreatyActions);
        Assert.Null(a.Party);
        Assert.Equal("suspend", a.Action);
        Assert.Equal("consistent", a.Status);
    }

    private static int Index(Document doc, string form)
    {
        for (int i = 0; i < doc.Tokens.Length; i++)
        {
            if (doc.Tokens[i].Form == form) return i;
        }

        throw new InvalidOperationException(form + " not found");
    }
}
