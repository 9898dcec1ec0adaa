using Detente.Core.Model;
using Detente.Core.Pipeline;

namespace Detente.Nlp.Events;

/// <summary>The pipeline stage that codes political events from the parse and the resolved actor mentions.</summary>
public sealed class EventStage : IStage
{
    private readonly EventCoder _coder;

    /// <summary>Creates the stage around a coder.</summary>
    public EventStage(EventCoder coder) => _coder = coder;

    /// <summary>Creates the stage with the codebook and lexicons under <paramref name="dataDirectory"/>.</summary>
    public static EventStage Load(string dataDirectory) => new(EventCoder.Load(dataDirectory));

    /// <inheritdoc />
    public string Name => "events";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Tags | Layers.Lemmas | Layers.Dependencies | Layers.Mentions;

    /// <inheritdoc />
    public Layers Produces => Layers.Events;

    /// <inheritdoc />
    public Document Process(Document document) => document with { Events = _coder.Code(document) };
}
