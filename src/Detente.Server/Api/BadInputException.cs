namespace Detente.Server.Api;

/// <summary>A request parameter is invalid; the message, which names it, becomes the 400 response.</summary>
internal sealed class BadInputException(string message) : Exception(message);
