namespace Detente.Core.Pipeline;

/// <summary>Thrown when a pipeline is built with stages in an order that cannot satisfy their requirements.</summary>
public sealed class PipelineConfigurationException : Exception
{
    /// <summary>Creates the exception with a message naming the stage and the missing layers.</summary>
    public PipelineConfigurationException(string message) : base(message)
    {
    }
}
