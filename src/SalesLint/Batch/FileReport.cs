namespace SalesLint.Batch;

/// <summary>One input file's results: its conversations, or the error that stopped it being read.</summary>
/// <param name="Path">The file, as given (forward slashes).</param>
/// <param name="Bytes">Its size in bytes (0 when unknown).</param>
/// <param name="Conversations">One entry per conversation, in file order (none when the file could not be read).</param>
/// <param name="Error">Why the file could not be analyzed, or <see langword="null"/>.</param>
public sealed record FileReport(string Path, long Bytes, IReadOnlyList<ConversationReport> Conversations, FileError? Error = null);
