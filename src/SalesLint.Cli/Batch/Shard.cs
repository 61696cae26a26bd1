using System.Globalization;
using System.Text;

namespace SalesLint.Cli.Batch;

/// <summary>
/// <c>--shard I/N</c>: part I (1-based) of N of a batch. A file belongs to part <c>h mod N + 1</c>, where <c>h</c> is
/// the 64-bit FNV-1a hash of the UTF-8 bytes of its path relative to the working folder, with forward slashes and in
/// Unicode normalization form C. The partition depends only on the relative paths: not on the order or number of
/// inputs, the machine, the operating system or the .NET version, so N runs with I = 1..N over the same inputs from
/// the same folder analyze every file exactly once.
/// </summary>
/// <param name="Index">The part, 1 to <paramref name="Count"/>.</param>
/// <param name="Count">The number of parts.</param>
internal sealed record Shard(int Index, int Count)
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>Parses <c>I/N</c>.</summary>
    /// <param name="text">The option's value.</param>
    /// <returns>The shard.</returns>
    /// <exception cref="Commands.UsageException">The value is not <c>I/N</c> with 1 ≤ I ≤ N.</exception>
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            return new Shard(index, count);
        }

        throw new Commands.UsageException($"--shard expects I/N with 1 <= I <= N (such as 2/7), not '{text}'");
    }

    /// <summary>Whether <paramref name="path"/> belongs to this part.</summary>
    /// <param name="path">A file as expanded from the inputs.</param>
    /// <returns><see langword="true"/> when this run analyzes it.</returns>
    public bool Contains(string path) => PartOf(path, Count) == Index;

    /// <summary>The part (1-based) of <paramref name="path"/> among <paramref name="count"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="count">The number of parts.</param>
    /// <returns>The part.</returns>
    public static int PartOf(string path, int count) => (int)(Hash(Key(path)) % (ulong)count) + 1;

    /// <summary>The path the hash is taken of: relative to the working folder, forward slashes, NFC.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The key.</returns>
    public static string Key(string path) =>
        Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path)).Replace('\\', '/').Normalize(NormalizationForm.FormC);

    /// <summary>64-bit FNV-1a of the UTF-8 bytes of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The hash.</returns>
    public static ulong Hash(string text)
    {
        var hash = FnvOffset;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * FnvPrime;
        }

        return hash;
    }
}
