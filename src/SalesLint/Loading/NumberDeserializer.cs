using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace SalesLint.Loading;

/// <summary>
/// Decodes every number of a rule, scoring or analyzer file: finite only (<c>.nan</c>, <c>.inf</c> and <c>1e400</c>
/// are errors, not a score of NaN or a minimum of Infinity), whole numbers where a count is expected, and errors in
/// SalesLint's words at the value's line and column ("expected a number, got 'lots'").
/// </summary>
internal sealed class NumberDeserializer : INodeDeserializer
{
    private static readonly string[] NonFinite = [".nan", ".inf", "+.inf", "-.inf", "nan", "infinity", "+infinity", "-infinity", "∞", "-∞"];

    /// <inheritdoc/>
    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
    {
        var underlying = Nullable.GetUnderlyingType(expectedType);
        var type = underlying ?? expectedType;
        if (type != typeof(double) && type != typeof(int) && type != typeof(float) && type != typeof(long))
        {
            value = null;
            return false;
        }

        if (!reader.TryConsume<Scalar>(out var scalar))
        {
            var at = reader.Current!;
            throw new YamlException(at.Start, at.End, $"expected {(type == typeof(double) || type == typeof(float) ? "a number" : "a whole number")}, got a {(at is SequenceStart ? "list" : at is MappingStart ? "mapping" : "non-value")}");
        }

        if (underlying is not null && scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL")
        {
            value = null;
            return true;
        }

        var number = Parse(scalar, type);
        value = type == typeof(double) ? number
            : type == typeof(float) ? (float)number
            : type == typeof(int) ? (int)number
            : (object)(long)number;
        return true;
    }

    /// <summary>Parses a number the way rule and configuration files write it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="wholeNumber">Whether only whole numbers are allowed.</param>
    /// <param name="number">The number.</param>
    /// <returns><see langword="null"/> when valid, else what is wrong, in words.</returns>
    public static string? TryParse(string text, bool wholeNumber, out double number)
    {
        var trimmed = text.Trim();
        if (NonFinite.Contains(trimmed.ToLowerInvariant()))
        {
            number = 0;
            return $"expected a finite number, got '{text}'";
        }

        if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            return $"expected {(wholeNumber ? "a whole number" : "a number")}, got '{text}'";
        }

        if (!double.IsFinite(number))
        {
            return $"expected a finite number, got '{text}' (too large)";
        }

        if (wholeNumber && (number != Math.Floor(number) || Math.Abs(number) > int.MaxValue))
        {
            return $"expected a whole number from {int.MinValue} to {int.MaxValue}, got '{text}'";
        }

        return null;
    }

    private static double Parse(Scalar scalar, Type type)
    {
        var whole = type == typeof(int) || type == typeof(long);
        var error = TryParse(scalar.Value, whole, out var number);
        if (error is not null)
        {
            throw new YamlException(scalar.Start, scalar.End, error);
        }

        if (type == typeof(float) && !float.IsFinite((float)number))
        {
            throw new YamlException(scalar.Start, scalar.End, $"expected a finite number, got '{scalar.Value}' (too large)");
        }

        return number;
    }
}
