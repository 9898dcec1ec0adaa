using Detente.Core.Model;
using Detente.Knowledge.Model;
using Detente.Knowledge.Text;

namespace Detente.Knowledge;

/// <summary>
/// The loaded knowledge base: states, organisations, people with dated roles, offices, metonyms and agent nouns,
/// with as-of-date queries. Immutable once built; safe to share across threads.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, KbState> _states;
    private readonly Dictionary<string, KbOrganisation> _orgs;
    private readonly Dictionary<string, KbPerson> _people;
    private readonly Dictionary<string, List<Tenure>> _byPerson = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Of, string Office), List<Tenure>> _byOffice = new();
    private readonly Dictionary<string, List<Membership>> _members = new(StringComparer.Ordinal);

    /// <summary>Builds the indexes over already validated content.</summary>
    public KnowledgeBase(
        IReadOnlyList<KbState> states,
        IReadOnlyList<KbOrganisation> organisations,
        IReadOnlyList<Membership> memberships,
        IReadOnlyList<Metonym> metonyms,
        IReadOnlyList<KbOffice> offices,
        IReadOnlyList<AgentNoun> agents,
        IReadOnlyList<KbPerson> people,
        IReadOnlyList<Tenure> tenures,
        IReadOnlyList<ActorCode>? codes = null)
    {
        Codes = codes ?? [];
        States = states;
        Organisations = organisations;
        Memberships = memberships;
        Metonyms = metonyms;
        Offices = offices;
        Agents = agents;
        People = people;
        Tenures = tenures;
        _states = states.ToDictionary(s => s.Iso3, StringComparer.Ordinal);
        _orgs = organisations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        _people = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var t in tenures.OrderBy(t => t.Start))
        {
            Add(_byPerson, t.PersonId, t);
            if (!_byOffice.TryGetValue((t.Of, t.Office), out var l))
            {
                _byOffice[(t.Of, t.Office)] = l = [];
            }

            l.Add(t);
        }

        foreach (var m in memberships)
        {
            Add(_members, m.Organisation, m);
        }
    }

    /// <summary>All states.</summary>
    public IReadOnlyList<KbState> States { get; }

    /// <summary>All organisations.</summary>
    public IReadOnlyList<KbOrganisation> Organisations { get; }

    /// <summary>All memberships.</summary>
    public IReadOnlyList<Membership> Memberships { get; }

    /// <summary>All metonyms.</summary>
    public IReadOnlyList<Metonym> Metonyms { get; }

    /// <summary>All office title phrases.</summary>
    public IReadOnlyList<KbOffice> Offices { get; }

    /// <summary>All sector and agent nouns.</summary>
    public IReadOnlyList<AgentNoun> Agents { get; }

    /// <summary>All people.</summary>
    public IReadOnlyList<KbPerson> People { get; }

    /// <summary>Dated CAMEO codes of people without offices (imported from PETRARCH dictionaries).</summary>
    public IReadOnlyList<ActorCode> Codes { get; }

    /// <summary>All tenures.</summary>
    public IReadOnlyList<Tenure> Tenures { get; }

    /// <summary>The state with ISO alpha-3 code <paramref name="iso3"/>, or null.</summary>
    public KbState? State(string iso3) => _states.GetValueOrDefault(iso3);

    /// <summary>The organisation with id <paramref name="id"/>, or null.</summary>
    public KbOrganisation? Organisation(string id) => _orgs.GetValueOrDefault(id);

    /// <summary>The person with knowledge-base id <paramref name="id"/> (with or without the "person:" prefix), or null.</summary>
    public KbPerson? Person(string id) => _people.GetValueOrDefault(id.StartsWith("person:", StringComparison.Ordinal) ? id[7..] : id);

    /// <summary>Every tenure of a person, oldest first (the time engineer infers dates from these).</summary>
    public IReadOnlyList<Tenure> TenuresOf(string personId) =>
        _byPerson.GetValueOrDefault(Person(personId)?.Id ?? personId) ?? (IReadOnlyList<Tenure>)[];

    /// <summary>The roles a person held on <paramref name="date"/>.</summary>
    public IReadOnlyList<Tenure> RolesOn(string personId, DateOnly date) => TenuresOf(personId).Where(t => t.Covers(date)).ToList();

    /// <summary>Every tenure of an office of a state or organisation, oldest first.</summary>
    public IReadOnlyList<Tenure> TenuresOfOffice(string of, string office) =>
        _byOffice.GetValueOrDefault((of, office)) ?? (IReadOnlyList<Tenure>)[];

    /// <summary>Who held <paramref name="office"/> of <paramref name="of"/> on <paramref name="date"/> (several for shared offices such as spokespeople).</summary>
    public IReadOnlyList<Tenure> HoldersOf(string of, string office, DateOnly date) =>
        TenuresOfOffice(of, office).Where(t => t.Covers(date)).ToList();

    /// <summary>
    /// The most recent holder before <paramref name="date"/> who no longer held the office then: "the former US president".
    /// People who hold it again on the date are skipped.
    /// </summary>
    public Tenure? PreviousHolder(string of, string office, DateOnly date)
    {
        var current = HoldersOf(of, office, date).Select(t => t.PersonId).ToHashSet(StringComparer.Ordinal);
        return TenuresOfOffice(of, office).Where(t => t.EndedBy(date) && !current.Contains(t.PersonId)).MaxBy(t => t.End);
    }

    /// <summary>The latest holder of an office, for text whose date is unknown.</summary>
    public Tenure? LatestHolder(string of, string office) => TenuresOfOffice(of, office).LastOrDefault();

    /// <summary>True when <paramref name="state"/> was a member of <paramref name="organisation"/> on <paramref name="date"/>.</summary>
    public bool IsMember(string organisation, string state, DateOnly date) =>
        _members.GetValueOrDefault(organisation)?.Any(m => m.State == state && m.Covers(date)) ?? false;

    /// <summary>The members of <paramref name="organisation"/> on <paramref name="date"/>.</summary>
    public IReadOnlyList<string> MembersOn(string organisation, DateOnly date) =>
        _members.GetValueOrDefault(organisation)?.Where(m => m.Covers(date)).Select(m => m.State).ToList() ?? [];

    /// <summary>The display title of <paramref name="office"/> for <paramref name="of"/> ("Secretary of State" in the US).</summary>
    public string TitleOf(string office, string? of)
    {
        var rows = Offices.Where(o => o.Office == office).ToList();
        return rows.FirstOrDefault(o => o.Countries.Count > 0 && o.AppliesTo(of))?.Title ?? rows.FirstOrDefault()?.Title ?? office;
    }

    /// <summary>The sector of an office ("GOV", "IGO").</summary>
    public string SectorOf(string office) => Offices.FirstOrDefault(o => o.Office == office)?.Sector ?? "GOV";

    /// <summary>
    /// Looks up an actor by id ("RUS", "igo:nato", "person:sergey-lavrov") as of <paramref name="date"/>; a person gets
    /// the role held on that date (or "former ..." with sector ELI), or the latest role when the date is unknown.
    /// </summary>
    public Actor? FindActor(string id, DateOnly? date, string? sector = null)
    {
        if (_states.TryGetValue(id, out var s))
        {
            return StateActor(s, sector);
        }

        if (_orgs.TryGetValue(id, out var o))
        {
            return new Actor(o.Id, o.Name, o.Country, o.Sector, null, o.Code);
        }

        var p = Person(id);
        return p is null ? null : PersonActor(p, date, null);
    }

    /// <summary>The actor for a state, optionally narrowed to a sector ("RUS" + "GOV" → code RUSGOV).</summary>
    public static Actor StateActor(KbState state, string? sector) =>
        new(state.Iso3, sector is null ? state.Name : state.Name + " " + SectorName(sector), state.Iso3, sector, null, state.Cameo + sector);

    /// <summary>
    /// The actor for a person as of <paramref name="date"/>. When <paramref name="office"/> is given (from a title in
    /// the text) and the person held it, that role is preferred.
    /// </summary>
    public Actor PersonActor(KbPerson person, DateOnly? date, string? office)
    {
        var tenures = TenuresOf(person.Id);
        Tenure? role;
        bool current;
        if (date is { } d)
        {
            var on = tenures.Where(t => t.Covers(d)).ToList();
            role = on.FirstOrDefault(t => t.Office == office) ?? on.LastOrDefault();
            current = role is not null;
            role ??= tenures.Where(t => t.EndedBy(d) && (office is null || t.Office == office)).MaxBy(t => t.End)
                ?? tenures.Where(t => t.EndedBy(d)).MaxBy(t => t.End);
        }
        else
        {
            role = tenures.LastOrDefault(t => office is null || t.Office == office) ?? tenures.LastOrDefault();
            current = role is not null;
        }

        if (role is null)
        {
            var code = Codes.Where(c => c.PersonId == person.Id && (date is null || c.Covers(date.Value)))
                .OrderBy(c => c.From is null && c.To is null ? 1 : 0).FirstOrDefault();
            if (code is not null)
            {
                var country = code.Code.Length >= 3 && _states.ContainsKey(code.Code[..3]) ? code.Code[..3] : person.Country.NullIfEmpty();
                var sector = country is not null && code.Code.Length > 3 ? code.Code[3..] : null;
                return new Actor(person.ActorId, person.Name, country, sector, null, code.Code);
            }

            return new Actor(person.ActorId, person.Name, person.Country.NullIfEmpty(), null, null, person.Country.NullIfEmpty());
        }

        var org = _orgs.GetValueOrDefault(role.Of);
        var title = TitleOf(role.Office, role.Of);
        if (org is not null)
        {
            title = org.Name + " " + title;
        }

        if (!current)
        {
            return new Actor(person.ActorId, person.Name, person.Country.NullIfEmpty(), "ELI", "former " + title, Cameo(person.Country) + "ELI");
        }

        return org is not null
            ? new Actor(person.ActorId, person.Name, org.Country, org.Sector, title, org.Code)
            : new Actor(person.ActorId, person.Name, role.Of, SectorOf(role.Office), title, Cameo(role.Of) + SectorOf(role.Office));
    }

    /// <summary>The CAMEO country code of a state code (the code itself when unknown).</summary>
    public string Cameo(string iso3) => _states.GetValueOrDefault(iso3)?.Cameo ?? iso3;

    /// <summary>A readable name for a CAMEO sector code.</summary>
    public static string SectorName(string sector) => sector switch
    {
        "GOV" => "government",
        "MIL" => "military",
        "LEG" => "legislature",
        "ELI" => "elites",
        "OPP" => "opposition",
        "MED" => "media",
        "BUS" => "business",
        "CVL" => "civilians",
        "REB" => "rebels",
        "COP" => "police",
        "JUD" => "judiciary",
        "SPY" => "intelligence",
        "IGO" => "international organisation",
        _ => sector,
    };

    private static void Add<T>(Dictionary<string, List<T>> d, string key, T value)
    {
        if (!d.TryGetValue(key, out var l))
        {
            d[key] = l = [];
        }

        l.Add(value);
    }
}
