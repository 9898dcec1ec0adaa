namespace Detente.Nlp.Entities;

/// <summary>What a dictionary phrase names.</summary>
public enum EntryKind
{
    /// <summary>A state's name or variant ("Russia", "US").</summary>
    State,

    /// <summary>A demonym adjective or plural ("Russian", "Russians").</summary>
    Demonym,

    /// <summary>A capital city standing for the government ("Moscow").</summary>
    Capital,

    /// <summary>A building or institution standing for a state sector ("the Kremlin").</summary>
    Metonym,

    /// <summary>An organisation's name or alias ("NATO").</summary>
    Organisation,

    /// <summary>A role noun that refers back to an organisation ("the alliance").</summary>
    OrganisationNoun,

    /// <summary>A person's full name or variant.</summary>
    PersonName,

    /// <summary>A form of a person's name used alone ("Lavrov").</summary>
    PersonShort,

    /// <summary>An office title phrase ("foreign minister").</summary>
    Office,

    /// <summary>A sector or agent noun, singular ("diplomat").</summary>
    Agent,

    /// <summary>A sector or agent noun, plural ("officials").</summary>
    AgentPlural,

    /// <summary>A time modifier of a title ("former", "then").</summary>
    Modifier,

    /// <summary>A word that makes a title a different office ("deputy", "acting").</summary>
    RankModifier,

    /// <summary>A third-person singular pronoun ("he", "her").</summary>
    Pronoun,
}
