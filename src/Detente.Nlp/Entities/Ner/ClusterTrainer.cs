namespace Detente.Nlp.Entities.Ner;

/// <summary>
/// Learns word classes from unlabelled sentences with the predictive exchange algorithm (a class-based bigram
/// model P(class(w) | previous word) · P(w | class(w)); each word in turn moves to the class that most raises the
/// likelihood). One run per granularity; deterministic (frequency order, no randomness); single-threaded.
/// </summary>
public static class ClusterTrainer
{
    private const int TableSize = 1 << 20;

    /// <summary>
    /// Classes for every word seen at least <paramref name="minCount"/> times in <paramref name="sentences"/>,
    /// at each granularity of <paramref name="sizes"/>, after <paramref name="iterations"/> passes; reports
    /// (granularity, pass, words moved) through <paramref name="progress"/>.
    /// </summary>
    public static WordClusters Train(IEnumerable<string[]> sentences, IReadOnlyList<int> sizes, int minCount, int iterations, Action<int, int, int>? progress = null)
    {
        // Words by id; id 0 is the sentence start, the last id stands for all rare words.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var corpus = new List<string[]>();
        foreach (var s in sentences)
        {
            corpus.Add(s);
            foreach (var w in s)
            {
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }

        var vocabulary = counts.Where(p => p.Value >= minCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToList();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < vocabulary.Count; i++)
        {
            ids[vocabulary[i]] = i + 1;
        }

        int rare = vocabulary.Count + 1, words = vocabulary.Count + 2;
        var frequency = new long[words];
        var pairs = new Dictionary<long, int>();
        foreach (var s in corpus)
        {
            int previous = 0;
            foreach (var w in s)
            {
                int id = ids.GetValueOrDefault(w, rare);
                frequency[id]++;
                long key = ((long)id * words) + previous;
                pairs[key] = pairs.GetValueOrDefault(key) + 1;
                previous = id;
            }
        }

        // Predecessors of each word with their counts (compressed rows).
        var start = new int[words + 1];
        foreach (var key in pairs.Keys)
        {
            start[(int)(key / words) + 1]++;
        }

        for (int i = 0; i < words; i++)
        {
            start[i + 1] += start[i];
        }

        var fill = (int[])start.Clone();
        var predecessor = new int[pairs.Count];
        var pairCount = new int[pairs.Count];
        foreach (var (key, n) in pairs.OrderBy(p => p.Key))
        {
            int w = (int)(key / words);
            predecessor[fill[w]] = (int)(key % words);
            pairCount[fill[w]++] = n;
        }

        var table = new double[TableSize];
        for (int i = 1; i < TableSize; i++)
        {
            table[i] = i * Math.Log(i);
        }

        var result = new Dictionary<string, ushort[]>(StringComparer.Ordinal);
        foreach (var w in vocabulary)
        {
            result[w] = new ushort[sizes.Count];
        }

        for (int g = 0; g < sizes.Count; g++)
        {
            var classes = Exchange(sizes[g], words, frequency, start, predecessor, pairCount, table, iterations, (pass, moved) => progress?.Invoke(sizes[g], pass, moved));
            for (int i = 0; i < vocabulary.Count; i++)
            {
                result[vocabulary[i]][g] = (ushort)classes[i + 1];
            }
        }

        return new WordClusters(sizes, result);
    }

    private static int[] Exchange(int k, int words, long[] frequency, int[] start, int[] predecessor, int[] pairCount, double[] table, int iterations, Action<int, int> progress)
    {
        double F(long x) => x < TableSize ? table[x] : x * Math.Log(x);

        // Word ids are in frequency order: deal the classes out round robin.
        var cls = new int[words];
        for (int w = 1; w < words; w++)
        {
            cls[w] = (w - 1) % k;
        }

        var pc = new int[words * k]; // N(previous word, class)
        var classCount = new long[k];
        for (int w = 1; w < words; w++)
        {
            classCount[cls[w]] += frequency[w];
            for (int j = start[w]; j < start[w + 1]; j++)
            {
                pc[(predecessor[j] * k) + cls[w]] += pairCount[j];
            }
        }

        var delta = new double[k];
        for (int pass = 1; pass <= iterations; pass++)
        {
            int moved = 0;
            for (int w = 1; w < words; w++)
            {
                int from = cls[w];
                long n = frequency[w];
                double constant = 0;
                for (int j = start[w]; j < start[w + 1]; j++)
                {
                    pc[(predecessor[j] * k) + from] -= pairCount[j];
                    constant += F(pairCount[j]);
                }

                classCount[from] -= n;
                for (int c = 0; c < k; c++)
                {
                    delta[c] = constant - (F(classCount[c] + n) - F(classCount[c]));
                }

                for (int j = start[w]; j < start[w + 1]; j++)
                {
                    int row = predecessor[j] * k;
                    int m = pairCount[j];
                    double fm = F(m);
                    for (int c = 0; c < k; c++)
                    {
                        int x = pc[row + c];
                        if (x != 0)
                        {
                            delta[c] += F(x + m) - F(x) - fm;
                        }
                    }
                }

                int best = from;
                for (int c = 0; c < k; c++)
                {
                    if (delta[c] > delta[best] + 1e-9)
                    {
                        best = c;
                    }
                }

                if (best != from)
                {
                    moved++;
                }

                cls[w] = best;
                classCount[best] += n;
                for (int j = start[w]; j < start[w + 1]; j++)
                {
                    pc[(predecessor[j] * k) + best] += pairCount[j];
                }
            }

            progress(pass, moved);
        }

        return cls;
    }
}
