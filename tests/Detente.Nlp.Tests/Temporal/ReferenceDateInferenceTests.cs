using Detente.Core.Model;
using Detente.Nlp.Temporal;
using Detente.Tests.Common;

namespace Detente.Nlp.Tests.Temporal;

public sealed class ReferenceDateInferenceTests(TemporalFixture fx) : IClassFixture<TemporalFixture>
{
    private Document Dated(string file)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Examples, file));
        var stage = new ReferenceDateStage(fx.Inference);
        return stage.Process(new Document(new Article(file, text)));
    }

    [Fact]
    public void Sample_000_is_placed_in_2023()
    {
        var doc = Dated("000_7dc160e5a654365a.txt");
        Assert.Equal(DateSource.Inferred, doc.DateSource);
        Assert.Equal(2023, doc.ReferenceDate!.Value.Year);
    }

    [Fact]
    public void Sample_002_is_placed_in_2023()
    {
        var doc = Dated("002_e912c8dd1c63d359.txt");
        Assert.Equal(DateSource.Inferred, doc.DateSource);
        Assert.Equal(2023, doc.ReferenceDate!.Value.Year);
    }

    [Fact]
    public void Sample_003_is_placed_in_April_2017()
    {
        var doc = Dated("003_e0bed1de2388a5c0.txt");
        Assert.Equal(DateSource.Inferred, doc.DateSource);
        Assert.Equal(new DateOnly(2017, 4, 1), new DateOnly(doc.ReferenceDate!.Value.Year, doc.ReferenceDate.Value.Month, 1));
        Assert.Equal("month", doc.DatePrecision);
        Assert.InRange(doc.DateConfidence, 0.3, 1.0);
    }
}
