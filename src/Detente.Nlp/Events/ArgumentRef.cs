using Detente.Core.Model;

namespace Detente.Nlp.Events;

/// <summary>An event argument found in the parse, with how it was found (for the rule and explanations).</summary>
/// <param name="Actor">The argument.</param>
/// <param name="How">The path that led to it ("nsubj", "obl:with", "nmod:poss", "control:nsubj of vow").</param>
/// <param name="Direct">True when the argument token itself is the mention; false when found inside its phrase.</param>
internal readonly record struct ArgumentRef(ActorRef Actor, string How, bool Direct);
