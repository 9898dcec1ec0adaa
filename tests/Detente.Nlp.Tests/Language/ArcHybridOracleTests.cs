using Detente.Nlp.Language;
using Detente.Tests.Common;

namespace Detente.Nlp.Tests.Language;

public sealed class ArcHybridOracleTests
{
    [Fact]
    public void Following_zero_cost_transitions_rebuilds_the_gold_tree_of_hand_written_sentences()
    {
        foreach (var s in TreebankSamples.Read())
        {
            Assert.True(s.IsProjective());
            Assert.Equal(s.Heads, FollowOracle(s));
        }
    }

    [Fact]
    public void A_wrong_attachment_costs_the_arcs_it_makes_unreachable()
    {
        var s = TreebankSamples.Read()[0]; // Gondor signed the treaty .
        var gold = s.Heads.Select(h => h < 0 ? s.Length : h).ToArray();
        var st = new ParseState();
        st.Reset(s.Length);
        st.Apply(ParseState.Shift, -1);

        var (shift, left, right) = ArcHybridOracle.Costs(st, gold);

        Assert.Equal(0, left);              // Gondor <- signed is gold
        Assert.Equal(1, shift);             // shifting "signed" loses that arc
        Assert.Equal(int.MaxValue, right);  // one item on the stack: RIGHT is not allowed
    }

    [SkippableFact]
    public void Following_zero_cost_transitions_rebuilds_every_projective_dev_tree()
    {
        Skip.If(TestPaths.SharedData is null, "../shared/data is not present");
        var dev = ConlluReader.ReadFile(Path.Combine(TestPaths.SharedData!, "nlp", "ud-ewt", "en_ewt-ud-dev.conllu"));
        int checkedTrees = 0;
        foreach (var s in dev.Where(s => s.IsProjective() && s.Heads.Count(h => h < 0) == 1))
        {
            Assert.Equal(s.Heads, FollowOracle(s));
            checkedTrees++;
        }

        Assert.True(checkedTrees > 1500, $"only {checkedTrees} projective trees");
    }

    private static int[] FollowOracle(ConlluSentence s)
    {
        var gold = s.Heads.Select(h => h < 0 ? s.Length : h).ToArray();
        var st = new ParseState();
        st.Reset(s.Length);
        while (!st.IsTerminal)
        {
            var (shift, left, right) = ArcHybridOracle.Costs(st, gold);
            int kind = left == 0 ? ParseState.Left : right == 0 ? ParseState.Right : shift == 0 ? ParseState.Shift : -1;
            Assert.True(kind >= 0, "no zero-cost transition on a projective tree");
            st.Apply(kind, 0);
        }

        return st.Heads.ToArray().Select(h => h == s.Length ? -1 : h).ToArray();
    }
}
