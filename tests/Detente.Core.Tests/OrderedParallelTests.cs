using Detente.Core.Pipeline;

namespace Detente.Core.Tests;

public sealed class OrderedParallelTests
{
    private static async IAsyncEnumerable<int> Range(int count)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public async Task Results_come_out_in_input_order_whatever_the_number_of_workers(int degree)
    {
        var results = new List<int>();
        await foreach (var r in OrderedParallel.SelectAsync(Range(200), i =>
        {
            Thread.SpinWait((200 - i) * 20);
            return i * 2;
        }, degree, capacity: 16))
        {
            results.Add(r);
        }

        Assert.Equal(Enumerable.Range(0, 200).Select(i => i * 2), results);
    }

    [Fact]
    public async Task No_more_than_the_capacity_is_read_ahead()
    {
        int read = 0;
        async IAsyncEnumerable<int> Counting()
        {
            for (int i = 0; i < 1000; i++)
            {
                Interlocked.Increment(ref read);
                await Task.Yield();
                yield return i;
            }
        }

        int maxAhead = 0, consumed = 0;
        await foreach (var _ in OrderedParallel.SelectAsync(Counting(), i => i, 2, capacity: 8))
        {
            consumed++;
            await Task.Delay(1);
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref read) - consumed);
        }

        Assert.InRange(maxAhead, 0, 8 * 2 + 2);
    }

    [Fact]
    public async Task A_failing_item_surfaces_its_exception_to_the_consumer()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in OrderedParallel.SelectAsync(Range(50), i => i == 20 ? throw new InvalidOperationException("item 20") : i, 3, 8))
            {
            }
        });
        Assert.Equal("item 20", ex.Message);
    }
}
