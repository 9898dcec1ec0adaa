namespace Detente.Sources.Web;

/// <summary>What a fetch expects to receive; responses of another content type are refused.</summary>
public enum ContentKind
{
    /// <summary>A web page: text/html or application/xhtml+xml.</summary>
    Html,

    /// <summary>A feed: RSS, Atom, RDF or generic XML.</summary>
    Feed,

    /// <summary>Either a web page or a feed; the content decides which it is.</summary>
    Any,
}
