using Microsoft.Data.Sqlite;
using SalesLint.Cli.Reports;

namespace SalesLint.Tests.Cli.Reports;

public sealed class HistoryStoreTests
{
    private string temp = string.Empty;

    private string Database => Path.Combine(temp, "sub", "history.db");

    [SetUp]
    public void SetUp()
    {
        temp = Path.Combine(Path.GetTempPath(), "saleslint-history-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(temp, recursive: true);

    [Test]
    public void Append_TwoRuns_TrendHasBothOldestFirst()
    {
        var first = ReportBuilderTests.SampleBatch();
        var second = first with
        {
            GeneratedUtc = first.GeneratedUtc.AddDays(7),
            Sellers = [.. first.Sellers.Select(s => s.Name == "Marco Ruiz" ? s with { MeanScore = 71.5 } : s)],
        };

        using (var store = HistoryStore.Open(Database))
        {
            store.Append(first).Should().Be(1);
            store.Append(second).Should().Be(2);
        }

        using var reopened = HistoryStore.Open(Database);
        reopened.RunCount().Should().Be(2);
        var trend = reopened.Trend("marco ruiz");
        trend.Select(p => p.MeanScore).Should().Equal(52.0, 71.5);
        trend.Select(p => p.RunId).Should().Equal(1, 2);
        trend[0].CreatedUtc.Should().Be(first.GeneratedUtc);
        trend[1].CreatedUtc.Should().Be(first.GeneratedUtc.AddDays(7));
        trend[1].Calls.Should().Be(1);
        reopened.Trend("Nobody").Should().BeEmpty();

        var withTrends = reopened.WithTrends(second);
        withTrends.HasHistory.Should().BeTrue();
        withTrends.Sellers.Should().OnlyContain(s => s.Trend.Count == 2);
    }

    [Test]
    public void Append_StoresSellerCategoriesAndCalls()
    {
        var batch = ReportBuilderTests.SampleBatch();
        using (var store = HistoryStore.Open(Database))
        {
            store.Append(batch);
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database, Pooling = false }.ToString());
        connection.Open();
        Count(connection, "SELECT COUNT(*) FROM seller_results").Should().Be(8);
        Count(connection, "SELECT COUNT(*) FROM seller_categories").Should().Be(8 * batch.Categories.Count);
        Count(connection, "SELECT COUNT(*) FROM call_results").Should().Be(8);
        Count(connection, "PRAGMA user_version").Should().Be(HistoryStore.SchemaVersion);
        Count(connection, "PRAGMA application_id").Should().Be(HistoryStore.ApplicationId);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seller, mean_score, talk_share FROM seller_results WHERE seller_key = 'RYAN CASTELLANO'";
        using var reader = command.ExecuteReader();
        reader.Read().Should().BeTrue();
        reader.GetString(0).Should().Be("Ryan Castellano");
        reader.GetDouble(1).Should().Be(39.8);
        reader.GetDouble(2).Should().BeApproximately(0.85, 0.01);
    }

    [Test]
    public void Open_TextFile_IsAConfigurationErrorNamingTheFile()
    {
        var path = Path.Combine(temp, "notes.db");
        File.WriteAllText(path, "these are my notes, not a database, and they are long enough to have a header of sorts...........");

        var act = () => HistoryStore.Open(path);

        act.Should().Throw<ConfigurationException>().Which.Message.Should().StartWith(path).And.Contain("history database");
    }

    [Test]
    public void Open_OtherApplicationsDatabase_IsRefused()
    {
        var path = Path.Combine(temp, "other.db");
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA application_id = 42; CREATE TABLE t (x);";
            command.ExecuteNonQuery();
        }

        var act = () => HistoryStore.Open(path);

        act.Should().Throw<ConfigurationException>().WithMessage("*not a SalesLint history database*");
    }

    [Test]
    public void Open_NewerSchema_IsRefused()
    {
        using (HistoryStore.Open(Database))
        {
        }

        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 9";
            command.ExecuteNonQuery();
        }

        var act = () => HistoryStore.Open(Database);

        act.Should().Throw<ConfigurationException>().WithMessage("*schema version 9*");
    }

    [Test]
    public void Open_Folder_IsRefused()
    {
        var act = () => HistoryStore.Open(temp);

        act.Should().Throw<ConfigurationException>().WithMessage("*not a folder*");
    }

    private static long Count(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
