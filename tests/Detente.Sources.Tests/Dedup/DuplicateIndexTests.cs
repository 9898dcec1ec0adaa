using Detente.Sources.Dedup;

namespace Detente.Sources.Tests.Dedup;

public sealed class DuplicateIndexTests
{
    private static string Corpus(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Dedup", "Corpus", name + ".txt"));

    private static DuplicateIndex NewIndex() => new(new MinHasher());

    [Theory]
    [InlineData("treaty.copy-herald")]
    [InlineData("treaty.copy-shortened")]
    [InlineData("treaty.copy-rewritten-lead")]
    public void Syndicated_copies_with_edits_are_caught_as_copies_of_the_wire_story(string copy)
    {
        var index = NewIndex();
        Assert.Equal(DuplicateKind.Unique, index.Observe("wire", Corpus("treaty.wire")).Kind);

        var verdict = index.Observe(copy, Corpus(copy));

        Assert.Equal(DuplicateKind.Near, verdict.Kind);
        Assert.Equal("wire", verdict.OriginalId);
    }

    [Fact]
    public void Distinct_stories_on_the_same_topic_are_not_copies()
    {
        var index = NewIndex();
        foreach (var name in (string[])["treaty.wire", "treaty.analysis", "treaty.ratification", "treaty.reaction"])
        {
            var verdict = index.Observe(name, Corpus(name));
            Assert.True(verdict.Kind == DuplicateKind.Unique, $"{name} taken for a copy of {verdict.OriginalId} (J {verdict.Jaccard:F2}, C {verdict.Containment:F2})");
        }
    }

    [Fact]
    public void Each_copy_resolves_to_its_own_original_in_a_mixed_stream()
    {
        var index = NewIndex();
        var stream = new[]
        {
            "treaty.wire", "treaty.analysis", "treaty.copy-herald", "treaty.ratification", "treaty.copy-shortened",
            "treaty.reaction", "ratification.copy", "treaty.copy-rewritten-lead",
        };

        var originals = stream.ToDictionary(n => n, n => index.Observe(n, Corpus(n)).OriginalId);

        Assert.Null(originals["treaty.wire"]);
        Assert.Null(originals["treaty.analysis"]);
        Assert.Null(originals["treaty.ratification"]);
        Assert.Null(originals["treaty.reaction"]);
        Assert.Equal("treaty.wire", originals["treaty.copy-herald"]);
        Assert.Equal("treaty.wire", originals["treaty.copy-shortened"]);
        Assert.Equal("treaty.wire", originals["treaty.copy-rewritten-lead"]);
        Assert.Equal("treaty.ratification", originals["ratification.copy"]);
    }

    [Fact]
    public void Exact_copies_differing_in_case_spacing_and_quotes_share_one_key()
    {
        var wire = Corpus("treaty.wire");
        var retyped = wire.ToUpperInvariant().Replace("\"", "\u201C", StringComparison.Ordinal).Replace(" ", "  ", StringComparison.Ordinal);
        var index = NewIndex();
        index.Observe("wire", wire);

        var verdict = index.Observe("retyped", retyped);

        Assert.Equal(DuplicateKind.Exact, verdict.Kind);
        Assert.Equal("wire", verdict.OriginalId);
        Assert.Equal(DuplicateIndex.ExactKey(wire), DuplicateIndex.ExactKey(retyped));
    }

    [Fact]
    public void A_restored_index_still_recognises_copies()
    {
        var first = NewIndex();
        var wire = Corpus("treaty.wire");
        first.Observe("wire", wire);
        var stored = MinHashSignature.FromBytes(first.Sign(wire).ToBytes());

        var restarted = NewIndex();
        restarted.Restore("wire", DuplicateIndex.ExactKey(wire), stored, null);

        Assert.Equal("wire", restarted.Check(Corpus("treaty.copy-herald")).OriginalId);
    }

    [Fact]
    public void Short_texts_are_only_matched_exactly()
    {
        var index = NewIndex();
        index.Observe("a", "Gondor and Arnor sign a treaty.");

        Assert.Equal(DuplicateKind.Unique, index.Check("Gondor and Arnor sign the treaty.").Kind);
        Assert.Equal(DuplicateKind.Exact, index.Check("gondor and arnor SIGN a treaty").Kind);
    }

    [Fact]
    public void The_labelled_corpus_links_copies_to_their_originals_and_never_links_distinct_stories()
    {
        var result = DuplicateBenchmark.Run(Path.Combine(AppContext.BaseDirectory, "Dedup", "Corpus"), NewIndex());

        Assert.Equal(16, result.Originals);
        Assert.Equal(64, result.Copies);
        Assert.Equal(0, result.FalsePositives);
        Assert.True(result.Recall >= 0.95, string.Join("; ", result.Errors));
        Assert.True(result.ClosestDistinctContainment < DuplicateIndex.DefaultContainment - 0.3, "distinct stories come close to the threshold");
    }

    [Fact]
    public void An_article_seen_again_under_its_own_id_is_not_its_own_copy()
    {
        var index = NewIndex();
        var wire = Corpus("treaty.wire");
        index.Observe("wire", wire);
        index.Observe("herald", Corpus("treaty.copy-herald"));

        Assert.Equal(DuplicateKind.Unique, index.Observe("wire", wire).Kind);
        Assert.Equal("wire", index.Observe("herald", Corpus("treaty.copy-herald")).OriginalId);
    }
}
