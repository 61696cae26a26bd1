using SalesLint.Model;

namespace SalesLint.Reading;

/// <summary>One line of a JSON Lines stream: its conversation, or the error that kept it from being read.</summary>
/// <param name="Line">The 1-based line number in the stream.</param>
/// <param name="Transcript">The conversation, when the line was read; its id defaults to <c>name#line</c>.</param>
/// <param name="Error">Why the line could not be read (naming the source and line), when it was not.</param>
public sealed record JsonLinesEntry(int Line, Transcript? Transcript, TranscriptFormatException? Error);
