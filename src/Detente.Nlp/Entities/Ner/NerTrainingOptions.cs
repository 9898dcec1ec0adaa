namespace Detente.Nlp.Entities.Ner;

/// <summary>How to train a <see cref="NerModel"/>.</summary>
/// <param name="Epochs">Passes over the training data.</param>
/// <param name="Bits">Width of the feature hash (2^Bits weight rows).</param>
/// <param name="Seed">Seed of the shuffling (the same seed gives the same model).</param>
/// <param name="Gazetteer">The name lists the features use; stored in the model.</param>
/// <param name="Clusters">Word classes the features use, or null.</param>
/// <param name="Folds">
/// When above 1, the names tagged in the training data join the name lists; each sentence is encoded with the lists
/// of the other folds (jack-knifing), so the model does not learn to trust lists that contain the sentence's answer.
/// </param>
/// <param name="Runs">Training runs with seeds Seed, Seed+1, ...; the model is the mean of their weights.</param>
public sealed record NerTrainingOptions(int Epochs, int Bits, int Seed, NerGazetteer Gazetteer, WordClusters? Clusters, int Folds = 0, int Runs = 1);
