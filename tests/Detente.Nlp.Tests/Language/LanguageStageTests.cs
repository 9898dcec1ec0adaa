using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Nlp.Language;
using Detente.Nlp.Text;
using Detente.Tests.Common;

namespace Detente.Nlp.Tests.Language;

public sealed class LanguageStageTests(ShippedModelFixture fixture) : IClassFixture<ShippedModelFixture>
{
    [Fact]
    public void Tags_and_heads_are_added_with_document_level_indices()
    {
        var doc = Tokens("Gondor protested . The envoy of Arnor was expelled by Gondor .", 3);
        var tagged = new TaggerStage(fixture.Models).Process(doc);

        var parsed = new ParserStage(fixture.Models).Process(tagged);

        var t = parsed.Tokens;
        Assert.All(t, x => Assert.NotNull(x.Upos));
        Assert.Equal(1, t[0].Head);             // Gondor <- protested, inside sentence 1
        Assert.Equal(-1, t[1].Head);
        Assert.Equal(8, t[4].Head);             // envoy <- expelled: document index 8, not 5
        Assert.Equal("nsubj:pass", t[4].Relation);
        Assert.Equal(-1, t[8].Head);
        Assert.Equal("expel", t[8].Lemma);
        Assert.Equal(doc.Tokens.Select(x => x.Range), parsed.Tokens.Select(x => x.Range));
    }

    [Fact]
    public void The_sample_articles_run_through_the_text_and_language_stages_without_failure()
    {
        var pipeline = DocumentPipeline.Build([.. TextStages.Create(TestPaths.Data), new TaggerStage(fixture.Models), new ParserStage(fixture.Models)]);
        foreach (var file in Directory.GetFiles(TestPaths.Examples, "*.txt"))
        {
            var result = pipeline.Run(new Document(new Article(Path.GetFileName(file), File.ReadAllText(file))));

            Assert.True(result.Succeeded, string.Join("; ", result.Failures));
            var doc = result.Document;
            Assert.True(doc.Present.HasFlag(Layers.Dependencies));
            for (int i = 0; i < doc.Sentences.Length; i++)
            {
                Assert.Single(doc.TokensOf(i).ToArray(), x => x.Head < 0);
            }
        }
    }

    /// <summary>A document of space-separated tokens; a sentence ends after every "." (the first <paramref name="firstLength"/> tokens form sentence one).</summary>
    private static Document Tokens(string text, int firstLength)
    {
        var tokens = new List<Token>();
        int offset = 0;
        foreach (var form in text.Split(' '))
        {
            tokens.Add(new Token(new TextRange(offset, offset + form.Length), form) { Head = -1, SpaceAfter = true });
            offset += form.Length + 1;
        }

        var sentences = new[]
        {
            new Sentence(new TextRange(0, tokens[firstLength - 1].Range.End), 0, firstLength),
            new Sentence(new TextRange(tokens[firstLength].Range.Start, tokens[^1].Range.End), firstLength, tokens.Count - firstLength),
        };
        return new Document(new Article("test", text))
        {
            Tokens = [.. tokens],
            Sentences = [.. sentences],
            Present = Layers.Tokens | Layers.Sentences,
        };
    }
}
