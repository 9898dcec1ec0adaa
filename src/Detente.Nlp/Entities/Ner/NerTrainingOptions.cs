namespace Detente.Nlp.Entities.Ner;

/// <summary>How to train a <see cref="NerModel"/>.</summary>
/// <param name="Epochs">Passes over the training data.</param>
/// <param name="Bits">Width of the feature hash (2^Bits weight rows).</param>
/// <param name="Seed">Seed of the shuffling (the same seed gives the same model).</param>
/// <param name="Gazetteer">The name lists the features use; stored in the model.</param>
/// <param name="Clusters">Word classes the features use, or null.</param>
public sealed record NerTrainingOptions(int Epochs, int Bits, int Seed, NerGazetteer Gazetteer, WordClusters? Clusters);
