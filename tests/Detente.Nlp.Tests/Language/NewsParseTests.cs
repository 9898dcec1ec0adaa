using Detente.Nlp.Language;

namespace Detente.Nlp.Tests.Language;

public sealed class NewsParseTests(ShippedModelFixture fixture) : IClassFixture<ShippedModelFixture>
{
    private readonly LanguageModels _models = fixture.Models;

    [Fact]
    public void A_passive_agent_hangs_from_the_verb_with_by_as_its_case()
    {
        var p = Parse("The treaty was abandoned by Washington in 2019 .");

        Assert.Equal("nsubj:pass", p.Relation("treaty"));
        Assert.Equal("abandoned", p.HeadOf("treaty"));
        Assert.Equal("abandoned", p.HeadOf("Washington"));
        Assert.StartsWith("obl", p.Relation("Washington"), StringComparison.Ordinal);
        Assert.Equal("Washington", p.HeadOf("by"));
        Assert.Equal("case", p.Relation("by"));
        Assert.Equal("aux:pass", p.Relation("was"));
        Assert.Equal("abandon", p.LemmaOf("abandoned"));
    }

    [Fact]
    public void Reported_speech_is_a_clausal_complement_of_the_verb_of_saying()
    {
        var p = Parse("Lavrov said the US had destroyed the system .");

        Assert.Equal("root", p.Relation("said"));
        Assert.Equal("said", p.HeadOf("Lavrov"));
        Assert.Equal("said", p.HeadOf("destroyed"));
        Assert.Equal("ccomp", p.Relation("destroyed"));
        Assert.Equal("destroyed", p.HeadOf("US"));
        Assert.Equal("nsubj", p.Relation("US"));
        Assert.Equal("obj", p.Relation("system"));
    }

    [Fact]
    public void Coordinated_subjects_are_joined_by_conj_and_cc()
    {
        var p = Parse("Russia and China signed the agreement on Monday .");

        Assert.Equal("signed", p.HeadOf("Russia"));
        Assert.Equal("nsubj", p.Relation("Russia"));
        Assert.Equal("Russia", p.HeadOf("China"));
        Assert.Equal("conj", p.Relation("China"));
        Assert.Equal("China", p.HeadOf("and"));
        Assert.Equal("cc", p.Relation("and"));
        Assert.Equal("PROPN", p.UposOf("China"));
    }

    [Fact]
    public void Every_sentence_gets_exactly_one_root_and_a_tree()
    {
        var p = Parse("Officials in Kyiv , who spoke on condition of anonymity , said the talks would resume next week .");

        Assert.Single(p.Analysis.Heads, h => h < 0);
        for (int i = 0; i < p.Forms.Length; i++)
        {
            int steps = 0;
            for (int h = i; h >= 0; h = p.Analysis.Heads[h])
            {
                Assert.True(++steps <= p.Forms.Length, "cycle in the tree");
            }
        }
    }

    private Parsed Parse(string sentence)
    {
        var forms = sentence.Split(' ');
        return new Parsed(forms, _models.Analyze(forms, new LanguageWorkspace()));
    }

    private sealed record Parsed(string[] Forms, SentenceAnalysis Analysis)
    {
        private int Index(string form) => Array.IndexOf(Forms, form) is var i and >= 0 ? i : throw new ArgumentException(form);

        public string Relation(string form) => Analysis.Relations[Index(form)];

        public string UposOf(string form) => Analysis.Upos[Index(form)];

        public string LemmaOf(string form) => Analysis.Lemmas[Index(form)];

        public string HeadOf(string form) => Analysis.Heads[Index(form)] is var h and >= 0 ? Forms[h] : "ROOT";
    }
}
