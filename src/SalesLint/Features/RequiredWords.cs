using System.Text;

namespace SalesLint.Features;

/// <summary>
/// The plain words a regular expression cannot match without: a list such that every match of the pattern holds at
/// least one of them (compared ignoring case), read from the pattern's text. <see cref="LinearPattern"/> searches a
/// sentence for them (<see cref="TextScreen.MayHold"/>) before running the regex, so the many rule patterns that look
/// for a few words ("\b(tell|walk|talk) me …") cost one vectorized search on the sentences that hold none of them.
/// </summary>
/// <remarks>
/// The reading is conservative: a part it does not know (a character class, <c>\w</c>, an optional or repeated part,
/// an inline option) supplies no word, and a construct it does not parse (lookarounds, backreferences, conditionals,
/// options for the rest of the pattern) gives no list at all, so the pattern always runs. Words come from runs of
/// ASCII characters the pattern matches literally (letters, digits, spaces, escaped punctuation); of a sequence, the
/// part whose shortest word is longest is kept; an alternation needs a word from every branch.
/// </remarks>
internal static class RequiredWords
{
    /// <summary>The fewest letters and digits a word worth a search has: shorter ones are in nearly every sentence.</summary>
    internal const int MinLength = 3;

    /// <summary>More words than this and the search costs about what the regex saves.</summary>
    internal const int MaxWords = 120;

    /// <summary>The words every match of <paramref name="pattern"/> holds one of, or <see langword="null"/> when none can be told.</summary>
    /// <param name="pattern">.NET regular expression syntax, matched ignoring case.</param>
    /// <returns>Distinct words (ordinal, ignoring case), each with at least <see cref="MinLength"/> letters or digits, or <see langword="null"/>.</returns>
    public static string[]? Of(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var reader = new Reader(pattern);
        List<string>? words;
        try
        {
            words = reader.Alternation();
        }
        catch (NotSupportedException)
        {
            return null;
        }

        if (!reader.AtEnd || words is null || words.Count == 0 || words.Count > MaxWords || words.Exists(w => Weight(w) < MinLength))
        {
            return null;
        }

        return [.. words.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>How much a word narrows the search: its letters and digits (spaces and punctuation are in most sentences).</summary>
    private static int Weight(string word)
    {
        var weight = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                weight++;
            }
        }

        return weight;
    }

    /// <summary>A recursive-descent reader over the subset of the syntax it understands; throws NotSupportedException elsewhere.</summary>
    private sealed class Reader(string pattern)
    {
        private int position;

        public bool AtEnd => position == pattern.Length;

        /// <summary>branch ('|' branch)*: the words of every branch, or null when a branch has none.</summary>
        public List<string>? Alternation()
        {
            var words = Sequence();
            while (Peek() == '|')
            {
                position++;
                var branch = Sequence();
                if (words is null || branch is null)
                {
                    words = null;
                    continue; // keep reading, to reach the end of the group
                }

                words.AddRange(branch);
            }

            return words;
        }

        /// <summary>(atom quantifier?)* up to '|', ')' or the end: the best of its parts' word lists, or null.</summary>
        private List<string>? Sequence()
        {
            List<string>? best = null;
            var run = new StringBuilder();
            while (!AtEnd && Peek() is not '|' and not ')')
            {
                var atom = Atom();
                var (min, max) = Quantifier();
                if (atom.Literal is { } c && min == 1 && max == 1)
                {
                    run.Append(c);
                    continue;
                }

                Keep(ref best, run);
                if (min >= 1 && atom.Words is { } words)
                {
                    best = Better(best, words);
                }
            }

            Keep(ref best, run);
            return best;
        }

        private static void Keep(ref List<string>? best, StringBuilder run)
        {
            if (run.Length > 0)
            {
                best = Better(best, [run.ToString()]);
                run.Clear();
            }
        }

        /// <summary>The list whose weakest word has more letters (fewer words on a tie): it lets fewer sentences through.</summary>
        private static List<string> Better(List<string>? current, List<string> candidate)
        {
            if (current is null)
            {
                return candidate;
            }

            var (a, b) = (current.Min(Weight), candidate.Min(Weight));
            return b > a || (b == a && candidate.Count < current.Count) ? candidate : current;
        }

        /// <summary>One atom: a literal ASCII character (Literal), a group (Words, possibly null) or anything else (neither).</summary>
        private (char? Literal, List<string>? Words) Atom()
        {
            var c = pattern[position++];
            switch (c)
            {
                case '(':
                    return (null, Group());
                case '[':
                    SkipClass();
                    return (null, null);
                case '\\':
                    return Escape();
                case '.' or '^' or '$':
                    return (null, null);
                case '*' or '+' or '?':
                    throw new NotSupportedException("a quantifier with nothing before it");
                case '{' when QuantifierAt(position - 1, out _, out _, out _):
                    throw new NotSupportedException("a quantifier with nothing before it");
                default:
                    return (c < 0x80 ? c : null, null);
            }
        }

        /// <summary>After '(': the group's words; null for a group with inline options (it may change how case is matched).</summary>
        private List<string>? Group()
        {
            var scoped = false;
            if (Peek() == '?')
            {
                position++;
                var kind = Peek();
                if (kind == ':')
                {
                    position++;
                }
                else if ((kind == '<' && Peek(1) is not '=' and not '!') || kind == '\'')
                {
                    // A named group: (?<name>…) or (?'name'…).
                    var close = kind == '<' ? '>' : '\'';
                    var end = pattern.IndexOf(close, position + 1);
                    if (end < 0)
                    {
                        throw new NotSupportedException("an unclosed group name");
                    }

                    position = end + 1;
                }
                else
                {
                    // Options for the group only, (?-i:…); not x, which changes how the pattern itself reads.
                    var start = position;
                    while (!AtEnd && Peek() is 'i' or 'm' or 'n' or 's' or '-')
                    {
                        position++;
                    }

                    if (position == start || Peek() != ':')
                    {
                        throw new NotSupportedException("a lookaround, conditional, comment or option for the rest of the pattern");
                    }

                    position++;
                    scoped = true;
                }
            }

            var words = Alternation();
            if (Peek() != ')')
            {
                throw new NotSupportedException("an unclosed group");
            }

            position++;
            return scoped ? null : words;
        }

        /// <summary>After '[': skips the class, or throws on class subtraction.</summary>
        private void SkipClass()
        {
            if (Peek() == '^')
            {
                position++;
            }

            if (Peek() == ']')
            {
                position++; // a ']' first is a member
            }

            while (!AtEnd)
            {
                var c = pattern[position++];
                if (c == ']')
                {
                    return;
                }

                if (c == '\\')
                {
                    SkipEscapeInClass();
                }
                else if (c == '-' && Peek() == '[')
                {
                    throw new NotSupportedException("class subtraction");
                }
            }

            throw new NotSupportedException("an unclosed class");
        }

        private void SkipEscapeInClass()
        {
            if (AtEnd)
            {
                throw new NotSupportedException("a trailing backslash");
            }

            var c = pattern[position++];
            if (c is 'p' or 'P')
            {
                SkipBraces();
            }
            else if (c is 'x' or 'u' or 'c' || char.IsAsciiDigit(c))
            {
                throw new NotSupportedException("a character code");
            }
        }

        /// <summary>After '\': a literal character, a class or an anchor.</summary>
        private (char? Literal, List<string>? Words) Escape()
        {
            if (AtEnd)
            {
                throw new NotSupportedException("a trailing backslash");
            }

            var c = pattern[position++];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G' or 'w' or 'W' or 's' or 'S' or 'd' or 'D':
                    return (null, null);
                case 'p' or 'P':
                    SkipBraces();
                    return (null, null);
                case 'n' or 't' or 'r' or 'f' or 'v' or 'e' or 'a':
                    return (null, null); // control characters: literal, but not worth a word
                default:
                    if (char.IsAsciiLetterOrDigit(c) || c >= 0x80)
                    {
                        throw new NotSupportedException("a backreference, character code or unknown escape");
                    }

                    return (c, null); // escaped punctuation or space: itself
            }
        }

        private void SkipBraces()
        {
            if (Peek() != '{')
            {
                throw new NotSupportedException("a category without braces");
            }

            var end = pattern.IndexOf('}', position);
            if (end < 0)
            {
                throw new NotSupportedException("an unclosed category");
            }

            position = end + 1;
        }

        /// <summary>An optional quantifier (lazy or not): its minimum and maximum count; (1, 1) when there is none.</summary>
        private (int Min, int Max) Quantifier()
        {
            (int Min, int Max) q;
            switch (Peek())
            {
                case '*':
                    position++;
                    q = (0, int.MaxValue);
                    break;
                case '+':
                    position++;
                    q = (1, int.MaxValue);
                    break;
                case '?':
                    position++;
                    q = (0, 1);
                    break;
                case '{' when QuantifierAt(position, out var min, out var max, out var length):
                    position += length;
                    q = (min, max);
                    break;
                default:
                    return (1, 1);
            }

            if (Peek() == '?')
            {
                position++; // lazy: the same counts
            }

            if (Peek() is '*' or '+' or '?' || (Peek() == '{' && QuantifierAt(position, out _, out _, out _)))
            {
                throw new NotSupportedException("a nested quantifier");
            }

            return q;
        }

        /// <summary>Whether a '{' at <paramref name="at"/> starts {n}, {n,} or {n,m} (otherwise .NET reads it as a literal brace).</summary>
        private bool QuantifierAt(int at, out int min, out int max, out int length)
        {
            min = max = length = 0;
            var i = at + 1;
            var digits = i;
            while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
            {
                i++;
            }

            if (i == digits || i >= pattern.Length || !int.TryParse(pattern.AsSpan(digits, i - digits), out min))
            {
                return false;
            }

            max = min;
            if (pattern[i] == ',')
            {
                i++;
                var upper = i;
                while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
                {
                    i++;
                }

                max = i == upper ? int.MaxValue : int.TryParse(pattern.AsSpan(upper, i - upper), out var m) ? m : int.MaxValue;
            }

            if (i >= pattern.Length || pattern[i] != '}')
            {
                return false;
            }

            length = i + 1 - at;
            return true;
        }

        private char Peek(int ahead = 0) => position + ahead < pattern.Length ? pattern[position + ahead] : '\0';
    }
}
