using Microsoft.Data.Sqlite;
using SalesLint.Cli.Reports;

namespace SalesLint.Tests.Cli.Reports;

public sealed class HistoryStoreTests
{
    private string temp = string.Empty;

    private static readonly RunIdentity Identity = new("1.0.0", "rules-a", "config-a", string.Empty);

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
            store.Append(first, Identity).Should().Be(1);
            store.Append(second, Identity).Should().Be(2);
        }

        using var reopened = HistoryStore.Open(Database);
        reopened.RunCount().Should().Be(2);
        var trend = reopened.Trend("marco ruiz", Identity);
        trend.Select(p => p.MeanScore).Should().Equal(55.9, 71.5);
        trend.Select(p => p.RunId).Should().Equal(1, 2);
        trend[0].CreatedUtc.Should().Be(first.GeneratedUtc);
        trend[1].CreatedUtc.Should().Be(first.GeneratedUtc.AddDays(7));
        trend[1].Calls.Should().Be(1);
        reopened.Trend("Nobody", Identity).Should().BeEmpty();

        var withTrends = reopened.WithTrends(second, Identity);
        withTrends.HasHistory.Should().BeTrue();
        withTrends.Sellers.Should().OnlyContain(s => s.Trend.Count == 2);
    }

    [Test]
    public void Append_StoresSellerCategoriesAndCalls()
    {
        var batch = ReportBuilderTests.SampleBatch();
        using (var store = HistoryStore.Open(Database))
        {
            store.Append(batch, Identity);
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
    public void Trend_RunsWithOtherRulesOrConfiguration_AreLeftOut()
    {
        var batch = ReportBuilderTests.SampleBatch();
        using var store = HistoryStore.Open(Database);
        store.Append(batch, Identity);
        store.Append(batch, Identity with { RulesHash = "rules-b" });
        store.Append(batch, Identity with { ConfigHash = "config-b" });
        store.Append(batch, Identity with { ToolVersion = "1.0.1", Filters = "--min-level error" });

        store.Trend("Marco Ruiz", Identity).Select(p => p.RunId).Should().Equal([1L, 4L], "a new version or other filters do not change the score");
        store.Trend("Marco Ruiz", Identity with { RulesHash = "rules-b" }).Select(p => p.RunId).Should().Equal(2L);
        store.IncomparableRunCount(Identity).Should().Be(2);
    }

    [Test]
    public void Append_RecordsTheRunIdentity()
    {
        using (var store = HistoryStore.Open(Database))
        {
            store.Append(ReportBuilderTests.SampleBatch(), new RunIdentity("9.9.9", "r", "c", "--filter SL1004"));
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT tool_version, rules_hash, config_hash, filters FROM runs";
        using var reader = command.ExecuteReader();
        reader.Read().Should().BeTrue();
        new[] { reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3) }.Should().Equal("9.9.9", "r", "c", "--filter SL1004");
    }

    [Test]
    public void Open_SchemaVersion1_IsMigratedAndItsRunsKeptOutOfNewTrends()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Database)!);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, created_utc TEXT NOT NULL, title TEXT NOT NULL, files INTEGER NOT NULL,
                    calls INTEGER NOT NULL, unreadable_files INTEGER NOT NULL, mean_score REAL);
                CREATE TABLE seller_results (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, seller_key TEXT NOT NULL, seller TEXT NOT NULL,
                    calls INTEGER NOT NULL, mean_score REAL NOT NULL, talk_share REAL, question_rate REAL, findings INTEGER NOT NULL, PRIMARY KEY (run_id, seller_key));
                CREATE TABLE seller_categories (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, seller_key TEXT NOT NULL, category TEXT NOT NULL,
                    score REAL NOT NULL, PRIMARY KEY (run_id, seller_key, category));
                CREATE TABLE call_results (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, number INTEGER NOT NULL, path TEXT NOT NULL,
                    conversation TEXT NOT NULL, sellers TEXT NOT NULL, score REAL NOT NULL, findings INTEGER NOT NULL, PRIMARY KEY (run_id, number));
                INSERT INTO runs (created_utc, title, files, calls, unreadable_files, mean_score) VALUES ('2026-01-01T00:00:00.0000000+00:00', 'old', 1, 1, 0, 50);
                INSERT INTO seller_results VALUES (1, 'MARCO RUIZ', 'Marco Ruiz', 1, 50, 0.6, 0.25, 3);
                PRAGMA application_id = 1397508180; PRAGMA user_version = 1;
                """;
            command.ExecuteNonQuery();
        }

        using (var store = HistoryStore.Open(Database))
        {
            store.IncomparableRunCount(Identity).Should().Be(1);
            store.Append(ReportBuilderTests.SampleBatch(), Identity).Should().Be(2);
            store.Trend("Marco Ruiz", Identity).Select(p => p.RunId).Should().Equal(2L);
        }

        using var check = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database, Pooling = false }.ToString());
        check.Open();
        Count(check, "PRAGMA user_version").Should().Be(HistoryStore.SchemaVersion);
        using var command2 = check.CreateCommand();
        command2.CommandText = "SELECT question_share, title, rules_hash IS NULL FROM seller_results s JOIN runs r ON r.id = s.run_id WHERE run_id = 1";
        using var reader = command2.ExecuteReader();
        reader.Read().Should().BeTrue();
        reader.GetDouble(0).Should().Be(0.25, "the old question_rate column held the share");
        reader.GetString(1).Should().Be("old");
        reader.GetInt64(2).Should().Be(1);
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
