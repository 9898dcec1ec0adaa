namespace Detente.Core.Model;

/// <summary>What kind of thing a mention names.</summary>
public enum MentionType
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>A state, or a metonym for its government ("the Kremlin").</summary>
    State,

    /// <summary>An organisation (international, governmental or other).</summary>
    Organization,

    /// <summary>A place that is not a state.</summary>
    Location,

    /// <summary>A group described by a noun ("officials", "troops", "the regime").</summary>
    Group,

    /// <summary>A pronoun resolved through coreference.</summary>
    Pronoun,
}
