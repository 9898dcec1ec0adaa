using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Detente.Core.Model;

using Detente.Nlp.Events.Typing;
using Detente.Nlp.Temporal;

namespace Detente.Nlp.Events;

/// <summary>
/// Codes the political events of a sentence from its dependency parse and actor mentions: finds verbal and
/// nominal predicates, picks a CAMEO code from Detente's frames or the PETRARCH-2 patterns, finds source and
/// target through the parse (subjects, passive agents, objects, prepositional complements, coordination,
/// control), and decides the modality. Thread-safe: holds only read-only lexicons.
/// </summary>
public sealed class EventCoder
{
    private static readonly FrozenSet<string> TargetPreps = FrozenSet.ToFrozenSet(
        ["with", "against", "on", "upon", "to", "toward", "towards", "at", "into", "over", "from", "for", "between", "of", "in"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ExpandRelations = FrozenSet.ToFrozenSet(
        ["compound", "amod", "nmod", "flat", "appos", "obl", "nmod:poss"], StringComparer.Ordinal);

    private readonly CameoCodebook _codebook;
    private readonly PredicateLexicon _lexicon;
    private readonly ModalityRules _modality;
    private readonly EventTyper? _typer;

    /// <summary>Creates a coder over the given codebook and predicate lexicon; <paramref name="typer"/>, when given, chooses the PLOVER types of what the rules code.</summary>
    public EventCoder(CameoCodebook codebook, PredicateLexicon lexicon, EventTyper? typer = null)
    {
        _codebook = codebook;
        _lexicon = lexicon;
        _typer = typer;
        _modality = new ModalityRules(lexicon, IsSpeechVerb);
    }

    /// <summary>The coder over the shipped codebook, lexicons and, when present, the PLOVER typer model (data/models/plover-type.bin).</summary>
    public static EventCoder Load(string dataDirectory)
    {
        var codebook = CameoCodebook.Load(dataDirectory);
        var model = PloverTypeModel.LoadIfPresent(dataDirectory);
        return new EventCoder(codebook, PredicateLexicon.Load(dataDirectory), model is null ? null : new EventTyper(model, codebook));
    }

    /// <summary>The events of every sentence of <paramref name="doc"/>, in text order.</summary>
    public ImmutableArray<PoliticalEvent> Code(Document doc)
    {
        var all = ImmutableArray.CreateBuilder<PoliticalEvent>();
        for (int s = 0; s < doc.Sentences.Length; s++)
        {
            CodeSentence(doc, s, all);
        }

        return all.ToImmutable();
    }

    /// <summary>Adds the events of sentence <paramref name="sentence"/> of <paramref name="doc"/> to <paramref name="into"/>.</summary>
    public void CodeSentence(Document doc, int sentence, ImmutableArray<PoliticalEvent>.Builder into)
    {
        if (doc.Sentences[sentence].TokenCount == 0)
        {
            return;
        }

        var g = new SentenceGraph(doc, sentence);
        if (!g.HasMentions)
        {
            return;
        }

        int from = into.Count;
        for (int p = g.First; p < g.End; p++)
        {
            if (Predicate(g, p) is { } c)
            {
                Emit(g, c, into);
            }
        }

        _typer?.Retype(g, into, from);
    }

    private bool IsSpeechVerb(string lemma)
    {
        foreach (var f in _lexicon.VerbFrames(lemma))
        {
            if (f.Kind == "verb" && (f.Code.StartsWith("01", StringComparison.Ordinal) || f.Code.StartsWith("11", StringComparison.Ordinal)
                || f.Code.StartsWith("13", StringComparison.Ordinal) || f.Code.StartsWith("02", StringComparison.Ordinal) || f.Code == "100"))
            {
                return true;
            }
        }

        return false;
    }

    private Candidate? Predicate(SentenceGraph g, int p)
    {
        var t = g[p];
        if (t.Upos is "NOUN" or "PROPN")
        {
            return NounPredicate(g, p);
        }

        if (t.Upos is not "VERB" || g.Rel(p) is "amod")
        {
            return null;
        }

        var lemma = g.Lemma(p);
        int prt = g.Child(p, "compound:prt");
        var phrasal = prt >= 0 ? lemma + "_" + g.Lemma(prt) : null;
        var key = phrasal ?? lemma;
        if ((_lexicon.IsLight(key) || _lexicon.IsLight(lemma)) && LightObject(g, p) >= 0)
        {
            return null;
        }

        foreach (var l in phrasal is null ? [lemma] : new[] { phrasal, lemma })
        {
            foreach (var f in _lexicon.VerbFrames(l))
            {
                if (!Holds(g, p, f.Condition))
                {
                    continue;
                }

                if (f.Kind == "intent")
                {
                    int x = g.Child(p, "xcomp");
                    var fallback = f.Code[(f.Code.IndexOf('>', StringComparison.Ordinal) + 1)..];
                    if ((x >= 0 && Codable(g, x)) || fallback.Length == 0)
                    {
                        return null;
                    }

                    return new Candidate(p, fallback, f.Label + " -> " + fallback + " (" + f.Note + ", complement not coded)", 0.65, -1);
                }

                return new Candidate(p, f.Code, f.Label + " -> " + f.Code + " (" + f.Note + ")", 0.85, -1);
            }
        }

        if (!_lexicon.TryGetPetrarchVerb(key, out var code, out var block) && !_lexicon.TryGetPetrarchVerb(lemma, out code, out block))
        {
            return null;
        }

        if (_lexicon.Patterns(block).Length > 0 && Subjects(g, p, 0).Count == 0)
        {
            return null;
        }

        foreach (var pattern in _lexicon.Patterns(block))
        {
            if (PatternMatcher.Matches(g, p, pattern))
            {
                return pattern.Code is null
                    ? null
                    : new Candidate(p, pattern.Code, "petrarch:" + block + " '" + lemma + " " + pattern.Text + "' -> " + pattern.Code, 0.75, -1);
            }
        }

        return code is null ? null : new Candidate(p, code, "petrarch:" + block + " verb '" + lemma + "' -> " + code, 0.6, -1);
    }

    private Candidate? NounPredicate(SentenceGraph g, int n)
    {
        var lemma = g.Lemma(n);
        foreach (var f in _lexicon.NounFrames(lemma))
        {
            if (Holds(g, n, f.Condition))
            {
                int light = Governor(g, n);
                return new Candidate(n, f.Code, f.Label + " -> " + f.Code + " (" + f.Note + ")", 0.8, light);
            }
        }

        return null;
    }

    /// <summary>The verb whose object (or passive subject) the noun is, when that verb hands its event to the noun.</summary>
    private int Governor(SentenceGraph g, int n)
    {
        int h = g.Head(n);
        if (h < 0 || g[h].Upos is not "VERB")
        {
            return -1;
        }

        var rel = g.Rel(n);
        if (rel is not ("obj" or "nsubj:pass"))
        {
            return -1;
        }

        var lemma = g.Lemma(h);
        int prt = g.Child(h, "compound:prt");
        if (_lexicon.IsLight(lemma) || (prt >= 0 && _lexicon.IsLight(lemma + "_" + g.Lemma(prt))) || lemma is "deny" or "refute")
        {
            return h;
        }

        return -1;
    }

    private int LightObject(SentenceGraph g, int v)
    {
        foreach (var c in g.Children(v))
        {
            if (g.Rel(c) is "obj" or "nsubj:pass" && _lexicon.IsNoun(g.Lemma(c)) && NounPredicate(g, c) is not null)
            {
                return c;
            }
        }

        return -1;
    }

    private bool Codable(SentenceGraph g, int x)
    {
        if (LightObject(g, x) >= 0)
        {
            return true;
        }

        var lemma = g.Lemma(x);
        foreach (var f in _lexicon.VerbFrames(lemma))
        {
            if (f.Kind == "verb" && Holds(g, x, f.Condition))
            {
                return true;
            }
        }

        return _lexicon.TryGetPetrarchVerb(lemma, out var code, out _) && code is not null;
    }

    private static bool Holds(SentenceGraph g, int p, string condition)
    {
        if (condition.Length == 0)
        {
            return true;
        }

        var word = condition[1..];
        foreach (var c in g.Children(p))
        {
            switch (condition[0])
            {
                case '+' when word == "that" && g.BaseRel(c) is "ccomp":
                case '+' when word == "inf" && g.BaseRel(c) is "xcomp":
                case '+' when g.BaseRel(c) is "obl" or "nmod" && g.CaseOf(c) == word:
                case '=' when g.Lemma(c) == word:
                    return true;
                case '=' when g.BaseRel(c) is "obj" or "nmod" or "obl" or "compound" or "amod":
                    foreach (var cc in g.Children(c))
                    {
                        if (g.Lemma(cc) == word)
                        {
                            return true;
                        }
                    }

                    break;
            }
        }

        return false;
    }

    private void Emit(SentenceGraph g, Candidate c, ImmutableArray<PoliticalEvent>.Builder into)
    {
        if (IntentHead(g, c.Light >= 0 ? c.Light : c.Predicate) is { } intent)
        {
            var recoded = IntentCode(c.Code, intent.Fallback);
            if (recoded != c.Code)
            {
                c = c with { Code = recoded, Rule = c.Rule + "; intent through '" + g.Form(intent.Head) + "': " + c.Code + " -> " + recoded };
            }
        }

        var entry = _codebook.Find(c.Code);
        if (entry is null)
        {
            return;
        }

        var isNoun = g[c.Predicate].Upos is "NOUN" or "PROPN";
        var sources = isNoun ? NounSources(g, c.Predicate, c.Light) : Subjects(g, c.Predicate, 0);
        if (sources.Count == 0)
        {
            return;
        }

        var targets = isNoun ? NounTargets(g, c.Predicate, c.Light) : Objects(g, c.Predicate);
        if (targets.Count == 0 && entry.Quad == 0 && g.Child(c.Predicate, "ccomp") is var content and >= 0)
        {
            targets = ContentParties(g, content, sources);
            if (targets.Count > 0 && Blames(g, content, targets[0]) && _codebook.Find("112") is { } accuse)
            {
                entry = accuse;
                c = c with { Rule = c.Rule + "; the statement blames its content's subject for '" + g.Form(content) + "' -> 112" };
            }
        }
        var (modality, why) = _modality.Of(g, c.Predicate);
        if (c.Light >= 0)
        {
            var (lm, lw) = g.Lemma(c.Light) is "deny" or "refute" ? (Modality.Denied, "denied by '" + g.Form(c.Light) + "'") : _modality.Of(g, c.Light);
            if (modality == Modality.Asserted || lm is Modality.Denied or Modality.Negated)
            {
                (modality, why) = (lm, lw);
            }
        }

        var predicateRange = g[c.Predicate].Range;
        var date = (g.Doc.Present & Layers.Times) != 0 ? GoverningDates.Find(g.Doc, predicateRange.Start)?.Value ?? DateOf(g) : DateOf(g);
        bool historical = IsHistorical(g.Doc, date);
        foreach (var s in sources)
        {
            bool any = false;
            foreach (var t in targets)
            {
                if (SameActor(s.Actor, t.Actor))
                {
                    continue;
                }

                any = true;
                into.Add(Build(g, c, entry, s, t, modality, why, date, historical, predicateRange));
                if (entry.Root is "04" && t.How.Contains(":with", StringComparison.Ordinal))
                {
                    into.Add(Build(g, c, entry, t with { How = "partner (" + t.How + ")" }, s with { How = "reciprocal of the meeting" }, modality, why, date, historical, predicateRange));
                }
            }

            if (!any && targets.Count == 0 && sources.Count > 1 && IsMutual(entry) && !s.How.Contains("through advcl", StringComparison.Ordinal))
            {
                foreach (var other in sources)
                {
                    if (!SameActor(s.Actor, other.Actor))
                    {
                        any = true;
                        into.Add(Build(g, c, entry, s, other with { How = "co-source (" + other.How + ")" }, modality, why, date, historical, predicateRange));
                    }
                }
            }

            if (!any)
            {
                into.Add(Build(g, c, entry, s, null, modality, why, date, historical, predicateRange));
            }
        }
    }

    private static PoliticalEvent Build(SentenceGraph g, Candidate c, CameoEntry entry, ArgumentRef s, ArgumentRef? t, Modality modality,
        string why, string? date, bool historical, TextRange predicate)
    {
        int start = Math.Min(predicate.Start, s.Actor.Range.Start);
        int end = Math.Max(predicate.End, s.Actor.Range.End);
        if (t is { } tt)
        {
            start = Math.Min(start, tt.Actor.Range.Start);
            end = Math.Max(end, tt.Actor.Range.End);
        }

        double confidence = c.Confidence - (s.Direct ? 0 : 0.1) - (s.How.Contains("through", StringComparison.Ordinal) ? 0.05 : 0)
            - (t is { Direct: false } ? 0.05 : 0) - (t is null ? 0.1 : 0);
        var rule = c.Rule + "; source " + s.How + (t is { } x ? "; target " + x.How : "; no target")
            + (modality == Modality.Asserted ? string.Empty : "; " + why) + (historical ? "; historical" : string.Empty);
        return new PoliticalEvent
        {
            Source = s.Actor,
            Target = t?.Actor,
            Cameo = entry.Code,
            Plover = entry.Plover,
            Mode = entry.Mode,
            Quad = entry.Quad,
            Goldstein = entry.Goldstein,
            Modality = modality,
            Date = date,
            Historical = historical,
            Sentence = g.Index,
            Evidence = new TextRange(start, end),
            Trigger = predicate,
            Rule = rule,
            Confidence = Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2),
        };
    }

    private static bool SameActor(ActorRef a, ActorRef b) =>
        a.Range == b.Range || (a.Actor is { } x && b.Actor is { } y && (x.Id == y.Id || (x.Code is not null && x.Code == y.Code)));

    private List<ArgumentRef> Subjects(SentenceGraph g, int p, int depth)
    {
        var found = new List<ArgumentRef>();
        if (depth > 4)
        {
            return found;
        }

        foreach (var c in g.Children(p))
        {
            var rel = g.Rel(c);
            if (rel is "nsubj" or "csubj")
            {
                if (g.Rel(p) is "acl:relcl" && g[c].Upos is "PRON" && g.MentionAt(c) < 0 && g.Head(p) >= 0)
                {
                    Add(found, ActorsOf(g, g.Head(p)), "relative clause head");
                }
                else
                {
                    Add(found, ActorsOf(g, c), "nsubj");
                }
            }
            else if (rel is "obl:agent" || (rel is "obl" && g.CaseOf(c) is "by" && g.Child(p, "nsubj:pass") >= 0))
            {
                Add(found, ActorsOf(g, c), "passive agent");
            }
        }

        if (found.Count > 0 || g.Child(p, "nsubj:pass") >= 0)
        {
            return found;
        }

        int h = g.Head(p);
        if (h < 0)
        {
            return found;
        }

        var via = g.Rel(p);
        if (via is "xcomp" && g.Child(h, "nsubj:pass") is var raised and >= 0 && g.Child(h, "obl:agent") < 0)
        {
            Add(found, ActorsOf(g, raised), "raised subject of '" + g.Form(h) + "'");
            return found;
        }

        if (via is "xcomp")
        {
            int obj = g.Child(h, "obj");
            if (obj >= 0 && !_lexicon.IsNoun(g.Lemma(obj)))
            {
                Add(found, ActorsOf(g, obj), "object control through '" + g.Form(h) + "'");
                if (found.Count > 0)
                {
                    return found;
                }
            }
        }

        if (via is "xcomp" or "conj" or "advcl" || (via is "ccomp" && g.Child(p, "mark") < 0))
        {
            foreach (var a in Subjects(g, h, depth + 1))
            {
                found.Add(a with { How = a.How + " through " + via + " '" + g.Form(h) + "'" });
            }
        }
        else if (via is "acl")
        {
            Add(found, ActorsOf(g, h), "modified noun");
        }

        return found;
    }

    /// <summary>The intent verb ("vowed", "agreed", "threatened") whose to-infinitive complement <paramref name="p"/> is, with its fallback code.</summary>
    private (int Head, string Fallback)? IntentHead(SentenceGraph g, int p)
    {
        int h = g.Head(p);
        if (h < 0 || g.Rel(p) is not "xcomp")
        {
            return null;
        }

        foreach (var f in _lexicon.VerbFrames(g.Lemma(h)))
        {
            if (f.Kind == "intent" && f.Code.StartsWith("intent>", StringComparison.Ordinal))
            {
                return (h, f.Code["intent>".Length..]);
            }
        }

        return null;
    }

    /// <summary>
    /// CAMEO's coding of an expressed intent: to cooperate becomes 03 (031 material, 0311-0314 by kind, 033x aid,
    /// 035x yielding, 036 meeting), to fight or coerce becomes 13 (1312 sanctions, 138 force); verbal acts keep their code.
    /// </summary>
    private static string IntentCode(string code, string fallback) => code[..2] switch
    {
        "04" => "036",
        "05" => "032",
        "06" => code.Length == 3 && code[2] is >= '1' and <= '4' ? "031" + code[2] : "031",
        "07" => code.Length == 3 && code[2] is >= '1' and <= '4' ? "033" + code[2] : "033",
        "08" => code.Length >= 3 && code[2] is >= '1' and <= '6' ? "035" + code[2] : "035",
        "15" => "130",
        "16" => code.StartsWith("163", StringComparison.Ordinal) ? "1312" : code.StartsWith("161", StringComparison.Ordinal) ? "1313" : "131",
        "17" => "130",
        "18" or "19" or "20" => "138",
        _ => fallback.Length > 0 && code[..2] is "01" ? fallback : code,
    };

    /// <summary>Cooperative interactions whose coordinated subjects act on each other ("Arnor and Gondor signed", "met").</summary>
    private static bool IsMutual(CameoEntry entry) => entry.Root is "03" or "04" or "05" or "06";

    /// <summary>True when what was said is that the party did something blameworthy ("said Gondor had failed to ..."), not negated.</summary>
    private bool Blames(SentenceGraph g, int content, ArgumentRef party) =>
        _lexicon.IsBlame(g.Lemma(content)) && party.How.Contains("(nsubj of", StringComparison.Ordinal)
        && _modality.Own(g, content).Item1 == Modality.Asserted;

    /// <summary>For a statement with no addressee: the first party named as subject or object of what was said, other than the speaker.</summary>
    private List<ArgumentRef> ContentParties(SentenceGraph g, int content, List<ArgumentRef> speakers)
    {
        var found = new List<ArgumentRef>();
        foreach (var c in g.Children(content))
        {
            if (g.BaseRel(c) is "nsubj" or "obj")
            {
                foreach (var a in ActorsOf(g, c))
                {
                    if (!speakers.Exists(sp => SameActor(sp.Actor, a.Actor)))
                    {
                        found.Add(a with { How = "party in the statement's content (" + g.Rel(c) + " of '" + g.Form(content) + "')" });
                        return found;
                    }
                }
            }
        }

        return found;
    }

    private List<ArgumentRef> Objects(SentenceGraph g, int p)
    {
        var found = new List<ArgumentRef>();
        foreach (var c in g.Children(p))
        {
            if (g.Rel(c) is "nsubj:pass")
            {
                Add(found, ActorsOf(g, c), "passive subject");
            }
        }

        foreach (var c in g.Children(p))
        {
            if (g.Rel(c) is "obj" or "iobj")
            {
                Add(found, ActorsOf(g, c), g.Rel(c));
            }
        }

        if (found.Count > 0)
        {
            return found;
        }

        AddMarked(g, p, found, "obl");
        if (found.Count == 0 && g.Child(p, "obj") is var o and >= 0)
        {
            AddMarked(g, o, found, "nmod");
        }

        if (found.Count == 0 && g.Child(p, "xcomp") is var x and >= 0)
        {
            foreach (var c in g.Children(x))
            {
                if (g.Rel(c) is "obj")
                {
                    Add(found, ActorsOf(g, c), "object of complement '" + g.Form(x) + "'");
                }
            }

            if (found.Count == 0)
            {
                AddMarked(g, x, found, "obl");
            }
        }

        return found;
    }

    private void AddMarked(SentenceGraph g, int p, List<ArgumentRef> found, string rel)
    {
        int best = int.MaxValue;
        List<ArgumentRef>? pick = null;
        string how = string.Empty;
        foreach (var c in g.Children(p))
        {
            if (!g.BaseRel(c).SequenceEqual(rel) || g.CaseOf(c) is not { } prep || !TargetPreps.Contains(prep))
            {
                continue;
            }

            int rank = prep is "in" ? 3 : prep is "of" or "for" or "from" ? 2 : 1;
            if (rank >= best)
            {
                continue;
            }

            var actors = ActorsOf(g, c);
            if (actors.Count > 0)
            {
                best = rank;
                pick = actors;
                how = rel + ":" + prep;
            }
        }

        if (pick is not null)
        {
            Add(found, pick, how);
        }
    }

    private List<ArgumentRef> NounSources(SentenceGraph g, int n, int light)
    {
        var found = new List<ArgumentRef>();
        foreach (var c in g.Children(n))
        {
            var rel = g.Rel(c);
            if (rel is "nmod:poss" || ((rel is "amod" or "compound") && g.MentionAt(c) >= 0))
            {
                Add(found, ActorsOf(g, c), rel);
            }
            else if (rel is "nmod" && g.CaseOf(c) is "by")
            {
                Add(found, ActorsOf(g, c), "nmod:by");
            }
        }

        if (found.Count == 0 && light >= 0)
        {
            foreach (var a in Subjects(g, light, 0))
            {
                found.Add(a with { How = a.How + " of '" + g.Form(light) + "'" });
            }
        }

        if (found.Count == 0)
        {
            foreach (var c in g.Children(n))
            {
                if (g.BaseRel(c) is "nmod" && g.CaseOf(c) is "between")
                {
                    var pair = ActorsOf(g, c);
                    if (pair.Count >= 2)
                    {
                        found.Add(pair[0] with { How = "first of nmod:between" });
                    }
                }
            }
        }

        return found;
    }

    private List<ArgumentRef> NounTargets(SentenceGraph g, int n, int light)
    {
        var found = new List<ArgumentRef>();
        AddMarked(g, n, found, "nmod");
        if (found.Count > 0 && found[0].How == "nmod:between")
        {
            found.RemoveAt(0);
            return found;
        }

        if (found.Count == 0 && light >= 0)
        {
            AddMarked(g, light, found, "obl");
        }

        return found;
    }

    private static void Add(List<ArgumentRef> into, List<ArgumentRef> actors, string how)
    {
        foreach (var a in actors)
        {
            into.Add(a with { How = how + (a.Direct ? string.Empty : " (inside '" + a.How + "')") });
        }
    }

    /// <summary>The actors an argument phrase names: its own mention, coordinated ones, or the nearest inside the phrase.</summary>
    private static List<ArgumentRef> ActorsOf(SentenceGraph g, int h)
    {
        var found = new List<ArgumentRef>();
        var seen = new HashSet<int>();
        Collect(g, h, found, seen);
        return found;
    }

    private static void Collect(SentenceGraph g, int x, List<ArgumentRef> found, HashSet<int> seen)
    {
        // An appositive names its head ("his secretary of state, Rex Tillerson"): it wins over the head's modifiers,
        // and its own conjuncts are conjuncts of the head.
        int appos = -1;
        if (g.MentionAt(x) < 0)
        {
            foreach (var c in g.Children(x))
            {
                if (g.Rel(c) is "appos" && g.MentionAt(c) >= 0)
                {
                    appos = c;
                    break;
                }
            }
        }

        int at = appos >= 0 ? appos : x;
        var hit = Find(g, at, 0);
        if (hit is { } m && seen.Add(m.Mention))
        {
            var mention = g.Doc.Mentions[m.Mention];
            found.Add(new ArgumentRef(new ActorRef(mention.Text, mention.Range, mention.Actor), g.Form(m.Token), m.Token == at || g.MentionAt(at) == m.Mention));
        }

        CollectConjuncts(g, x, found, seen);
        if (appos >= 0)
        {
            CollectConjuncts(g, appos, found, seen);
        }
    }

    private static void CollectConjuncts(SentenceGraph g, int x, List<ArgumentRef> found, HashSet<int> seen)
    {
        foreach (var c in g.Children(x))
        {
            if (g.Rel(c) is "conj")
            {
                Collect(g, c, found, seen);
            }
        }
    }

    private static (int Mention, int Token)? Find(SentenceGraph g, int x, int depth)
    {
        int m = g.MentionAt(x);
        if (m >= 0)
        {
            return (m, x);
        }

        if (depth >= 3)
        {
            return null;
        }

        foreach (var c in g.Children(x))
        {
            var rel = g.Rel(c);
            if (!ExpandRelations.Contains(rel) && !ExpandRelations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(g.BaseRel(c)))
            {
                continue;
            }

            if ((rel is "nmod" or "obl") && g.CaseOf(c) is { } prep && prep is not ("of" or "from"))
            {
                continue;
            }

            if (Find(g, c, depth + 1) is { } hit)
            {
                return hit;
            }
        }

        return null;
    }

    private static string? DateOf(SentenceGraph g)
    {
        var range = g.Doc.Sentences[g.Index].Range;
        foreach (var t in g.Doc.Times)
        {
            if (t.Type == TimexType.Date && range.Contains(t.Range) && t.Value.Length >= 4 && char.IsDigit(t.Value[0]))
            {
                return t.Value;
            }
        }

        return g.Doc.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static bool IsHistorical(Document doc, string? date) =>
        date is { Length: >= 4 } && doc.ReferenceDate is { } reference
        && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && reference.Year - year >= 2;

    private sealed record Candidate(int Predicate, string Code, string Rule, double Confidence, int Light);
}
