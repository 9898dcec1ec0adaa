using Detente.Core.Model;
using Detente.Nlp.Events;

namespace Detente.Nlp.Tests.Events;

public sealed class EventFusionTests
{
    private const string MetYesterday = """
        Arnor Arnor PROPN 2 nsubj
        met meet VERB 0 root
        Gondor Gondor PROPN 2 obj
        . . PUNCT 2 punct
        """;

    private const string TalksHeld = """
        Arnor Arnor PROPN 2 nsubj
        held hold VERB 0 root
        talks talk NOUN 2 obj
        with with ADP 5 case
        Gondor Gondor PROPN 3 nmod
        . . PUNCT 2 punct
        """;

    private const string DidNotMeet = """
        Arnor Arnor PROPN 4 nsubj
        did do AUX 4 aux
        not not PART 4 advmod
        meet meet VERB 0 root
        Gondor Gondor PROPN 4 obj
        . . PUNCT 4 punct
        """;

    private static Document Fused(string id, DateOnly date, params string[] sentences)
    {
        var doc = ParsedSentences.Document(id, date, sentences);
        return new FusionStage().Process(doc with { Events = ParsedSentences.Coder.Code(doc) });
    }

    [Fact]
    public void Two_reports_of_one_meeting_in_an_article_share_a_fusion_key()
    {
        var doc = Fused("a1", new DateOnly(2024, 5, 1), MetYesterday, TalksHeld);
        Assert.Equal(3, doc.Events.Length);
        Assert.NotNull(doc.Events[0].FusionKey);
        Assert.All(doc.Events, e => Assert.Equal(doc.Events[0].FusionKey, e.FusionKey));
        var fused = Assert.Single(EventFusion.Group(doc.Events.Select(e => ("a1", e))));
        Assert.Equal(3, fused.Mentions.Count);
        Assert.Equal(1, fused.Reports);
    }

    [Fact]
    public void A_denied_meeting_never_fuses_with_an_asserted_one()
    {
        var doc = Fused("a1", new DateOnly(2024, 5, 1), MetYesterday, DidNotMeet);
        Assert.Equal(2, doc.Events.Length);
        Assert.Equal(Modality.Negated, doc.Events[1].Modality);
        Assert.NotEqual(doc.Events[0].FusionKey, doc.Events[1].FusionKey);
    }

    [Fact]
    public void The_same_meeting_in_two_articles_of_the_same_week_gets_one_key_and_two_reports()
    {
        var monday = Fused("a1", new DateOnly(2024, 4, 29), MetYesterday);
        var wednesday = Fused("a2", new DateOnly(2024, 5, 1), TalksHeld);
        Assert.Equal(monday.Events[0].FusionKey, wednesday.Events[0].FusionKey);
        var fused = Assert.Single(EventFusion.Group(monday.Events.Select(e => ("a1", e)).Concat(wednesday.Events.Select(e => ("a2", e)))));
        Assert.Equal(2, fused.Reports);
    }

    [Fact]
    public void Meetings_in_different_weeks_are_different_events()
    {
        var first = Fused("a1", new DateOnly(2024, 4, 1), MetYesterday);
        var later = Fused("a2", new DateOnly(2024, 5, 1), MetYesterday);
        Assert.NotEqual(first.Events[0].FusionKey, later.Events[0].FusionKey);
        Assert.Equal(first.Events[0].FusionKey, EventFusion.Key(first.Events[0]));
    }
}
