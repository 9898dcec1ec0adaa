using Detente.Core.Model;
using Detente.Nlp.Events.Evaluation;

namespace Detente.Nlp.Tests.Events;

/// <summary>Sentences from the shipped example articles, with hand-made parses and actor mentions.</summary>
public sealed class SampleSentenceTests
{
    private static readonly Actor Russia = new("RUS", "Russia", "RUS", "GOV", null, "RUSGOV");
    private static readonly Actor Trump = new("person:donald-trump", "Donald Trump", "USA", "ELI", null, "USAELI");
    private static readonly Actor Ukraine = new("UKR", "Ukraine", "UKR", "GOV", null, "UKRGOV");
    private static readonly Actor Un = new("igo:un", "United Nations", null, "IGO", null, "IGOUNO");
    private static readonly Actor Usa = new("USA", "United States", "USA", "GOV", null, "USAGOV");

    private static IReadOnlyList<PoliticalEvent> Code(string compact, params (string, Actor, MentionType)[] actors)
    {
        var doc = ConlluDocument.Build("sample", [ParsedSentences.Conllu(compact)], new DateOnly(2024, 2, 19));
        return ParsedSentences.Coder.Code(ConlluDocument.WithMentions(doc, actors));
    }

    [Fact]
    public void The_Kremlin_denial_of_talks_with_Trump_is_never_an_asserted_meeting()
    {
        var events = Code("""
            Moscow Moscow PROPN 2 nsubj
            denied deny VERB 0 root
            it it PRON 5 nsubj
            had have AUX 5 aux
            held hold VERB 2 ccomp
            any any DET 7 det
            talks talk NOUN 5 obj
            with with ADP 12 case
            the the DET 12 det
            former former ADJ 12 amod
            US US PROPN 12 compound
            president president NOUN 7 nmod
            on on ADP 14 mark
            reaching reach VERB 7 acl
            peace peace NOUN 14 obj
            with with ADP 17 case
            Kiev Kiev PROPN 14 obl
            . . PUNCT 2 punct
            """, ("Moscow", Russia, MentionType.State), ("it", Russia, MentionType.Pronoun), ("former US president", Trump, MentionType.Person), ("Kiev", Ukraine, MentionType.State));
        Assert.All(events.Where(e => e.Cameo.StartsWith("04", StringComparison.Ordinal)), e => Assert.Equal(Modality.Denied, e.Modality));
        var talks = Assert.Single(events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.Source.Actor == Russia);
        Assert.Equal("RUSGOV", talks.Source.Actor?.Code);
        Assert.Equal("USAELI", talks.Target?.Actor?.Code);
        Assert.Equal(Modality.Denied, talks.Modality);
    }

    [Fact]
    public void Russia_vetoed_a_resolution_is_an_asserted_veto()
    {
        var events = Code("""
            Russia Russia PROPN 3 nsubj
            later later ADV 3 advmod
            vetoed veto VERB 0 root
            a a DET 7 det
            UN UN PROPN 7 compound
            security security NOUN 7 compound
            resolution resolution NOUN 3 obj
            put put VERB 7 acl
            forward forward ADV 8 advmod
            by by ADP 12 case
            the the DET 12 det
            US US PROPN 8 obl:agent
            , , PUNCT 15 punct
            the the DET 15 det
            UK UK PROPN 12 conj
            and and CCONJ 17 cc
            France France PROPN 12 conj
            . . PUNCT 3 punct
            """, ("Russia", Russia, MentionType.State), ("UN", Un, MentionType.Organization), ("US", Usa, MentionType.State));
        var veto = Assert.Single(events, e => e.Cameo == "129");
        Assert.Equal("RUSGOV", veto.Source.Actor?.Code);
        Assert.Equal(Modality.Asserted, veto.Modality);
        Assert.Equal("REJECT", veto.Plover);
    }
}
