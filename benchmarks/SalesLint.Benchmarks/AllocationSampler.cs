using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace SalesLint.Benchmarks;

/// <summary>Samples allocations by type (the runtime's allocation tick, about one event per 100 KB).</summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly ConcurrentDictionary<string, long> bytes = new();

    public bool Recording { get; set; }

    public IEnumerable<KeyValuePair<string, long>> Top(int n) => bytes.OrderByDescending(p => p.Value).Take(n);

    public void Clear() => bytes.Clear();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!Recording || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }

        var name = e.PayloadNames!.IndexOf("TypeName");
        var amount = e.PayloadNames.IndexOf("AllocationAmount64");
        if (name >= 0)
        {
            var size = amount >= 0 ? Convert.ToInt64(e.Payload[amount], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
            bytes.AddOrUpdate((string)e.Payload[name]!, size, (_, v) => v + size);
        }
    }
}
