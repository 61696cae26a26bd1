using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using SalesLint.RuleKinds;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SalesLint.Loading;

/// <summary>
/// Decodes a shipped file's DTO (a rule kind, the scoring model, built-in analyzer options) straight from the YAML tree
/// the loader has already read, instead of having YamlDotNet parse the text again and decode it through its
/// deserializer (which, with its type inspection, was most of the built-in rules' share of every start).
/// </summary>
/// <remarks>
/// It reads only what it reads exactly as <see cref="YamlDecoding.Deserializer"/> does: mappings into records of this
/// assembly with a public parameterless constructor (camelCase keys, as <see cref="CamelCaseNamingConvention"/> names
/// their public settable properties), strings, whole numbers and numbers as <see cref="NumberDeserializer"/> reads them,
/// <c>true</c>/<c>false</c>, lists (<see cref="List{T}"/>, <see cref="IReadOnlyList{T}"/>, arrays) and mappings with
/// text keys (<see cref="Dictionary{TKey, TValue}"/>, <see cref="IReadOnlyDictionary{TKey, TValue}"/>). For anything
/// else it gives up and returns <see langword="null"/>: an unknown or repeated key, a missing required member, an empty
/// or null value, a tag, a merge key, an enum or any other type, a value of the wrong shape or a number out of range.
/// The caller then decodes the text with YamlDotNet, which decodes the same or words the error. A test decodes every
/// shipped file both ways and compares the results.
/// </remarks>
internal static class YamlTreeDecoder
{
    private static readonly ConcurrentDictionary<Type, Shape?> Shapes = new();

    /// <summary>Decodes <paramref name="node"/> as a <paramref name="type"/>, or gives up (see the remarks).</summary>
    /// <param name="node">The node (a file's root mapping).</param>
    /// <param name="type">The DTO type.</param>
    /// <returns>The value; <see langword="null"/> when the caller must decode with YamlDotNet.</returns>
    public static object? TryDecode(YamlNode node, Type type)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(type);
        return TryRead(node, type, out var value) ? value : null;
    }

    private static bool TryRead(YamlNode node, Type type, out object? value)
    {
        value = null;
        if (!node.Tag.IsEmpty)
        {
            return false;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (node is YamlScalarNode scalar)
        {
            return TryScalar(scalar, underlying, out value);
        }

        if (underlying.IsArray && underlying.GetArrayRank() == 1 && node is YamlSequenceNode items)
        {
            var element = underlying.GetElementType()!;
            var array = Array.CreateInstance(element, items.Children.Count);
            for (var i = 0; i < items.Children.Count; i++)
            {
                if (!TryRead(items.Children[i], element, out var item) || item is null)
                {
                    return false;
                }

                array.SetValue(item, i);
            }

            value = array;
            return true;
        }

        var definition = underlying.IsGenericType ? underlying.GetGenericTypeDefinition() : null;
        if (definition == typeof(List<>) || definition == typeof(IReadOnlyList<>))
        {
            return node is YamlSequenceNode sequence && TryList(sequence, underlying.GetGenericArguments()[0], out value);
        }

        if (definition == typeof(Dictionary<,>) || definition == typeof(IReadOnlyDictionary<,>))
        {
            var arguments = underlying.GetGenericArguments();
            return arguments[0] == typeof(string) && node is YamlMappingNode map && TryDictionary(map, arguments[1], out value);
        }

        return node is YamlMappingNode mapping && TryObject(mapping, underlying, out value);
    }

    private static bool TryScalar(YamlScalarNode scalar, Type type, out object? value)
    {
        value = null;
        if (scalar.Value is not { } text || (scalar.Style == ScalarStyle.Plain && text is "" or "~" or "null" or "Null" or "NULL"))
        {
            return false; // YAML's null: YamlDotNet says what it means for the property
        }

        if (type == typeof(string))
        {
            value = text;
            return true;
        }

        if (type == typeof(bool))
        {
            value = text switch { "true" => true, "false" => false, _ => null };
            return value is not null;
        }

        if (type == typeof(double) || type == typeof(int))
        {
            var whole = type == typeof(int);
            if (NumberDeserializer.TryParse(text, whole, out var number) is not null)
            {
                return false;
            }

            value = whole ? (object)(int)number : number;
            return true;
        }

        return false;
    }

    private static bool TryList(YamlSequenceNode sequence, Type element, out object? value)
    {
        value = null;
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element), sequence.Children.Count)!;
        foreach (var child in sequence.Children)
        {
            if (!TryRead(child, element, out var item) || item is null)
            {
                return false;
            }

            list.Add(item);
        }

        value = list;
        return true;
    }

    private static bool TryDictionary(YamlMappingNode mapping, Type valueType, out object? value)
    {
        value = null;
        var dictionary = (System.Collections.IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType))!;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (!TryKey(keyNode, out var key) || dictionary.Contains(key) || !TryRead(valueNode, valueType, out var item) || item is null)
            {
                return false;
            }

            dictionary.Add(key, item);
        }

        value = dictionary;
        return true;
    }

    private static bool TryObject(YamlMappingNode mapping, Type type, out object? value)
    {
        value = null;
        if (Shapes.GetOrAdd(type, ShapeOf) is not { } shape)
        {
            return false;
        }

        var instance = Activator.CreateInstance(type)!;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (!TryKey(keyNode, out var key) || !seen.Add(key) || !shape.Properties.TryGetValue(key, out var property)
                || !TryRead(valueNode, property.PropertyType, out var item) || item is null)
            {
                return false;
            }

            property.SetValue(instance, item);
        }

        if (!seen.IsSupersetOf(shape.Required))
        {
            return false;
        }

        value = instance;
        return true;
    }

    private static bool TryKey(YamlNode node, out string key)
    {
        key = string.Empty;
        if (node is not YamlScalarNode { Value: { } text } scalar || !scalar.Tag.IsEmpty
            || (scalar.Style == ScalarStyle.Plain && text is "" or "~" or "null" or "Null" or "NULL" or "<<"))
        {
            return false;
        }

        key = text;
        return true;
    }

    /// <summary>The keys of a DTO record of this assembly; <see langword="null"/> for any other type.</summary>
    private static Shape? ShapeOf(Type type)
    {
        if (type.Assembly != typeof(YamlTreeDecoder).Assembly || !type.IsClass || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        var properties = new Dictionary<string, PropertyInfo>(StringComparer.Ordinal);
        var required = new List<string>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true } || property.SetMethod is not { IsPublic: true }
                || property.IsDefined(typeof(YamlIgnoreAttribute), inherit: true)
                || (property.Name == nameof(RuleDefinition.SourcePath) && typeof(RuleDefinition).IsAssignableFrom(type)))
            {
                continue; // not a key YamlDotNet sets (SourcePath is ignored: the loader sets it)
            }

            if (property.IsDefined(typeof(YamlMemberAttribute), inherit: true))
            {
                return null; // renamed or reordered keys: left to YamlDotNet
            }

            var key = CamelCaseNamingConvention.Instance.Apply(property.Name);
            if (!properties.TryAdd(key, property))
            {
                return null; // two properties with one key (a hidden base property): left to YamlDotNet
            }

            if (property.IsDefined(typeof(RequiredMemberAttribute), inherit: false))
            {
                required.Add(key);
            }
        }

        return new Shape(properties, required);
    }

    private sealed record Shape(Dictionary<string, PropertyInfo> Properties, List<string> Required);
}
