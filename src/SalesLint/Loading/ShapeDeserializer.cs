using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace SalesLint.Loading;

/// <summary>
/// Says in SalesLint's words, at the value's line and column, when a value of a rule, scoring or analyzer file has the
/// wrong shape: a list or a mapping where a single value goes, a single value where a list or a mapping goes, or a
/// word that is not true or false. It only speaks where YamlDotNet would fail anyway (with wording such as "No node
/// deserializer was able to deserialize the node into type …"); every value it accepts is decoded as before.
/// </summary>
internal sealed class ShapeDeserializer : INodeDeserializer
{
    private static readonly string[] True = ["true", "y", "yes", "on"];
    private static readonly string[] False = ["false", "n", "no", "off"];

    /// <inheritdoc/>
    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
    {
        value = null;
        var current = reader.Current;
        if (current is not (Scalar or MappingStart or SequenceStart))
        {
            return false; // aliases and the rest: as YamlDotNet decodes them
        }

        var underlying = Nullable.GetUnderlyingType(expectedType);
        var type = underlying ?? expectedType;
        if (type == typeof(bool))
        {
            if (current is Scalar flag)
            {
                var word = flag.Value.ToLowerInvariant();
                if (True.Contains(word) || False.Contains(word) || (underlying is not null && IsEmpty(flag)))
                {
                    return false;
                }

                throw new YamlException(current.Start, current.End, $"expected true or false, got '{flag.Value}'");
            }

            throw new YamlException(current.Start, current.End, $"expected true or false, got {Shape(current)}");
        }

        var expected = type == typeof(string) ? Expected.Single : IsList(type) ? Expected.List : IsMapping(type) ? Expected.Mapping : Expected.Other;
        var fits = expected switch
        {
            Expected.Single => current is Scalar,
            Expected.List => current is SequenceStart || (current is Scalar s && IsEmpty(s)),
            Expected.Mapping => current is MappingStart || (current is Scalar m && IsEmpty(m)),
            _ => true,
        };
        if (fits)
        {
            return false;
        }

        var what = expected switch
        {
            Expected.Single => "a single value",
            Expected.List => "a list",
            _ => "a mapping (key: value)",
        };
        throw new YamlException(current.Start, current.End, $"expected {what}, got {Shape(current)}");
    }

    private enum Expected
    {
        Other,
        Single,
        List,
        Mapping,
    }

    /// <summary>An empty or null plain value (<c>key:</c>, <c>~</c>, <c>null</c>): left to YamlDotNet's null handling.</summary>
    private static bool IsEmpty(Scalar scalar) => scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";

    private static string Shape(ParsingEvent current) => current switch
    {
        SequenceStart => "a list",
        MappingStart => "a mapping (key: value)",
        Scalar scalar => $"'{scalar.Value}'",
        _ => "something else",
    };

    private static bool IsList(Type type) =>
        type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IEnumerable<>)
                || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(HashSet<>)));

    /// <summary>Dictionaries, and SalesLint's own file records (decoded key by key).</summary>
    private static bool IsMapping(Type type) =>
        (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)))
        || (type.IsClass && type.Assembly == typeof(ShapeDeserializer).Assembly);
}
