using Detente.Core.Model;

namespace Detente.Nlp.Tests.Events;

public sealed class EventCoderTests
{
    private static PoliticalEvent Single(IEnumerable<PoliticalEvent> events, string source, string? target, string root)
    {
        var hits = events.Where(e => e.Source.Actor?.Id == source && e.Target?.Actor?.Id == target && e.Cameo.StartsWith(root, StringComparison.Ordinal)).ToList();
        Assert.True(hits.Count == 1, $"expected one {source}->{target} {root} event, got: {string.Join(" | ", events.Select(Describe))}");
        return hits[0];
    }

    private static string Describe(PoliticalEvent e) => $"{e.Source.Actor?.Id}->{e.Target?.Actor?.Id} {e.Cameo} {e.Modality} [{e.Rule}]";

    [Fact]
    public void Passive_agent_becomes_the_source_and_passive_subject_the_target()
    {
        var events = ParsedSentences.Code("""
            Gondor Gondor PROPN 3 nsubj:pass
            was be AUX 3 aux:pass
            attacked attack VERB 0 root
            by by ADP 5 case
            Mordor Mordor PROPN 3 obl:agent
            . . PUNCT 3 punct
            """);
        var e = Single(events, "MOR", "GON", "19");
        Assert.Equal(Modality.Asserted, e.Modality);
        Assert.Equal(4, e.Quad);
        Assert.Equal("ASSAULT", e.Plover);
        Assert.Contains("passive agent", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Coordinated_subjects_each_become_a_source()
    {
        var events = ParsedSentences.Code("""
            Arnor Arnor PROPN 6 nsubj
            , , PUNCT 3 punct
            Rohan Rohan PROPN 1 conj
            and and CCONJ 5 cc
            Dale Dale PROPN 1 conj
            condemned condemn VERB 0 root
            Mordor Mordor PROPN 6 obj
            . . PUNCT 6 punct
            """);
        Assert.Equal(3, events.Count);
        foreach (var source in new[] { "ARN", "ROH", "DAL" })
        {
            var e = Single(events, source, "MOR", "111");
            Assert.Equal(3, e.Quad);
            Assert.Equal(-2.0, e.Goldstein);
        }
    }

    [Fact]
    public void Did_not_meet_is_negated()
    {
        var events = ParsedSentences.Code("""
            Arnor Arnor PROPN 4 nsubj
            did do AUX 4 aux
            not not PART 4 advmod
            meet meet VERB 0 root
            with with ADP 6 case
            Gondor Gondor PROPN 4 obl
            . . PUNCT 4 punct
            """);
        var e = Single(events, "ARN", "GON", "04");
        Assert.Equal(Modality.Negated, e.Modality);
        Assert.Contains("obl:with", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Denied_talks_are_denied_never_an_asserted_meeting()
    {
        var events = ParsedSentences.Code("""
            Arnor Arnor PROPN 2 nsubj
            denied deny VERB 0 root
            that that SCONJ 6 mark
            it it PRON 6 nsubj
            had have AUX 6 aux
            held hold VERB 2 ccomp
            talks talk NOUN 6 obj
            with with ADP 9 case
            Gondor Gondor PROPN 7 nmod
            . . PUNCT 2 punct
            """.Replace("it it PRON 6 nsubj", "Arnor it PRON 6 nsubj", StringComparison.Ordinal));
        var talks = Single(events, "ARN", "GON", "04");
        Assert.Equal(Modality.Denied, talks.Modality);
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.Modality == Modality.Asserted);
        Assert.Equal(Modality.Asserted, Single(events, "ARN", null, "016").Modality);
    }

    [Fact]
    public void Denied_contacts_as_a_noun_object_are_denied()
    {
        var events = ParsedSentences.Code("""
            Arnor Arnor PROPN 2 nsubj
            denied deny VERB 0 root
            any any DET 4 det
            contacts contact NOUN 2 obj
            with with ADP 6 case
            Gondor Gondor PROPN 4 nmod
            . . PUNCT 2 punct
            """);
        Assert.Equal(Modality.Denied, Single(events, "ARN", "GON", "04").Modality);
    }

    [Fact]
    public void No_contacts_is_negated()
    {
        var events = ParsedSentences.Code("""
            Arnor Arnor PROPN 2 nsubj
            had have VERB 0 root
            no no DET 4 det
            contacts contact NOUN 2 obj
            with with ADP 6 case
            Gondor Gondor PROPN 4 nmod
            . . PUNCT 2 punct
            """);
        Assert.Equal(Modality.Negated, Single(events, "ARN", "GON", "04").Modality);
    }

    [Fact]
    public void Condition_and_would_make_events_hypothetical()
    {
        var events = ParsedSentences.Code("""
            If if SCONJ 3 mark
            Mordor Mordor PROPN 3 nsubj
            attacks attack VERB 8 advcl
            Rohan Rohan PROPN 3 obj
            , , PUNCT 8 punct
            Gondor Gondor PROPN 8 nsubj
            would would AUX 8 aux
            condemn condemn VERB 0 root
            Mordor Mordor PROPN 8 obj
            . . PUNCT 8 punct
            """);
        Assert.Equal(Modality.Hypothetical, Single(events, "MOR", "ROH", "19").Modality);
        Assert.Equal(Modality.Hypothetical, Single(events, "GON", "MOR", "111").Modality);
    }

    [Fact]
    public void Reported_content_is_reported_and_the_statement_is_its_own_event()
    {
        var events = ParsedSentences.Code("""
            Arnor Arnor PROPN 2 nsubj
            said say VERB 0 root
            that that SCONJ 6 mark
            Mordor Mordor PROPN 6 nsubj
            had have AUX 6 aux
            attacked attack VERB 2 ccomp
            Rohan Rohan PROPN 6 obj
            . . PUNCT 2 punct
            """);
        Assert.Equal(Modality.Reported, Single(events, "MOR", "ROH", "19").Modality);
        var statement = Single(events, "ARN", "MOR", "01");
        Assert.Equal(0, statement.Quad);
        Assert.Contains("statement's content", statement.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_speech_verb_makes_the_main_clause_reported()
    {
        var events = ParsedSentences.Code("""
            Mordor Mordor PROPN 2 nsubj
            attacked attack VERB 0 root
            Rohan Rohan PROPN 2 obj
            , , PUNCT 5 punct
            Arnor Arnor PROPN 5 nsubj
            said say VERB 2 parataxis
            . . PUNCT 2 punct
            """);
        Assert.Equal(Modality.Reported, Single(events, "MOR", "ROH", "19").Modality);
    }

    [Fact]
    public void Light_verb_hands_the_event_to_its_object_noun()
    {
        var events = ParsedSentences.Code("""
            Arnor Arnor PROPN 2 nsubj
            imposed impose VERB 0 root
            new new ADJ 4 amod
            sanctions sanction NOUN 2 obj
            on on ADP 6 case
            Mordor Mordor PROPN 4 nmod
            . . PUNCT 2 punct
            """);
        var e = Single(events, "ARN", "MOR", "163");
        Assert.StartsWith("noun:sanction", e.Rule, StringComparison.Ordinal);
        Assert.Single(events);
    }

    [Fact]
    public void Possessive_veto_codes_a_nominal_event()
    {
        var events = ParsedSentences.Code("""
            Gondor Gondor PROPN 3 nmod:poss
            's 's PART 1 case
            veto veto NOUN 4 nsubj
            surprised surprise VERB 0 root
            Rohan Rohan PROPN 4 obj
            . . PUNCT 4 punct
            """);
        var e = Single(events, "GON", null, "129");
        Assert.Equal("REJECT", e.Plover);
    }

    [Fact]
    public void An_accusation_noun_takes_its_possessor_or_modifier_as_source_and_against_or_of_as_target()
    {
        var against = ParsedSentences.Code("""
            Arnor Arnor PROPN 3 nmod:poss
            's 's PART 1 case
            accusation accusation NOUN 6 nsubj
            against against ADP 5 case
            Gondor Gondor PROPN 3 nmod
            surprised surprise VERB 0 root
            Rohan Rohan PROPN 6 obj
            . . PUNCT 6 punct
            """);
        Assert.Equal("ACCUSE", Single(against, "ARN", "GON", "112").Plover);

        var of = ParsedSentences.Code("""
            The the DET 3 det
            Arnor Arnor PROPN 3 compound
            accusation accusation NOUN 6 nsubj
            of of ADP 5 case
            Gondor Gondor PROPN 3 nmod
            stood stand VERB 0 root
            . . PUNCT 6 punct
            """);
        Assert.Equal(Modality.Asserted, Single(of, "ARN", "GON", "112").Modality);
    }

    [Fact]
    public void Saying_that_a_party_failed_accuses_it_unless_the_failure_is_negated()
    {
        const string parse = """
            Arnor Arnor PROPN 2 nsubj
            said say VERB 0 root
            Gondor Gondor PROPN 5 nsubj
            had have AUX 5 aux
            failed fail VERB 2 ccomp
            to to PART 7 mark
            keep keep VERB 5 xcomp
            its its PRON 9 nmod:poss
            word word NOUN 7 obj
            . . PUNCT 2 punct
            """;
        var e = Single(ParsedSentences.Code(parse), "ARN", "GON", "112");
        Assert.Equal(("ACCUSE", Modality.Asserted), (e.Plover, e.Modality));
        Assert.Contains("blames", e.Rule, StringComparison.Ordinal);

        var negated = ParsedSentences.Code("""
            Arnor Arnor PROPN 2 nsubj
            said say VERB 0 root
            Gondor Gondor PROPN 6 nsubj
            had have AUX 6 aux
            not not PART 6 advmod
            failed fail VERB 2 ccomp
            . . PUNCT 2 punct
            """);
        Assert.DoesNotContain(negated, x => x.Cameo == "112");
    }

    [Fact]
    public void Withdrawal_of_troops_from_a_state_is_a_military_retreat()
    {
        var events = ParsedSentences.Code("""
            Arnor Arnor PROPN 2 nsubj
            announced announce VERB 0 root
            the the DET 4 det
            withdrawal withdrawal NOUN 2 obj
            of of ADP 7 case
            its its PRON 7 nmod:poss
            troops troop NOUN 4 nmod
            from from ADP 9 case
            Rohan Rohan PROPN 4 nmod
            . . PUNCT 2 punct
            """);
        var e = Single(events, "ARN", "ROH", "0874");
        Assert.Equal("RETREAT", e.Plover);
    }

    [Fact]
    public void Vowed_to_attack_passes_the_subject_down_and_codes_a_threat_of_force_with_future_modality()
    {
        var events = ParsedSentences.Code("""
            Mordor Mordor PROPN 2 nsubj
            vowed vow VERB 0 root
            to to PART 4 mark
            attack attack VERB 2 xcomp
            Gondor Gondor PROPN 4 obj
            . . PUNCT 2 punct
            """);
        var e = Single(events, "MOR", "GON", "138");
        Assert.Equal(Modality.Future, e.Modality);
        Assert.Equal("THREATEN", e.Plover);
        Assert.Contains("through xcomp 'vowed'", e.Rule, StringComparison.Ordinal);
        Assert.Single(events);
    }

    [Fact]
    public void Agreed_to_create_codes_an_agreement_with_the_complements_partner()
    {
        var events = ParsedSentences.Code("""
            Arnor Arnor PROPN 2 nsubj
            agreed agree VERB 0 root
            to to PART 4 mark
            create create VERB 2 xcomp
            a a DET 7 det
            working work NOUN 7 compound
            group group NOUN 4 obj
            with with ADP 9 case
            Gondor Gondor PROPN 4 obl
            . . PUNCT 2 punct
            """);
        var e = Single(events, "ARN", "GON", "03");
        Assert.Equal("AGREE", e.Plover);
    }

    [Fact]
    public void Object_control_makes_the_urged_party_the_source_of_the_complement()
    {
        var events = ParsedSentences.Code("""
            Gondor Gondor PROPN 2 nsubj
            urged urge VERB 0 root
            Arnor Arnor PROPN 2 obj
            to to PART 5 mark
            attack attack VERB 2 xcomp
            Mordor Mordor PROPN 5 obj
            . . PUNCT 2 punct
            """);
        Single(events, "GON", "ARN", "02");
        Assert.NotEqual(Modality.Asserted, Single(events, "ARN", "MOR", "19").Modality);
    }

    [Fact]
    public void Coordinated_signatories_with_no_object_target_each_other_and_an_old_date_is_historical()
    {
        var doc = ParsedSentences.Document("t", new DateOnly(2024, 5, 1), """
            Arnor Arnor PROPN 4 nsubj
            and and CCONJ 3 cc
            Gondor Gondor PROPN 1 conj
            signed sign VERB 0 root
            the the DET 6 det
            treaty treaty NOUN 4 obj
            in in ADP 8 case
            1972 1972 NUM 4 obl
            . . PUNCT 4 punct
            """);
        int at = doc.Text.IndexOf("1972", StringComparison.Ordinal);
        doc = doc with { Times = [new TimeExpression(new TextRange(at, at + 4), "1972", TimexType.Date, "1972")] };
        var events = ParsedSentences.Coder.Code(doc);
        var e = Single(events, "ARN", "GON", "057");
        Single(events, "GON", "ARN", "057");
        Assert.Equal("1972", e.Date);
        Assert.True(e.Historical);
        Assert.Equal("Arnor and Gondor signed the treaty", doc.Slice(e.Evidence));
    }
}
