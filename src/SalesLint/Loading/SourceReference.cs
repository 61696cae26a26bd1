namespace SalesLint.Loading;

/// <summary>
/// Where a file or folder was named (a configuration's <c>extends:</c> entry, a <c>baseline:</c> key), so an error
/// about the target can point at the line that asked for it.
/// </summary>
/// <param name="Path">The file that names the target.</param>
/// <param name="Line">1-based line of the entry.</param>
/// <param name="Column">1-based column of the entry.</param>
/// <param name="What">What the entry is, in words (<c>extends</c>, <c>baseline</c>).</param>
internal sealed record SourceReference(string Path, int? Line, int? Column, string What)
{
    /// <summary>An error about <paramref name="target"/>, reported at this reference, or at the target itself without one.</summary>
    public static ConfigurationException Error(SourceReference? reference, string target, string reason, Exception? inner = null) =>
        reference is null
            ? new ConfigurationException(target, reason, inner: inner)
            : new ConfigurationException(reference.Path, $"{reference.What} '{target}': {reason}", reference.Line, reference.Column, inner);

    /// <summary>As <see cref="Error(SourceReference?, string, string, Exception?)"/>, for a reason whose advice names settings.</summary>
    public static ConfigurationException Error(SourceReference? reference, string target, Func<SettingWording, string> reason) =>
        reference is null
            ? ConfigurationException.Worded(target, reason)
            : ConfigurationException.Worded(reference.Path, w => $"{reference.What} '{target}': {reason(w)}", reference.Line, reference.Column);
}
