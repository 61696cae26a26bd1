using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace SalesLint.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly use which, read from its metadata: base types, interfaces, field, method and local
/// signatures, and every type, method and field token in the method bodies (so a call inside a lambda counts).
/// A namespace is the first segment below the root (<c>SalesLint.Engine.X</c> counts as <c>Engine</c>); types
/// directly in the root namespace are left out: they are the shared exceptions every layer may use.
/// </summary>
internal sealed class NamespaceGraph
{
    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    private NamespaceGraph(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> edges)
    {
        Edges = edges;
    }

    /// <summary>Namespace → the namespaces it uses → one example (<c>User uses Used</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Edges { get; }

    /// <summary>Every namespace with at least one type.</summary>
    public IEnumerable<string> Namespaces => Edges.Keys;

    /// <summary>Reads the graph of <paramref name="assemblyPath"/> below <paramref name="root"/>.</summary>
    public static NamespaceGraph Read(string assemblyPath, string root)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var edges = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var provider = new Provider(md);

        string TopName(TypeDefinitionHandle handle)
        {
            var type = md.GetTypeDefinition(handle);
            while (type.GetDeclaringType() is { IsNil: false } outer)
            {
                type = md.GetTypeDefinition(outer);
            }

            return md.GetString(type.Name);
        }

        foreach (var handle in md.TypeDefinitions)
        {
            var from = provider.GetTypeFromDefinition(md, handle, 0);
            var user = Layer(from.Single(), root);
            if (user is null)
            {
                continue;
            }

            var targets = edges.TryGetValue(user, out var found) ? found : edges[user] = new Dictionary<string, string>(StringComparer.Ordinal);
            var userName = TopName(handle);
            void Add(IEnumerable<string> namespaces, string what)
            {
                foreach (var ns in namespaces)
                {
                    if (Layer(ns, root) is { } used && used != user)
                    {
                        targets.TryAdd(used, $"{userName} uses {what}");
                    }
                }
            }

            var type = md.GetTypeDefinition(handle);
            if (!type.BaseType.IsNil)
            {
                Add(provider.FromToken(type.BaseType), "its base type");
            }

            foreach (var iface in type.GetInterfaceImplementations())
            {
                Add(provider.FromToken(md.GetInterfaceImplementation(iface).Interface), "an interface");
            }

            foreach (var fieldHandle in type.GetFields())
            {
                var field = md.GetFieldDefinition(fieldHandle);
                Add(field.DecodeSignature(provider, 0), $"field {md.GetString(field.Name)}");
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = md.GetMethodDefinition(methodHandle);
                var name = md.GetString(method.Name);
                var signature = method.DecodeSignature(provider, 0);
                Add(signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(p => p)), $"{name}'s signature");
                if (method.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                var body = pe.GetMethodBody(method.RelativeVirtualAddress);
                if (!body.LocalSignature.IsNil)
                {
                    var locals = md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, 0);
                    Add(locals.SelectMany(l => l), $"a local in {name}");
                }

                List<int> tokens;
                try
                {
                    tokens = Tokens(body.GetILReader());
                }
                catch (KeyNotFoundException e)
                {
                    throw new InvalidOperationException($"{userName}.{name}: {e.Message}", e);
                }

                foreach (var token in tokens)
                {
                    Add(provider.FromToken(MetadataTokens.EntityHandle(token)), $"{Describe(md, token)} in {name}");
                }
            }
        }

        return new NamespaceGraph(edges.ToDictionary(
            e => e.Key,
            e => (IReadOnlyDictionary<string, string>)e.Value,
            StringComparer.Ordinal));
    }

    /// <summary>The strongly connected parts of a graph with more than one node, i.e. its cycles (Tarjan).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(IReadOnlyDictionary<string, IEnumerable<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (!index.ContainsKey(next))
                {
                    // Recursion depth is the graph's depth: a handful of namespaces.
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next) && index.TryGetValue(next, out var at))
                {
                    low[node] = Math.Min(low[node], at);
                }
            }

            if (low[node] == index[node])
            {
                var part = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    part.Add(member);
                }
                while (member != node);
                if (part.Count > 1 || (graph.GetValueOrDefault(node) ?? []).Contains(node))
                {
                    part.Sort(StringComparer.Ordinal);
                    result.Add(part);
                }
            }
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return result;
    }

    private static string? Layer(string ns, string root) =>
        ns.StartsWith(root + ".", StringComparison.Ordinal) ? ns[(root.Length + 1)..].Split('.')[0] : null;

    private static string Describe(MetadataReader md, int token)
    {
        var handle = MetadataTokens.EntityHandle(token);
        return handle.Kind switch
        {
            HandleKind.MethodDefinition => md.GetString(md.GetMethodDefinition((MethodDefinitionHandle)handle).Name),
            HandleKind.FieldDefinition => md.GetString(md.GetFieldDefinition((FieldDefinitionHandle)handle).Name),
            HandleKind.MemberReference => md.GetString(md.GetMemberReference((MemberReferenceHandle)handle).Name),
            HandleKind.TypeDefinition => md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)handle).Name),
            _ => "a type",
        };
    }

    /// <summary>The metadata tokens (types, methods, fields) that a method body's instructions name.</summary>
    private static List<int> Tokens(BlobReader il)
    {
        var tokens = new List<int>();
        while (il.RemainingBytes > 0)
        {
            short code = il.ReadByte();
            if (code == 0xFE)
            {
                code = unchecked((short)(0xFE00 | il.ReadByte()));
            }

            if (!Operands.TryGetValue(code, out var operand))
            {
                throw new KeyNotFoundException($"unknown opcode {code:X} at IL offset {il.Offset - 1}");
            }

            switch (operand)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    tokens.Add(il.ReadInt32());
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();   // read first: "il.Offset += 4 * il.ReadInt32()" would read Offset before the count
                    il.Offset += 4 * targets;
                    break;
                default:
                    il.Offset += 4;
                    break;
            }
        }

        return tokens;
    }

    /// <summary>Decodes signatures to the namespaces of the assembly's own types they mention.</summary>
    private sealed class Provider(MetadataReader md) : ISignatureTypeProvider<ImmutableArray<string>, int>
    {
        public ImmutableArray<string> FromToken(EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    return GetTypeFromDefinition(md, (TypeDefinitionHandle)handle, 0);
                case HandleKind.TypeSpecification:
                    return md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, 0);
                case HandleKind.MethodDefinition:
                    var method = md.GetMethodDefinition((MethodDefinitionHandle)handle);
                    return GetTypeFromDefinition(md, method.GetDeclaringType(), 0);
                case HandleKind.FieldDefinition:
                    return GetTypeFromDefinition(md, md.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType(), 0);
                case HandleKind.MemberReference:
                    return FromToken(md.GetMemberReference((MemberReferenceHandle)handle).Parent);
                case HandleKind.MethodSpecification:
                    var spec = md.GetMethodSpecification((MethodSpecificationHandle)handle);
                    return [.. FromToken(spec.Method), .. spec.DecodeSignature(this, 0).SelectMany(a => a)];
                default:
                    return [];
            }
        }

        public ImmutableArray<string> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var type = reader.GetTypeDefinition(handle);
            while (type.GetDeclaringType() is { IsNil: false } outer)
            {
                type = reader.GetTypeDefinition(outer);
            }

            return [reader.GetString(type.Namespace)];
        }

        public ImmutableArray<string> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => [];

        public ImmutableArray<string> GetTypeFromSpecification(MetadataReader reader, int genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public ImmutableArray<string> GetSZArrayType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetArrayType(ImmutableArray<string> elementType, ArrayShape shape) => elementType;

        public ImmutableArray<string> GetByReferenceType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPointerType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPinnedType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetGenericInstantiation(ImmutableArray<string> genericType, ImmutableArray<ImmutableArray<string>> typeArguments) =>
            [.. genericType, .. typeArguments.SelectMany(a => a)];

        public ImmutableArray<string> GetGenericMethodParameter(int genericContext, int index) => [];

        public ImmutableArray<string> GetGenericTypeParameter(int genericContext, int index) => [];

        public ImmutableArray<string> GetFunctionPointerType(MethodSignature<ImmutableArray<string>> signature) =>
            [.. signature.ReturnType, .. signature.ParameterTypes.SelectMany(p => p)];

        public ImmutableArray<string> GetModifiedType(ImmutableArray<string> modifier, ImmutableArray<string> unmodifiedType, bool isRequired) => unmodifiedType;

        public ImmutableArray<string> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];
    }
}
