namespace Detente.Knowledge.Model;

/// <summary>A person of the knowledge base; roles are held separately as <see cref="Tenure"/>s.</summary>
/// <param name="Id">Knowledge-base id ("sergey-lavrov"); the actor id is "person:" + this.</param>
/// <param name="Name">Preferred full name.</param>
/// <param name="Variants">Other full-name spellings ("Sergei Lavrov").</param>
/// <param name="ShortForms">Forms used alone after a first mention ("Lavrov").</param>
/// <param name="Gender">'m', 'f', or '?' when unknown.</param>
/// <param name="Country">Nationality (ISO alpha-3).</param>
/// <param name="Source">Where the entry comes from.</param>
public sealed record KbPerson(
    string Id,
    string Name,
    IReadOnlyList<string> Variants,
    IReadOnlyList<string> ShortForms,
    char Gender,
    string Country,
    string Source)
{
    /// <summary>The actor id used in mentions and events.</summary>
    public string ActorId => "person:" + Id;
}
