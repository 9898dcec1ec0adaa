namespace Detente.Nlp.Language;

/// <summary>Settings of a perceptron training run.</summary>
/// <param name="Epochs">Passes over the training sentences.</param>
/// <param name="Seed">Seed of the shuffling (and of exploration for the parser): the same seed gives the same model.</param>
/// <param name="MinCount">Features seen fewer times than this in the first pass over the gold data get no weights.</param>
/// <param name="Prune">Averaged weights smaller than this in magnitude are dropped from the saved model.</param>
public sealed record TrainingOptions(int Epochs, int Seed, int MinCount, float Prune);
