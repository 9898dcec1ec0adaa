namespace Detente.Sources.Web;

/// <summary>The outcome of a successful fetch.</summary>
/// <param name="Url">The address asked for.</param>
/// <param name="FinalUrl">The address answered from, after redirects.</param>
/// <param name="NotModified">True when the server answered 304: nothing changed since <see cref="Validators"/> were sent.</param>
/// <param name="Body">The body (empty when not modified).</param>
/// <param name="ContentType">The media type, without parameters, lower-case.</param>
/// <param name="Charset">The charset parameter of Content-Type, when given.</param>
/// <param name="Validators">ETag and Last-Modified to send next time.</param>
public sealed record FetchResult(Uri Url, Uri FinalUrl, bool NotModified, byte[] Body, string? ContentType, string? Charset, Validators Validators)
{
    /// <summary>The body decoded as text (HTTP charset, BOM or in-document declaration).</summary>
    public string Text() => TextDecoder.Decode(Body, Charset);
}
