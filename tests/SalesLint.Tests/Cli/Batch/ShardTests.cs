using SalesLint.Cli.Batch;
using SalesLint.Cli.Commands;

namespace SalesLint.Tests.Cli.Batch;

public sealed class ShardTests
{
    [Test]
    public void Hash_IsFnv1a64OfUtf8()
    {
        // The published FNV-1a 64-bit test vectors.
        Shard.Hash(string.Empty).Should().Be(0xcbf29ce484222325);
        Shard.Hash("a").Should().Be(0xaf63dc4c8601ec8c);
        Shard.Hash("foobar").Should().Be(0x85944171f73967e8);
    }

    [Test]
    public void Key_IsRelativeWithForwardSlashesAndNfc()
    {
        Shard.Key(Path.Combine(Environment.CurrentDirectory, "calls", "a.vtt")).Should().Be("calls/a.vtt");
        Shard.Key("calls/./b.vtt").Should().Be("calls/b.vtt");
        Shard.Key("calls/Jose\u0301.vtt").Should().Be("calls/Jos\u00e9.vtt", "a decomposed name hashes as its composed form");
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(7)]
    public void Parts_CoverEveryFileExactlyOnce_WhateverTheOrder(int n)
    {
        var files = Enumerable.Range(0, 1000).Select(i => $"calls/{i % 10}/call-{i}.vtt").ToList();
        var shards = Enumerable.Range(1, n).Select(i => new Shard(i, n)).ToList();

        var taken = shards.SelectMany(s => files.Where(s.Contains)).ToList();
        var reversed = shards.SelectMany(s => Enumerable.Reverse(files).Where(s.Contains)).ToList();

        taken.Should().BeEquivalentTo(files).And.OnlyHaveUniqueItems();
        reversed.Should().BeEquivalentTo(taken);
        if (n > 1)
        {
            shards.Select(s => files.Count(s.Contains)).Should().OnlyContain(c => c > 1000 / n / 2, "the hash spreads the files");
        }
    }

    [Test]
    public void PartOf_IsStable()
    {
        // Pinned: changing the hash would move files between shards of runs already under way.
        Shard.PartOf("samples/negotiation-giveaway.vtt", 7).Should().Be((int)(Shard.Hash("samples/negotiation-giveaway.vtt") % 7) + 1);
        Shard.PartOf("a", 2).Should().Be(1);
    }

    [TestCase("1/1", 1, 1)]
    [TestCase("7/7", 7, 7)]
    [TestCase("3/10", 3, 10)]
    public void Parse_Valid(string text, int index, int count) => Shard.Parse(text).Should().Be(new Shard(index, count));

    [TestCase("0/2")]
    [TestCase("3/2")]
    [TestCase("1/0")]
    [TestCase("-1/2")]
    [TestCase("1")]
    [TestCase("a/b")]
    [TestCase("1/2/3")]
    public void Parse_Invalid_IsAUsageError(string text) =>
        FluentActions.Invoking(() => Shard.Parse(text)).Should().Throw<UsageException>().WithMessage("*--shard expects I/N*");
}
