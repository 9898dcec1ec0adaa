using Detente.Core.Model;
using Detente.Core.Pipeline;

namespace Detente.Storage;

/// <summary>One analysed document to store, with the stage failures its analysis met.</summary>
/// <param name="Document">The document with all its layers.</param>
/// <param name="Failures">Stage failures recorded with it (empty when every stage ran).</param>
public sealed record StoreRequest(Document Document, IReadOnlyList<StageFailure> Failures);
