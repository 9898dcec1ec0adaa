using Detente.Core.Model;
using Detente.Nlp.Events;
using Detente.Nlp.Events.Typing;
using Detente.Tests.Common;

namespace Detente.Nlp.Tests.Events.Typing;

public sealed class EventTyperTests
{
    private const string Accused = """
        Arnor Arnor PROPN 2 nsubj
        accused accuse VERB 0 root
        Gondor Gondor PROPN 2 obj
        . . PUNCT 2 punct
        """;

    private const string Attacked = """
        Arnor Arnor PROPN 2 nsubj
        attacked attack VERB 0 root
        Gondor Gondor PROPN 2 obj
        . . PUNCT 2 punct
        """;

    private static readonly Lazy<CameoCodebook> Codebook = new(() => CameoCodebook.Load(TestPaths.Data));

    [Theory]
    [InlineData("verb:sign -> 057 (signing); source nsubj", true)]
    [InlineData("noun:talk -> 040 (talks); source nsubj", true)]
    [InlineData("petrarch:GO_SOMEWHERE 'go * (FOR)' -> 042; source nsubj", false)]
    [InlineData(null, false)]
    public void Events_from_our_own_predicate_lexicon_keep_their_type(string? rule, bool curated)
    {
        Assert.Equal(curated, EventTyper.Curated(rule));
    }

    [Fact]
    public void Training_twice_with_one_seed_gives_the_same_model()
    {
        var items = Examples();
        var a = PloverTypeTrainer.Train(items, PloverTypeTrainer.Defaults);
        var b = PloverTypeTrainer.Train(items, PloverTypeTrainer.Defaults);
        Assert.Equal(a.Model.Weights, b.Model.Weights);
        foreach (var item in items)
        {
            Assert.Equal(a.Predict(item.Features), b.Predict(item.Features));
            Assert.Equal(item.Allowed[0], a.Types[a.Predict(item.Features).Type]);
        }
    }

    [Fact]
    public void A_coarse_item_only_pushes_towards_its_allowed_types()
    {
        var accuse = Features(Accused);
        var items = new List<TypingExample> { new(accuse, ["REJECT"], "g1"), new(Features(Attacked), ["AGREE"], "g2") };
        for (int i = 0; i < 5; i++)
        {
            items.Add(new TypingExample(accuse, ["AGREE", "CONSULT"], "c" + i));
        }

        var model = PloverTypeTrainer.Train(items, PloverTypeTrainer.Defaults);
        Assert.Equal("AGREE", model.Types[model.Predict(accuse).Type]);
        Assert.Equal(["AGREE", "REJECT"], model.Types.Names);
    }

    [Fact]
    public void The_typer_changes_a_dyad_event_when_the_classifier_prefers_another_type_by_the_margin()
    {
        var doc = ParsedSentences.Document("t", new DateOnly(2024, 5, 1), Accused);
        var rule = Assert.Single(ParsedSentences.Coder.Code(doc));
        Assert.Equal("ACCUSE", rule.Plover);
        var items = Enumerable.Range(0, 4).Select(i => new TypingExample(EventTyper.Features(doc, rule), ["REJECT"], "r" + i))
            .Append(new TypingExample(Features(Attacked), ["ASSAULT"], "a")).ToList();
        var model = PloverTypeTrainer.Train(items, PloverTypeTrainer.Defaults);

        var typed = new EventTyper(model, Codebook.Value, margin: 0.5f).Type(doc, rule);
        Assert.Equal(("REJECT", "112", 3), (typed.Plover, typed.Cameo, typed.Quad));
        Assert.Contains("typer: PLOVER ACCUSE -> REJECT", typed.Rule, StringComparison.Ordinal);

        var kept = new EventTyper(model, Codebook.Value, margin: 1000f).Type(doc, rule);
        Assert.Same(rule, kept);
        var noTarget = rule with { Target = null };
        Assert.Same(noTarget, new EventTyper(model, Codebook.Value, margin: 0.5f).Type(doc, noTarget));
    }

    [Fact]
    public void An_interaction_the_rules_do_not_code_gets_a_proposed_type()
    {
        const string parse = """
            Arnor Arnor PROPN 2 nsubj
            shelled shell VERB 0 root
            Gondor Gondor PROPN 2 obj
            . . PUNCT 2 punct
            """;
        var doc = ParsedSentences.Document("t", new DateOnly(2024, 5, 1), parse);
        var source = doc.Mentions[0];
        var target = doc.Mentions[1];
        var features = EventTyper.Features(doc, 0, source.Range, target.Range);
        var model = PloverTypeTrainer.Train([new(features, ["ASSAULT"], "s"), new(Features(Accused), ["ACCUSE"], "a")], PloverTypeTrainer.Defaults);
        var e = new EventTyper(model, Codebook.Value).Propose(doc, 0, new ActorRef(source.Text, source.Range, source.Actor), new ActorRef(target.Text, target.Range, target.Actor));
        Assert.NotNull(e);
        Assert.Equal(("ASSAULT", "18", "Arnor", "Gondor"), (e.Plover, e.Cameo, e.Source.Actor?.Name, e.Target?.Actor?.Name));
        Assert.Equal("shelled", doc.Slice(e.Trigger));
    }

    private static List<TypingExample> Examples() => [new(Features(Accused), ["ACCUSE"], "a"), new(Features(Attacked), ["ASSAULT"], "b")];

    private static ulong[] Features(string parse)
    {
        var doc = ParsedSentences.Document("t", new DateOnly(2024, 5, 1), parse);
        return EventTyper.Features(doc, 0, doc.Mentions[0].Range, doc.Mentions[1].Range);
    }
}
