using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace SalesLint.Tests.EndToEnd;

/// <summary>
/// The files that run SalesLint on existing engines: the Dockerfile (its publish step is run, its image runs as a
/// non-root user), the Kubernetes Indexed Job (valid YAML whose pods take <c>--shard</c> from JOB_COMPLETION_INDEX),
/// and GNU parallel over shards (or xargs -P where parallel is not installed), merged into one run's report.
/// </summary>
[TestFixture]
[Category("Process")]
public sealed partial class DeployTests
{
    private static string Root => TestSupport.RepositoryRoot;

    [Test]
    public void Dockerfile_RunsThePublishedCommandAsANonRootUser()
    {
        var lines = DockerfileLines();

        var stages = lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        stages.Should().HaveCount(2, "an SDK stage publishes, a runtime stage runs");
        stages[0].Should().StartWith("FROM mcr.microsoft.com/dotnet/sdk:10.0");
        stages[1].Should().StartWith("FROM mcr.microsoft.com/dotnet/runtime:10.0");
        var user = lines.Last(l => l.StartsWith("USER ", StringComparison.Ordinal))["USER ".Length..].Trim();
        new[] { "root", "0", "0:0" }.Should().NotContain(user, "the image runs as a non-root user");
        user.Should().Be("$APP_UID", "the runtime image's non-root user (UID 1654)");
        lines.IndexOf(lines.Last(l => l.StartsWith("USER ", StringComparison.Ordinal))).Should().BeGreaterThan(lines.IndexOf(stages[1]), "USER is set in the final stage");
        lines.Should().Contain("COPY --from=build /app /app");
        lines.Single(l => l.StartsWith("ENTRYPOINT", StringComparison.Ordinal)).Should().Be("ENTRYPOINT [\"dotnet\", \"/app/SalesLint.Cli.dll\"]");
        PublishArguments(lines).Should().Contain(["-o", "/app"]);
    }

    [Test]
    public async Task Dockerfile_PublishStep_MakesACommandThatRuns()
    {
        // The Dockerfile's own publish arguments, in this build's configuration and from its build output (docker
        // itself may not be running here): what the image's ENTRYPOINT runs.
        var args = PublishArguments(DockerfileLines());
        var output = Path.Combine(Path.GetTempPath(), "saleslint-publish-" + Guid.NewGuid().ToString("N"));
        var i = args.IndexOf("-o");
        args[i + 1] = output;
        var c = args.IndexOf("-c");
        args[c + 1] = CliProcess.Configuration;
        try
        {
            var publish = await CliProcess.RunProgramAsync(CliProcess.Dotnet, [.. args, "--no-build", "-v", "q"], Root);
            publish.ExitCode.Should().Be(0, publish.ToString());
            var run = await CliProcess.RunProgramAsync(CliProcess.Dotnet, [Path.Combine(output, "SalesLint.Cli.dll"), "check", "samples/pitch-first.txt"], Root);
            run.ShouldNotHaveCrashed();
            run.ExitCode.Should().Be(0, run.ToString());
            run.Output.Should().Contain("1 file(s), 1 conversation(s)");
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Test]
    public void KubernetesJob_IsAnIndexedJobWhosePodsEachRunOneShard()
    {
        var jobs = Yaml("saleslint-shards.yaml");
        var job = jobs.Should().ContainSingle().Subject;
        Scalar(job, "apiVersion").Should().Be("batch/v1");
        Scalar(job, "kind").Should().Be("Job");
        var spec = Map(job, "spec");
        Scalar(spec, "completionMode").Should().Be("Indexed");
        var completions = int.Parse(Scalar(spec, "completions"), System.Globalization.CultureInfo.InvariantCulture);
        Scalar(spec, "parallelism").Should().Be(completions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var pod = Map(Map(spec, "template"), "spec");
        Scalar(pod, "restartPolicy").Should().Be("Never");
        Scalar(Map(pod, "securityContext"), "runAsNonRoot").Should().Be("true");
        var container = (YamlMappingNode)((YamlSequenceNode)pod.Children[new YamlScalarNode("containers")]).Children.Single();
        var env = ((YamlSequenceNode)container.Children[new YamlScalarNode("env")]).Children.Cast<YamlMappingNode>()
            .ToDictionary(e => Scalar(e, "name"), e => Scalar(e, "value"));
        env["SHARDS"].Should().Be(completions.ToString(System.Globalization.CultureInfo.InvariantCulture), "--shard I/N takes N from SHARDS, which must equal completions");
        var script = string.Join(' ', ((YamlSequenceNode)container.Children[new YamlScalarNode("args")]).Children.Select(n => ((YamlScalarNode)n).Value));
        script.Should().Contain("--shard \"$((JOB_COMPLETION_INDEX + 1))/$SHARDS\"").And.Contain("--format jsonl").And.Contain("check .");
        Scalar(container, "workingDir").Should().Be("/calls", "paths, and so shards, are relative to the mounted calls");

        // The script, as the container's shell runs it, for each index: every shard once, and exit code 1 (findings) is success.
        Enumerable.Range(0, completions).Select(i => ShardOf(script, i)).Should().Equal(Enumerable.Range(1, completions).Select(i => $"{i}/{completions}"));
        script.Should().Contain("[ \"$code\" -le 1 ]");

        var merge = Yaml("saleslint-merge.yaml").Should().ContainSingle().Subject;
        var mergeScript = string.Join(' ', ((YamlSequenceNode)((YamlMappingNode)((YamlSequenceNode)Map(Map(Map(merge, "spec"), "template"), "spec").Children[new YamlScalarNode("containers")]).Children.Single()).Children[new YamlScalarNode("args")]).Children.Select(n => ((YamlScalarNode)n).Value));
        mergeScript.Should().Contain("merge /results/shard-*.jsonl");
    }

    [Test]
    public async Task Parallel_ShardsOnSeveralProcesses_MergeToOneRunsReport()
    {
        // GNU parallel when installed (.ci/run installs it; SALESLINT_REQUIRE_PARALLEL=1 makes it required), else xargs -P:
        // the same shard-and-merge flow that README's --sshlogin command spreads over hosts.
        var parallel = await CliProcess.RunProgramAsync("bash", ["-c", "command -v parallel"], Root);
        if (parallel.ExitCode != 0 && Environment.GetEnvironmentVariable("SALESLINT_REQUIRE_PARALLEL") == "1")
        {
            Assert.Fail("GNU parallel is required (SALESLINT_REQUIRE_PARALLEL=1) but not installed");
        }

        using var work = new WorkFolder();
        var cli = $"'{CliProcess.Dotnet}' '{CliProcess.CliPath}'";
        var fanOut = parallel.ExitCode == 0
            ? $"parallel -j 3 --halt now,fail=1 {cli} check samples --shard {{}}/3 --format jsonl -o shard-{{}}.jsonl '||' '[ $? -le 1 ]' ::: 1 2 3"
            : $"printf '%s\\n' 1 2 3 | xargs -P 3 -I{{}} sh -c \"{cli} check samples --shard {{}}/3 --format jsonl -o shard-{{}}.jsonl || [ \\$? -le 1 ]\"";
        var shards = await CliProcess.RunProgramAsync("bash", ["-c", fanOut], work.Path);
        shards.ExitCode.Should().Be(0, shards.ToString());

        var merged = await CliProcess.RunAsync(["merge", "shard-1.jsonl", "shard-2.jsonl", "shard-3.jsonl"], work.Path);
        var one = await CliProcess.RunAsync(["check", "samples"], work.Path);
        merged.Output.Should().Be(one.Output).And.Contain("file(s)");
    }

    /// <summary>The <c>--shard</c> value the job's script gives for one completion index, expanded as sh does.</summary>
    private static string ShardOf(string script, int index)
    {
        var match = ShardArgument().Match(script);
        match.Success.Should().BeTrue(script);
        var shards = int.Parse(Yaml("saleslint-shards.yaml")[0].AllNodes.OfType<YamlMappingNode>()
            .Single(m => m.Children.TryGetValue(new YamlScalarNode("name"), out var n) && n.ToString() == "SHARDS").Children[new YamlScalarNode("value")].ToString(), System.Globalization.CultureInfo.InvariantCulture);
        return $"{index + int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)}/{shards}";
    }

    private static List<string> DockerfileLines() =>
        [.. File.ReadAllLines(Path.Combine(Root, "Dockerfile")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];

    private static List<string> PublishArguments(List<string> lines) =>
        [.. lines.Single(l => l.StartsWith("RUN dotnet publish", StringComparison.Ordinal))["RUN dotnet ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static List<YamlMappingNode> Yaml(string name)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Root, "deploy", "k8s", name)))
        {
            stream.Load(reader);
        }

        return [.. stream.Documents.Select(d => (YamlMappingNode)d.RootNode)];
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    [GeneratedRegex(@"--shard ""\$\(\(JOB_COMPLETION_INDEX \+ (\d+)\)\)/\$SHARDS""")]
    private static partial Regex ShardArgument();
}
