namespace Detente.Cli.Ingest;

/// <summary>What ties a stored event to its report: the evidence text, the CAMEO code, the modality and the fusion key.</summary>
/// <param name="Evidence">The text of the event's evidence range.</param>
/// <param name="Cameo">The CAMEO code.</param>
/// <param name="Modality">The modality, lower-case.</param>
/// <param name="FusionKey">The fusion key.</param>
internal sealed record EventAnchor(string Evidence, string Cameo, string Modality, string FusionKey);
