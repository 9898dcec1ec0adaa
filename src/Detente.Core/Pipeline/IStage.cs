using Detente.Core.Model;

namespace Detente.Core.Pipeline;

/// <summary>One step of the pipeline: adds the layers it produces to a document, given the layers it requires.</summary>
public interface IStage
{
    /// <summary>Short stable name, used in error messages and the run record.</summary>
    string Name { get; }

    /// <summary>Layers that must be present before this stage runs.</summary>
    Layers Requires { get; }

    /// <summary>Layers this stage adds.</summary>
    Layers Produces { get; }

    /// <summary>Returns a copy of <paramref name="document"/> with this stage's layers added.</summary>
    Document Process(Document document);
}
