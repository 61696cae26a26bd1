using System.Text.Json;

namespace SalesLint.Tests.Cli;

public sealed class InspectLedgerTests
{
    private const string Haggle = """
        # seller: Sam
        # buyer: Alex
        Sam: the chair is 200, solid oak
        Alex: would you take 120?
        Sam: I can do 160
        Alex: still too much for me
        """;

    private string file = string.Empty;

    [SetUp]
    public void SetUp()
    {
        file = Path.Combine(Path.GetTempPath(), "saleslint-haggle-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(file, Haggle);
    }

    [TearDown]
    public void TearDown() => File.Delete(file);

    [Test]
    public async Task Inspect_HagglingChat_ShowsTheLedgerAsText()
    {
        var (code, output, _) = await TestSupport.RunCliAsync("inspect", file);

        code.Should().Be(0, output);
        output.Should().Contain("ledger: 3 positions");
        output.Should().Contain("turn 3.1 seller offer price $160 -> concession of $40 (50% of the gap), unconditional, not reciprocated  \"160\"");
        output.Should().Contain("seller price: opened $200, last $160");
    }

    [Test]
    public async Task Inspect_HagglingChatAsJson_HasTheLedgersMoves()
    {
        var (code, output, _) = await TestSupport.RunCliAsync("inspect", file, "--format", "json");

        code.Should().Be(0, output);
        var ledger = JsonDocument.Parse(output).RootElement.GetProperty("conversations")[0].GetProperty("ledger");
        var moves = ledger.GetProperty("moves").EnumerateArray().Select(m => (m.GetProperty("party").GetString(), m.GetProperty("move").GetString(), m.GetProperty("to").GetDouble())).ToList();
        moves.Should().Equal(("seller", "opening", 200.0), ("buyer", "opening", 120.0), ("seller", "concession", 160.0));
        ledger.GetProperty("moves")[2].GetProperty("reciprocated").GetBoolean().Should().BeFalse();
    }
}
