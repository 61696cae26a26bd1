using SalesLint.Trainer;

namespace SalesLint.Tests.Trainer;

public sealed class TrainerArgumentsTests
{
    [Test]
    public void Parse_NoArguments_GivesTheDefaults()
    {
        var parsed = TrainerArguments.Parse([], "/repo/saleslint", "labels", "/repo/model.bin", allowValidate: true);

        parsed.Should().Be(new TrainerArguments(1, "/repo/model.bin", Path.GetFullPath("/repo/shared/data"), false));
    }

    [Test]
    public void Parse_EveryOption_ReadsEach()
    {
        var parsed = TrainerArguments.Parse(["--seed", "7", "--out", "/tmp/m.bin", "--data", "/d", "--validate"], "/repo/saleslint", "labels", "/repo/model.bin", allowValidate: true);

        parsed.Should().Be(new TrainerArguments(7, "/tmp/m.bin", "/d", true));
    }

    [TestCase("--validate")]
    [TestCase("--seed", "seven")]
    [TestCase("--out")]
    [TestCase("--unknown")]
    public void Parse_BadOrUnknownOption_PrintsTheUsageAndGivesNull(params string[] args)
    {
        using var error = new StringWriter();

        TrainerArguments.Parse(args, "/repo/saleslint", "boundaries", "/repo/model.bin", allowValidate: false, error).Should().BeNull();

        error.ToString().Should().Contain("usage: SalesLint.Trainer boundaries [--seed N] [--out FILE] [--data DIR]").And.NotContain("--validate");
    }
}
