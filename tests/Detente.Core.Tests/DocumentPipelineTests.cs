using Detente.Core.Model;
using Detente.Core.Pipeline;

namespace Detente.Core.Tests;

public sealed class DocumentPipelineTests
{
    private sealed class FakeStage(string name, Layers requires, Layers produces, bool fail = false) : IStage
    {
        public string Name => name;
        public Layers Requires => requires;
        public Layers Produces => produces;
        public int Calls { get; private set; }

        public Document Process(Document document)
        {
            Calls++;
            if (fail)
            {
                throw new InvalidOperationException("boom");
            }

            return document;
        }
    }

    [Fact]
    public void Building_with_a_requirement_no_earlier_stage_produces_names_the_stage_and_layer()
    {
        var ex = Assert.Throws<PipelineConfigurationException>(() => DocumentPipeline.Build(
        [
            new FakeStage("parser", Layers.Tokens, Layers.Dependencies),
            new FakeStage("tokenizer", Layers.None, Layers.Tokens),
        ]));
        Assert.Contains("parser", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Tokens", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_stage_is_reported_with_its_name_and_article_and_dependants_are_skipped_but_others_run()
    {
        var independent = new FakeStage("independent", Layers.Tokens, Layers.Times);
        var dependant = new FakeStage("dependant", Layers.Dependencies, Layers.Events);
        var pipeline = DocumentPipeline.Build(
        [
            new FakeStage("tokenizer", Layers.None, Layers.Tokens),
            new FakeStage("parser", Layers.Tokens, Layers.Dependencies, fail: true),
            dependant,
            independent,
        ]);

        var result = pipeline.Run(new Document(new Article("a1", "Text.")));

        Assert.False(result.Succeeded);
        Assert.Equal("parser", result.Failures[0].Stage);
        Assert.Equal("a1", result.Failures[0].ArticleId);
        Assert.Contains("boom", result.Failures[0].Message, StringComparison.Ordinal);
        Assert.Equal(0, dependant.Calls);
        Assert.Equal(1, independent.Calls);
        Assert.True(result.Document.Present.HasFlag(Layers.Times));
        Assert.False(result.Document.Present.HasFlag(Layers.Dependencies));
    }

    [Fact]
    public void A_published_date_becomes_the_given_reference_date()
    {
        var doc = new Document(new Article("a", "x", Published: new DateOnly(2019, 2, 2)));
        Assert.Equal(DateSource.Given, doc.DateSource);
        Assert.Equal(new DateOnly(2019, 2, 2), doc.ReferenceDate);
    }

    [Fact]
    public void Same_title_and_text_give_the_same_content_hash_and_any_change_gives_another()
    {
        Assert.Equal(Article.ComputeHash("T", "body"), new Article("x", "body", "T").ContentHash);
        Assert.NotEqual(Article.ComputeHash("T", "body"), Article.ComputeHash("T", "body."));
        Assert.NotEqual(Article.ComputeHash("Tb", "ody"), Article.ComputeHash("T", "body"));
    }
}
