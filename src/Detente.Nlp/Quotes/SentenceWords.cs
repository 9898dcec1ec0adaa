using System.Collections.Frozen;
using Detente.Core.Model;

namespace Detente.Nlp.Quotes;

/// <summary>Closed word classes the surface rules use to find the edges of sources, cues and contents.</summary>
internal static class SentenceWords
{
    /// <summary>Auxiliaries, modals, negation and adverbs that belong to a cue's verb group ("has also said").</summary>
    public static readonly FrozenSet<string> VerbGroup = new[]
    {
        "has", "have", "had", "is", "was", "were", "are", "be", "been", "being", "am", "did", "does", "do", "will",
        "would", "could", "should", "may", "might", "can", "must", "not", "n't", "never", "also", "later", "then",
        "again", "once", "already", "often", "just", "still", "further", "even", "first", "reportedly", "'ve", "'d",
        "'s", "'ll", "'re", "'m", "ca", "wo",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end a source noun phrase when reading backwards from a cue.</summary>
    public static readonly FrozenSet<string> ClauseBreak = new[]
    {
        "that", "which", "who", "whom", "whose", "but", "or", "because", "while", "when", "if", "although", "though",
        "since", "after", "before", "so", "where", "whether", ";", ":", "—", "–", "(", ")", "[", "]", "as", "said",
        "says", "told", "than", "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can",
        "should", "did", "does", "do", "not", "to", "on", "in", "at", "by", "for", "with", "from", "into", "about",
        "even", "we", "you", "it's", "there", "here", "then", "now", "also",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that start the adjuncts of a post-posed attribution ("Lavrov said on Monday").</summary>
    public static readonly FrozenSet<string> Adjunct = new[]
    {
        "on", "in", "at", "during", "last", "this", "earlier", "yesterday", "today", "tonight", "late", "of", "from",
        "after", "before", "when", "while", "as", "according", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "recently", "again", "repeatedly", "later", "previously", "publicly",
        "privately", "flatly", "then", "simply", "too", "also", "afterward", "afterwards", "via", "through", "over",
        "following", "ahead", "outside", "inside", "with", "without", "by", "for", "amid", "throughout", "across",
        "around", "under",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after which a form like "claims" or "report" is a noun, not a cue verb.</summary>
    public static readonly FrozenSet<string> Determiner = new[]
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "'s", "of",
        "no", "any", "such", "new", "same", "first", "latest", "recent", "some", "many", "and", "or", "that",
        "every", "each", "one", "two", "whose", "former",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Forms of cue verbs that are more often nouns ("reports", "claims", "states"): cues only after a subject-like word.</summary>
    public static readonly FrozenSet<string> NounLike = new[]
    {
        "report", "reports", "claim", "claims", "answer", "answers", "post", "posts", "email", "emails", "tweet",
        "tweets", "comment", "comments", "promise", "promises", "pledge", "pledges", "charge", "charges", "question",
        "questions", "doubt", "doubts", "fear", "fears", "hope", "hopes", "estimate", "estimates", "demand",
        "demands", "signal", "signals", "reply", "replies", "state", "states", "note", "notes", "show", "shows",
        "find", "finds", "praise", "blame", "concern", "concerns", "warning", "vow", "vows", "threat", "threats",
        "response", "responds", "counter", "welcome", "repeat", "remark", "remarks", "mention", "indicate",
        "stress", "joke", "jokes", "boast", "lament", "proposal", "charge", "reveal", "muse", "shout", "scream",
        "recall", "recalls", "insist", "deny", "argue", "add", "continue", "testify", "understand", "feel", "know",
        "think", "believe", "expect", "learn", "see", "hear", "write", "explain", "warn", "urge", "say", "tell",
        "plan", "plans", "attack", "attacks", "call", "calls", "want", "wants", "support", "supports", "echo",
        "echoes", "release", "releases", "offer", "highlight", "highlights", "thanks", "defends", "cites", "seems",
        "appears", "mocks", "slams", "blasts", "vote", "intends", "refuse", "decline", "declines", "endorse",
        "endorses", "reaffirm", "dismiss", "pledge", "denounce", "decry",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after which a plain present-tense cue form is a verb ("officials say", "he claims").</summary>
    public static readonly FrozenSet<string> SubjectEnd = new[]
    {
        "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "officials", "experts", "analysts",
        "critics", "sources", "aides", "advisers", "people", "voters", "supporters", "democrats", "republicans",
        "others", "many", "some", "both", "also", "still", "now", "often", "then", "repeatedly", "publicly",
        "privately", "never", "not", "n't", "to", "will", "would", "could", "should", "may", "might", "can",
        "must", "did", "does", "do", "also",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions that open an adverbial between a subject and its verb.</summary>
    public static readonly FrozenSet<string> Preposition = new[]
    {
        "on", "in", "at", "for", "during", "over",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that end a time or frequency adverbial ("on several occasions", "in recent months").</summary>
    public static readonly FrozenSet<string> TimeNoun = new[]
    {
        "occasions", "occasion", "times", "months", "weeks", "days", "years", "hours", "month", "week", "day",
        "year", "morning", "evening", "night", "afternoon", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "statement", "interview", "speech", "recently", "past", "meantime", "addition",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Personal pronouns a speaker may be named by.</summary>
    public static readonly FrozenSet<string> Pronoun = new[]
    {
        "he", "she", "they", "i", "we", "him", "her", "them",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a token of punctuation only.</summary>
    public static bool IsPunct(in Token t) => t.Form.Length > 0 && !char.IsLetterOrDigit(t.Form[0]);

    /// <summary>True for the words of a quotation mark token.</summary>
    public static bool IsQuoteMark(in Token t) => t.Form is "\"" or "'" or "“" or "”" or "‘" or "’" or "«" or "»" or "„" or "``" or "''";

    /// <summary>True when the token starts with a capital letter.</summary>
    public static bool IsCapitalized(in Token t) => t.Form.Length > 0 && char.IsUpper(t.Form[0]);
}
