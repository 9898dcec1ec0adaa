namespace Detente.Nlp.Temporal;

/// <summary>One term of one person in one office.</summary>
/// <param name="Person">The holder's usual full name ("Donald Trump").</param>
/// <param name="Role">The office as news names it, its head word last ("US president", "secretary of state").</param>
/// <param name="Start">First day in office.</param>
/// <param name="End">Last day in office, or null while in office.</param>
public sealed record OfficeTenure(string Person, string Role, DateOnly Start, DateOnly? End)
{
    /// <summary>The word that names the office in running text ("president" for "US president").</summary>
    public string RoleHead => Role.Contains(" of ", StringComparison.OrdinalIgnoreCase) ? Role : Role[(Role.LastIndexOf(' ') + 1)..];
}
