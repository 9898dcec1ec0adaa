namespace Detente.Nlp.Temporal;

/// <summary>
/// Who held which office when: the dated roles of the knowledge base, as the reference-date inference needs them.
/// </summary>
public interface IOfficeTenures
{
    /// <summary>
    /// Every term of office of the person called <paramref name="name"/> (a full name or an unambiguous surname,
    /// as written in the article), or an empty list for unknown names.
    /// </summary>
    IReadOnlyList<OfficeTenure> TenuresOf(string name);
}
