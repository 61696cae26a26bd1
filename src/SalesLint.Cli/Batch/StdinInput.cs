namespace SalesLint.Cli.Batch;

/// <summary>A transcript read from standard input (the path <c>-</c>), under the name it is reported by.</summary>
/// <param name="Name">The name from <c>--stdin-filename</c>, or <see cref="DefaultName"/>: it picks the format by its
/// extension, the configuration by its folder, and names the transcript in messages.</param>
/// <param name="Content">The text read.</param>
internal sealed record StdinInput(string Name, string Content)
{
    /// <summary>The path that stands for standard input.</summary>
    public const string Path = "-";

    /// <summary>The name of standard input without <c>--stdin-filename</c>.</summary>
    public const string DefaultName = "<stdin>";
}
