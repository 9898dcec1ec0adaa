using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Nlp.Temporal;
using Detente.Nlp.Text;
using Detente.Tests.Common;

namespace Detente.Nlp.Tests.Temporal;

public sealed class TemporalStagesTests
{
    [Fact]
    public void After_the_text_stages_a_dated_article_gets_resolved_times()
    {
        var pipeline = DocumentPipeline.Build([.. TextStages.Create(TestPaths.Data), .. TemporalStages.Create(TestPaths.Data)]);
        var article = new Article("a", "Gondor suspended the pact on Tuesday. Arnor had left it in February 2019.", Published: new DateOnly(2023, 7, 14));
        var doc = pipeline.Run(new Document(article)).Document;
        Assert.Equal(DateSource.Given, doc.DateSource);
        Assert.Equal(["2023-07-11", "2019-02"], doc.Times.Select(t => t.Value));
    }

    [Fact]
    public void An_undated_article_with_no_clue_keeps_an_unknown_date_and_unresolved_values()
    {
        var pipeline = DocumentPipeline.Build([.. TextStages.Create(TestPaths.Data), .. TemporalStages.Create(TestPaths.Data)]);
        var doc = pipeline.Run(new Document(new Article("b", "Gondor suspended the pact on Tuesday."))).Document;
        Assert.Equal(DateSource.Unknown, doc.DateSource);
        Assert.Null(doc.ReferenceDate);
        Assert.Equal("XXXX-XX-XX", Assert.Single(doc.Times).Value);
    }
}
