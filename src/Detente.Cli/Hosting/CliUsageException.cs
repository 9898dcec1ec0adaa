namespace Detente.Cli.Hosting;

/// <summary>A mistake in how a command was called; printed with the command's usage and exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
