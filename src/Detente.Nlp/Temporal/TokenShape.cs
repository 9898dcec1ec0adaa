namespace Detente.Nlp.Temporal;

/// <summary>The surface kind of a scanned token.</summary>
internal enum TokenShape
{
    Word,
    Number,
    Ordinal,
    Punct,
}
