#!/bin/bash
# Regenerates src/SalesLint.Cli/Aot/rd.xml for the native (AOT) publish profile: runs the command's JIT build over
# the README commands (verify.sh's list) and a generated batch, lists every method the JIT compiled, and roots the
# generic instantiations over value types that ML.NET, YamlDotNet and the command make by reflection (and the ones
# System.Text.Json's generated contracts use).
# Run it after a change to the act model's pipeline or a package update, then publish and run verify.sh.
# usage: benchmarks/aot/regenerate.sh   (from the repository root; about 5 minutes)
set -euo pipefail
root=$(pwd); work=$(mktemp -d); here=$root/benchmarks/aot
dotnet build -c Release src/SalesLint.Cli -v q -nologo
mkdir -p "$work/hook" "$work/jit"
cat > "$work/hook/hook.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>
XML
cat > "$work/hook/StartupHook.cs" <<'CS'
internal class StartupHook
{
    // Writes 'type<TAB>assembly' for every type loaded, at exit: rdxml.py needs each type's assembly.
    public static void Initialize() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        using var w = new StreamWriter(Environment.GetEnvironmentVariable("SALESLINT_TYPES")! + "." + Environment.ProcessId);
        foreach (var a in AppDomain.CurrentDomain.GetAssemblies())
        {
            Type?[] types;
            try { types = a.GetTypes(); } catch (System.Reflection.ReflectionTypeLoadException e) { types = e.Types; }
            foreach (var t in types) if (t != null) w.WriteLine($"{t.FullName}\t{a.GetName().Name}");
        }
    };
}
CS
(cd "$work/hook" && dotnet build -c Release -v q -nologo -p:ManagePackageVersionsCentrally=false)
# Generated before the hook and the JIT settings below apply: the build processes would list their own types too.
dotnet run -c Release --project benchmarks/SalesLint.Benchmarks -v q -- generate "$work/calls" 100 1500 0.2 > /dev/null
export DOTNET_ReadyToRun=0 DOTNET_TieredCompilation=0 DOTNET_JitDisasmSummary=1 JITDIR=$work/jit \
  DOTNET_STARTUP_HOOKS=$work/hook/bin/Release/net10.0/hook.dll SALESLINT_TYPES=$work/jit/types
dll="dotnet $root/src/SalesLint.Cli/bin/Release/net10.0/SalesLint.Cli.dll"
"$here/verify.sh" --run "$dll" "$work/out" > /dev/null
if [ -d "$work/calls" ]; then DOTNET_JitStdOutFile=$work/jit/jit.calls.txt $dll check "$work/calls" --classifier model --no-progress > /dev/null || true; fi
cat "$work"/jit/types.* | sort -u > "$work/types.tsv"
cat "$work"/jit/jit.*.txt > "$work/jit.txt"
python3 "$here/rdxml.py" "$work/jit.txt" "$work/types.tsv" Microsoft.ML System.Text.Json YamlDotNet SalesLint Microsoft.Data \
  Microsoft.Recognizers 'System.Collections.Generic.List`1' 'System.Collections.Generic.Dictionary`2' \
  'System.Nullable`1' 'System.Collections.Generic.HashSet`1' \
  | grep -v -E 'EnumConverter|ConvertToEnum' > src/SalesLint.Cli/Aot/rd.xml
echo "wrote src/SalesLint.Cli/Aot/rd.xml ($(grep -c '<Type' src/SalesLint.Cli/Aot/rd.xml) directives); work files in $work"
