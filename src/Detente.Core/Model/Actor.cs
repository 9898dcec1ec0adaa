namespace Detente.Core.Model;

/// <summary>A political actor resolved as of a date.</summary>
/// <param name="Id">Knowledge-base id ("RUS", "person:sergey-lavrov", "igo:nato"), or a synthetic id for unknown actors.</param>
/// <param name="Name">Preferred display name.</param>
/// <param name="Country">ISO 3166 alpha-3 code of the actor's state, when it has one.</param>
/// <param name="Sector">CAMEO-style sector (GOV, MIL, ELI, OPP, MED, BUS, CVL, IGO ...), when known.</param>
/// <param name="Role">The role held on the date ("Minister of Foreign Affairs"), when known.</param>
/// <param name="Code">CAMEO actor code (country plus sector, e.g. "RUSGOV").</param>
public sealed record Actor(string Id, string Name, string? Country, string? Sector, string? Role, string? Code);
