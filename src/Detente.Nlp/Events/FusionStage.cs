using Detente.Core.Model;
using Detente.Core.Pipeline;

namespace Detente.Nlp.Events;

/// <summary>The pipeline stage that gives repeated mentions of one event within an article the same fusion key.</summary>
public sealed class FusionStage : IStage
{
    /// <inheritdoc />
    public string Name => "fusion";

    /// <inheritdoc />
    public Layers Requires => Layers.Events;

    /// <inheritdoc />
    public Layers Produces => Layers.Fusion;

    /// <inheritdoc />
    public Document Process(Document document) => document with { Events = EventFusion.Fuse(document.Events) };
}
