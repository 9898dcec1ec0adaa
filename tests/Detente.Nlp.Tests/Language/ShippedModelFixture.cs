using Detente.Nlp.Language;
using Detente.Tests.Common;

namespace Detente.Nlp.Tests.Language;

/// <summary>Loads the shipped language models once for the tests that use them.</summary>
public sealed class ShippedModelFixture
{
    /// <summary>The models under data/models.</summary>
    public LanguageModels Models { get; } = LanguageModels.Load(Path.Combine(TestPaths.Data, "models"));
}
