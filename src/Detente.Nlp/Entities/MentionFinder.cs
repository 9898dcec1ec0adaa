using Detente.Core.Model;
using Detente.Knowledge;
using Detente.Knowledge.Model;

namespace Detente.Nlp.Entities;

/// <summary>
/// Finds and resolves the actor mentions of one document, sentence by sentence, in text order, so that every
/// antecedent is already known when a pronoun, role noun or surname needs it. One instance per document.
/// </summary>
internal sealed class MentionFinder
{
    private static readonly string[] Particles = ["al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "la", "le", "du", "ki"];

    private readonly ActorLexicon _lex;
    private readonly KnowledgeBase _kb;
    private readonly DateOnly? _date;
    private readonly string _text;
    private readonly List<Draft> _drafts = [];
    private readonly Coreference _coref;
    private readonly int[] _fn;
    private Piece[] _p = [];
    private int _n;
    private int _sentence;

    public MentionFinder(ActorLexicon lexicon, Document doc)
    {
        _lex = lexicon;
        _kb = lexicon.Knowledge;
        _date = doc.ReferenceDate;
        _text = doc.Text;
        _coref = new Coreference(_kb, _date, _drafts);
        _fn = [.. ActorLexicon.FunctionWords.Select(w => lexicon.WordId(w))];
    }

    private const int Comma = 9;

    public List<Draft> Drafts => _drafts;

    /// <summary>Finds the mentions of one sentence given its pieces.</summary>
    public void Sentence(int sentence, Piece[] pieces, int count)
    {
        _p = pieces;
        _n = count;
        _sentence = sentence;
        int i = 0;
        while (i < _n)
        {
            int next = Chain(i);
            if (next > i)
            {
                i = next;
                continue;
            }

            i = Single(i);
        }
    }

    private ReadOnlySpan<Piece> Span => _p.AsSpan(0, _n);

    private bool Is(int i, int functionWord) => i >= 0 && i < _n && _p[i].Word == _fn[functionWord];

    private bool IsDeterminer(int i) => i >= 0 && i < _n && (_p[i].Word == _fn[0] || _p[i].Word == _fn[1] || _p[i].Word == _fn[2] || IsPossessivePronoun(i));

    private bool IsPossessivePronoun(int i) => i >= 0 && i < _n && (_p[i].Word == _fn[3] || _p[i].Word == _fn[4] || _p[i].Word == _fn[5] || _p[i].Word == _fn[6]);

    private bool IsPossessive(int i) => Is(i, 7) || Is(i, 8);

    private bool IsLocative(int i) => i >= 0 && (_p[i].Word == _fn[10] || _p[i].Word == _fn[11] || _p[i].Word == _fn[12] || _p[i].Word == _fn[13] || _p[i].Word == _fn[14]);

    private LexEntry? Find(IReadOnlyList<LexEntry>? entries, int start, int length, params ReadOnlySpan<EntryKind> kinds)
    {
        if (entries is null)
        {
            return null;
        }

        var span = Span.Slice(start, length);
        foreach (var kind in kinds)
        {
            foreach (var e in entries)
            {
                if (e.Kind == kind && e.CaseMatches(span))
                {
                    return e;
                }
            }
        }

        return null;
    }

    private IEnumerable<LexEntry> All(IReadOnlyList<LexEntry> entries, int start, int length, EntryKind kind)
    {
        for (int k = 0; k < entries.Count; k++)
        {
            if (entries[k].Kind == kind && entries[k].CaseMatches(Span.Slice(start, length)))
            {
                yield return entries[k];
            }
        }
    }

    private void Add(Draft d) => _drafts.Add(d);

    private Draft New(int start, int end, MentionType type, Actor? actor, string rule, string? personId = null, int? antecedent = null, char gender = '?') =>
        new()
        {
            Start = _p[start].Start,
            End = _p[end - 1].End,
            Type = type,
            Actor = actor,
            Rule = rule,
            Sentence = _sentence,
            InQuote = _p[start].InQuote,
            PersonId = personId,
            Antecedent = antecedent ?? (actor is null ? null : _coref.Previous(actor)),
            Gender = gender,
        };

    // ---- titles: [modifier] [country|organisation ['s]] [modifier] office|agent [name | , name ,] ----
    private int Chain(int i)
    {
        if (_p[i].Word < 0)
        {
            return i;
        }

        int j = i;
        string? modifier = null;
        bool rank = false;
        int rankStart = -1;
        string? of = null;
        string? ofSector = null;
        int len;
        for (int guard = 0; guard < 4; guard++)
        {
            var entries = _lex.Match(Span, j, out len);
            var m = Find(entries, j, len, EntryKind.Modifier);
            var r = Find(entries, j, len, EntryKind.RankModifier);
            var c = of is null ? Find(entries, j, len, EntryKind.State, EntryKind.Demonym, EntryKind.Capital, EntryKind.Metonym, EntryKind.Organisation, EntryKind.OrganisationNoun) : null;
            var head = Find(entries, j, len, EntryKind.Office, EntryKind.Agent, EntryKind.AgentPlural);
            if (head is not null)
            {
                break;
            }

            if (m is not null)
            {
                modifier ??= m.Target;
                j += len;
            }
            else if (r is not null)
            {
                rank = true;
                rankStart = rankStart < 0 ? j : rankStart;
                j += len;
            }
            else if (c is not null)
            {
                if (c.Kind == EntryKind.OrganisationNoun)
                {
                    if (!IsPossessive(j + len))
                    {
                        return i;
                    }

                    int org = _coref.ForOrganisationNoun(All(entries!, j, len, EntryKind.OrganisationNoun).Select(e => e.Target).ToList());
                    if (org < 0)
                    {
                        return i;
                    }

                    of = _drafts[org].Actor!.Id;
                }
                else
                {
                    of = c.Kind == EntryKind.Metonym ? _kb.Metonyms[c.Index].Actor : c.Target;
                    ofSector = c.Kind == EntryKind.Metonym ? _kb.Metonyms[c.Index].Sector : null;
                }

                j += len;
                if (j < _n && IsPossessive(j))
                {
                    j++;
                }
            }
            else
            {
                return i;
            }
        }

        var headEntries = _lex.Match(Span, j, out len);
        var headEntry = Find(headEntries, j, len, EntryKind.Office, EntryKind.Agent, EntryKind.AgentPlural);
        if (headEntry is null)
        {
            return i;
        }

        // Prefer an office phrase that applies to the country given ("secretary of state" is an office in the US).
        if (headEntry.Kind == EntryKind.Office)
        {
            headEntry = All(headEntries!, j, len, EntryKind.Office).OrderByDescending(e => _kb.Offices[e.Index].Countries.Count > 0 && _kb.Offices[e.Index].AppliesTo(of))
                .ThenBy(e => _kb.Offices[e.Index].Countries.Count).First();
        }

        int headStart = rank ? rankStart : j;
        j += len;
        int headEnd = j;

        // Compound agents: "regime forces" takes the last noun's sector.
        while (j < _n)
        {
            var more = _lex.Match(Span, j, out len);
            var agent = Find(more, j, len, EntryKind.Agent, EntryKind.AgentPlural);
            if (agent is null || headEntry.Kind == EntryKind.Office)
            {
                break;
            }

            headEntry = agent;
            j += len;
        }

        bool definite = IsDeterminer(i - 1) || of is not null || modifier is not null;
        var office = headEntry.Kind == EntryKind.Office ? _kb.Offices[headEntry.Index] : null;
        var agentNoun = headEntry.Kind != EntryKind.Office ? _kb.Agents[headEntry.Index] : null;
        if (of is null && office is { Countries.Count: 1 } && !rank)
        {
            of = office.Countries[0];
        }

        // A name right after the title, or after a comma (apposition).
        bool personHead = office is not null || agentNoun is { IsPerson: true } && headEntry.Kind == EntryKind.Agent;
        if (personHead)
        {
            int nameEnd = Name(j, out var people, out var shortForm);
            if (nameEnd > j)
            {
                AddNamed(i, j, nameEnd, people, shortForm, of, office, agentNoun, rank, "title+name", TitleText(headStart, headEnd));
                return nameEnd;
            }

            if (Is(j, Comma) && j + 1 < _n)
            {
                nameEnd = Name(j + 1, out people, out shortForm);
                if (nameEnd > j + 1 && (nameEnd == _n || Is(nameEnd, Comma) || !_p[nameEnd].Capitalised))
                {
                    AddNamed(j + 1, j + 1, nameEnd, people, shortForm, of, office, agentNoun, rank, "apposition", TitleText(headStart, headEnd));
                    return nameEnd;
                }
            }
        }

        if (!definite)
        {
            return j;
        }

        if (office is not null && !rank)
        {
            AddOffice(i, j, office, of, modifier);
        }
        else if (agentNoun is not null && headEntry.Kind == EntryKind.Agent && agentNoun.IsPerson)
        {
            AddRoleNoun(i, j, agentNoun, of, modifier, rank ? TitleText(headStart, j) : null);
        }
        else if (of is not null)
        {
            var sector = office?.Sector ?? agentNoun?.Sector ?? ofSector;
            var actor = OfActor(of, sector);
            Add(New(i, j, headEntry.Kind == EntryKind.AgentPlural || agentNoun is { IsPerson: false } ? MentionType.Group : MentionType.Person, actor, "country+agent"));
        }

        return j;
    }

    private string TitleText(int start, int end) => _text[_p[start].Start.._p[end - 1].End];

    private Actor? OfActor(string of, string? sector)
    {
        if (_kb.State(of) is { } state)
        {
            return KnowledgeBase.StateActor(state, sector);
        }

        var org = _kb.Organisation(of);
        return org is null ? null : new Actor(org.Id, org.Name, org.Country, org.Sector, null, org.Code);
    }

    // ---- names after titles ----
    private int Name(int j, out IReadOnlyList<KbPerson> people, out bool shortForm)
    {
        people = [];
        shortForm = false;
        if (j >= _n)
        {
            return j;
        }

        var entries = _lex.Match(Span, j, out int len);
        var full = entries is null ? [] : All(entries, j, len, EntryKind.PersonName).ToList();
        if (full.Count > 0)
        {
            people = [.. full.Select(e => _kb.Person(e.Target)!)];
            return j + len;
        }

        var shorts = entries is null ? [] : All(entries, j, len, EntryKind.PersonShort).ToList();

        // An unknown name: capitalised words (with particles such as "al" and initials) not naming anything else.
        int k = j;
        while (k < _n && k - j < 5)
        {
            var p = _p[k];
            bool particle = !p.Capitalised && k > j && k + 1 < _n && _p[k + 1].Capitalised && IsParticle(k);
            if (!p.Capitalised && !particle)
            {
                break;
            }

            if (p.Capitalised && k > j && StartsOther(k))
            {
                break;
            }

            if (p.Capitalised && k == j && StartsOther(k) && shorts.Count == 0)
            {
                return j;
            }

            k++;
        }

        if (shorts.Count > 0 && k <= j + len)
        {
            people = [.. shorts.Select(e => _kb.Person(e.Target)!)];
            shortForm = true;
            return j + len;
        }

        if (k > j && _p[j].Capitalised && !IsFunction(j))
        {
            // A known surname at the end of an unknown first name: "Sergei Lavrov" spelled another way.
            var last = _lex.Match(Span, k - 1, out int lastLen);
            var lastShort = last is null || k - 1 == j ? [] : All(last, k - 1, lastLen, EntryKind.PersonShort).ToList();
            if (lastShort.Count > 0 && k - 1 + lastLen == k)
            {
                people = [.. lastShort.Select(e => _kb.Person(e.Target)!)];
                shortForm = true;
            }

            return k;
        }

        return j;
    }

    private bool IsParticle(int k)
    {
        var s = _text.AsSpan(_p[k].Start, _p[k].End - _p[k].Start);
        foreach (var particle in Particles)
        {
            if (s.Equals(particle, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsFunction(int k)
    {
        int w = _p[k].Word;
        return w >= 0 && Array.IndexOf(_fn, w) >= 0;
    }

    private bool StartsOther(int k)
    {
        if (IsFunction(k))
        {
            return true;
        }

        var e = _lex.Match(Span, k, out int len);
        return Find(e, k, len, EntryKind.State, EntryKind.Demonym, EntryKind.Capital, EntryKind.Metonym, EntryKind.Organisation, EntryKind.Office, EntryKind.Agent, EntryKind.AgentPlural, EntryKind.Modifier, EntryKind.Pronoun) is not null;
    }

    private void AddNamed(int start, int nameStart, int end, IReadOnlyList<KbPerson> people, bool shortForm, string? of, KbOffice? office, AgentNoun? agent, bool rank, string rule, string titleText)
    {
        if (people.Count > 0)
        {
            var person = shortForm ? ChooseShort(people, office?.Office, of) : _coref.Choose(people, office?.Office);
            if (person is not null)
            {
                var actor = _kb.PersonActor(person, _date, rank ? null : office?.Office);
                Add(New(start, end, MentionType.Person, actor, rule, person.Id, gender: person.Gender));
                return;
            }
        }

        // Unknown person: type from the title, country and sector when the title gives them.
        var name = _text[_p[nameStart].Start.._p[end - 1].End];
        var sector = office?.Sector ?? agent?.Sector;
        string? country = of is null ? null : _kb.State(of)?.Iso3 ?? _kb.Organisation(of)?.Country;
        string title = office is not null && !rank ? _kb.TitleOf(office.Office, of) : titleText;
        var code = of is null ? null : (_kb.State(of)?.Cameo ?? _kb.Organisation(of)?.Code) + (_kb.State(of) is null ? string.Empty : sector);
        var unknown = new Actor("unknown:" + TextFold.Fold(name).Replace(' ', '-'), name, country, sector, title, code);
        Add(New(start, end, MentionType.Person, unknown, rule + ":unknown"));
    }

    private KbPerson? ChooseShort(IReadOnlyList<KbPerson> people, string? office, string? of)
    {
        int previous = _coref.LastMentionOf(people.Select(p => p.Id));
        if (previous >= 0)
        {
            return _kb.Person(_drafts[previous].PersonId!);
        }

        var fitting = people.Where(p => office is null || _coref.Holds(p.Id, o => o == office, of, false) || _coref.Holds(p.Id, o => o == office, of, true)).ToList();
        if (fitting.Count == 0)
        {
            fitting = [.. people];
        }

        var inOffice = fitting.Where(p => _coref.Holds(p.Id, _ => true, null, false)).ToList();
        if (inOffice.Count == 1)
        {
            return inOffice[0];
        }

        return fitting.Count == 1 ? fitting[0] : null;
    }

    private void AddOffice(int start, int end, KbOffice office, string? of, string? modifier)
    {
        bool former = modifier == "former";
        if (of is null || modifier == "then")
        {
            int a = _coref.ForRole(_sentence, o => o == office.Office, of, former);
            if (a >= 0)
            {
                var person = _kb.Person(_drafts[a].PersonId!)!;
                Add(New(start, end, MentionType.Person, _kb.PersonActor(person, _date, office.Office), "office:coreference", person.Id, a, person.Gender));
                return;
            }

            if (of is null)
            {
                Add(New(start, end, MentionType.Person, null, "office:unresolved"));
                return;
            }
        }

        Tenure? holder;
        string rule;
        if (_date is { } d)
        {
            holder = former ? _kb.PreviousHolder(of, office.Office, d) : Single(_kb.HoldersOf(of, office.Office, d), office.Office, of);
            rule = former ? "office:former-holder" : "office:holder-on-date";
        }
        else
        {
            var all = _kb.TenuresOfOffice(of, office.Office);
            holder = former ? all.LastOrDefault(t => t.PersonId != all[^1].PersonId) : all.LastOrDefault();
            rule = former ? "office:former-holder:undated" : "office:latest-holder:undated";
        }

        if (holder is null)
        {
            var sector = office.Sector;
            var actor = OfActor(of, sector) is { } o ? o with { Role = _kb.TitleOf(office.Office, of), Id = "unknown:" + of + ":" + office.Office, Name = TitleText(start, end) } : null;
            Add(New(start, end, MentionType.Person, actor, "office:no-holder"));
            return;
        }

        var p = _kb.Person(holder.PersonId)!;
        Add(New(start, end, MentionType.Person, _kb.PersonActor(p, _date, office.Office), rule, p.Id, gender: p.Gender));
    }

    private Tenure? Single(IReadOnlyList<Tenure> holders, string office, string of)
    {
        if (holders.Count <= 1)
        {
            return holders.Count == 1 ? holders[0] : null;
        }

        int a = _coref.ForRole(_sentence, o => o == office, of, false);
        return a >= 0 ? holders.FirstOrDefault(h => h.PersonId == _drafts[a].PersonId) : holders[^1];
    }

    private void AddRoleNoun(int start, int end, AgentNoun noun, string? of, string? modifier, string? rankTitle)
    {
        if (rankTitle is null)
        {
            int a = _coref.ForRole(_sentence, noun.Fits, of, modifier == "former");
            if (a >= 0)
            {
                var person = _kb.Person(_drafts[a].PersonId!)!;
                Add(New(start, end, MentionType.Person, _kb.PersonActor(person, _date, null), "role-noun:coreference", person.Id, a, person.Gender));
                return;
            }
        }

        Actor? actor = null;
        if (of is not null && OfActor(of, noun.Sector) is { } o)
        {
            actor = o with { Id = "unknown:" + of + ":" + TextFold.Fold(noun.Noun).Replace(' ', '-'), Name = TitleText(start, end), Role = rankTitle ?? noun.Noun };
        }

        Add(New(start, end, MentionType.Person, actor, "role-noun:unresolved"));
    }

    // ---- single phrases: names, states, organisations, metonyms, demonyms, pronouns ----
    private int Single(int i)
    {
        var entries = _lex.Match(Span, i, out int len);
        if (entries is null)
        {
            return i + 1;
        }

        int end = i + len;
        var e = Find(entries, i, len, EntryKind.PersonName, EntryKind.Organisation, EntryKind.State, EntryKind.Metonym, EntryKind.Capital,
            EntryKind.Demonym, EntryKind.PersonShort, EntryKind.OrganisationNoun, EntryKind.Pronoun);
        if (e is null)
        {
            return end;
        }

        switch (e.Kind)
        {
            case EntryKind.PersonName:
            case EntryKind.PersonShort:
                {
                    var people = All(entries, i, len, e.Kind).Select(x => _kb.Person(x.Target)!).ToList();
                    var person = e.Kind == EntryKind.PersonName ? _coref.Choose(people, null) : ChooseShort(people, null, null);
                    if (person is null)
                    {
                        Add(New(i, end, MentionType.Person, null, "short-name:ambiguous"));
                        return end;
                    }

                    var actor = _kb.PersonActor(person, _date, null);
                    var group = Find(_lex.Match(Span, end, out int glen), end, glen, EntryKind.Agent);
                    if (group is not null && !_kb.Agents[group.Index].IsPerson && actor.Country is not null && _kb.State(actor.Country) is { } st)
                    {
                        Add(New(i, end + glen, MentionType.Group, KnowledgeBase.StateActor(st, _kb.Agents[group.Index].Sector), "person+agent"));
                        return end + glen;
                    }

                    Add(New(i, end, MentionType.Person, actor, e.Kind == EntryKind.PersonName ? "name" : "short-name", person.Id, gender: person.Gender));
                    return end;
                }

            case EntryKind.Organisation:
                {
                    var org = _kb.Organisation(e.Target)!;
                    Add(New(i, end, MentionType.Organization, new Actor(org.Id, org.Name, org.Country, org.Sector, null, org.Code), "organisation"));
                    return end;
                }

            case EntryKind.State:
            case EntryKind.Demonym:
                Add(New(i, end, MentionType.State, KnowledgeBase.StateActor(_kb.State(e.Target)!, null), e.Kind == EntryKind.State ? "state" : "demonym"));
                return end;

            case EntryKind.Capital:
            case EntryKind.Metonym:
                {
                    bool place = IsLocative(i - 1) || (IsDeterminer(i - 1) && IsLocative(i - 2));
                    var target = e.Kind == EntryKind.Metonym ? _kb.Metonyms[e.Index] : null;
                    var sector = target is not null ? target.Sector : place ? null : "GOV";
                    var actor = OfActor(target?.Actor ?? e.Target, sector);
                    Add(New(i, end, place ? MentionType.Location : MentionType.State, actor, e.Kind == EntryKind.Capital ? "capital" : "metonym"));
                    return end;
                }

            case EntryKind.OrganisationNoun:
                {
                    if (!IsDeterminer(i - 1))
                    {
                        return end;
                    }

                    int a = _coref.ForOrganisationNoun(All(entries, i, len, EntryKind.OrganisationNoun).Select(x => x.Target).ToList());
                    if (a >= 0)
                    {
                        Add(New(i, end, MentionType.Organization, _drafts[a].Actor, "organisation-noun:coreference", antecedent: a));
                    }

                    return end;
                }

            default:
                {
                    var word = _text.AsSpan(_p[i].Start, _p[i].End - _p[i].Start);
                    bool objectForm = word.Equals("him", StringComparison.OrdinalIgnoreCase);
                    int a = _coref.ForPronoun(_sentence, _p[i].InQuote, e.Target[0], objectForm);
                    var antecedent = a >= 0 ? _drafts[a] : null;
                    Add(New(i, end, MentionType.Pronoun, antecedent?.Actor, a >= 0 ? "pronoun:coreference" : "pronoun:unresolved", antecedent?.PersonId, a >= 0 ? a : null, e.Target[0]));
                    return end;
                }
        }
    }
}
