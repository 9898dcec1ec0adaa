using Detente.Nlp.Language;

namespace Detente.Nlp.Events.Typing;

/// <summary>A trained linear classifier from an event's features to a PLOVER type (data/models/plover-type.bin). Read-only; thread-safe.</summary>
public sealed class PloverTypeModel
{
    private const string Kind = "plover-type";

    /// <summary>Creates the model from its labels and weights.</summary>
    public PloverTypeModel(LabelSet types, LinearModel model)
    {
        if (model.Classes != types.Count)
        {
            throw new ArgumentException($"{types.Count} types but {model.Classes} classes", nameof(model));
        }

        Types = types;
        Model = model;
    }

    /// <summary>The types the model chooses among (the training set's label space, e.g. PLV's YIELD).</summary>
    public LabelSet Types { get; }

    /// <summary>The weights.</summary>
    public LinearModel Model { get; }

    /// <summary>The file name under data/models.</summary>
    public const string FileName = "plover-type.bin";

    /// <summary>The best type for the features and its margin over the runner-up.</summary>
    public (int Type, float Margin) Predict(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = stackalloc float[Types.Count];
        Model.Score(features, scores);
        int best = 0;
        for (int k = 1; k < scores.Length; k++)
        {
            if (scores[k] > scores[best])
            {
                best = k;
            }
        }

        float second = float.NegativeInfinity;
        for (int k = 0; k < scores.Length; k++)
        {
            if (k != best && scores[k] > second)
            {
                second = scores[k];
            }
        }

        return (best, scores[best] - second);
    }

    /// <summary>Saves the model to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        using var w = ModelFile.Create(path, Kind);
        ModelFile.WriteStrings(w, Types.Names);
        Model.Write(w);
    }

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not such a model.</exception>
    public static PloverTypeModel Load(string path)
    {
        using var r = ModelFile.Open(path, Kind);
        var types = new LabelSet(ModelFile.ReadStrings(r));
        var model = LinearModel.Read(r);
        if (model.Classes != types.Count)
        {
            throw new InvalidDataException($"{path}: {types.Count} types but {model.Classes} classes");
        }

        return new PloverTypeModel(types, model);
    }

    /// <summary>The model under <paramref name="dataDirectory"/>/models, or null when none is shipped.</summary>
    public static PloverTypeModel? LoadIfPresent(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "models", FileName);
        return File.Exists(path) ? Load(path) : null;
    }
}
