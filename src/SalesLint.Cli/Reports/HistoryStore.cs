using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SalesLint.Cli.Reports;

/// <summary>
/// A SQLite database of report runs (<c>--history FILE</c>): each run appends its per-seller and per-call figures, so a
/// report can show each seller's mean score over time. Tables: <c>runs</c>, <c>seller_results</c>, <c>seller_categories</c>,
/// <c>call_results</c>; the file is marked with <c>PRAGMA application_id</c> and versioned with <c>PRAGMA user_version</c>.
/// Each run records what its scores depend on (<see cref="RunIdentity"/>), and a trend joins only runs with the same
/// rule set and configuration. A database of an earlier schema is migrated when opened.
/// </summary>
internal sealed class HistoryStore : IDisposable
{
    /// <summary>The <c>application_id</c> of a SalesLint history database ("SLHT").</summary>
    public const int ApplicationId = 0x534C4854;

    /// <summary>The schema version this code writes.</summary>
    public const int SchemaVersion = 2;

    /// <summary>Most runs a trend goes back.</summary>
    public const int MaxTrendRuns = 24;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_utc TEXT NOT NULL,
            title TEXT NOT NULL,
            files INTEGER NOT NULL,
            calls INTEGER NOT NULL,
            unreadable_files INTEGER NOT NULL,
            mean_score REAL,
            tool_version TEXT,
            rules_hash TEXT,
            config_hash TEXT,
            filters TEXT
        );
        CREATE TABLE IF NOT EXISTS seller_results (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            seller_key TEXT NOT NULL,
            seller TEXT NOT NULL,
            calls INTEGER NOT NULL,
            mean_score REAL NOT NULL,
            talk_share REAL,
            question_share REAL,
            findings INTEGER NOT NULL,
            PRIMARY KEY (run_id, seller_key)
        );
        CREATE INDEX IF NOT EXISTS seller_results_by_seller ON seller_results (seller_key, run_id);
        CREATE TABLE IF NOT EXISTS seller_categories (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            seller_key TEXT NOT NULL,
            category TEXT NOT NULL,
            score REAL NOT NULL,
            PRIMARY KEY (run_id, seller_key, category)
        );
        CREATE TABLE IF NOT EXISTS call_results (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            path TEXT NOT NULL,
            conversation TEXT NOT NULL,
            sellers TEXT NOT NULL,
            score REAL NOT NULL,
            findings INTEGER NOT NULL,
            PRIMARY KEY (run_id, number)
        );
        """;

    private static readonly string[] IdentityColumns = ["tool_version", "rules_hash", "config_hash", "filters"];

    private readonly SqliteConnection connection;

    private HistoryStore(string path, SqliteConnection connection)
    {
        Path = path;
        this.connection = connection;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating when missing, with its folder) a history database.</summary>
    /// <param name="path">The database file.</param>
    /// <returns>The open store.</returns>
    /// <exception cref="ConfigurationException">The file is not a SQLite database, belongs to another application, or was made by a newer SalesLint.</exception>
    public static HistoryStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new ConfigurationException(path, "--history must name a database file, not a folder");
        }

        var folder = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            var applicationId = Convert.ToInt64(Scalar(connection, "PRAGMA application_id;"), CultureInfo.InvariantCulture);
            var version = Convert.ToInt64(Scalar(connection, "PRAGMA user_version;"), CultureInfo.InvariantCulture);
            if (applicationId != 0 && applicationId != ApplicationId)
            {
                throw new ConfigurationException(path, string.Create(CultureInfo.InvariantCulture, $"not a SalesLint history database (application_id {applicationId})"));
            }

            if (version > SchemaVersion)
            {
                throw new ConfigurationException(path, string.Create(CultureInfo.InvariantCulture, $"history database schema version {version} is newer than this SalesLint understands ({SchemaVersion})"));
            }

            using (var transaction = connection.BeginTransaction())
            {
                Migrate(connection, transaction);
                Execute(connection, transaction, Schema);
                Execute(connection, transaction, string.Create(CultureInfo.InvariantCulture, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {SchemaVersion};"));
                transaction.Commit();
            }

            Execute(connection, null, "PRAGMA foreign_keys = ON;");
            return new HistoryStore(path, connection);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new ConfigurationException(path, $"cannot use as a history database: {ex.Message}", inner: ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Appends a run: the batch's summary, each seller's figures and each call's score, in one transaction.</summary>
    /// <param name="batch">The report data.</param>
    /// <param name="identity">What the run's scores depend on.</param>
    /// <returns>The new run's ID.</returns>
    public long Append(ReportBatch batch, RunIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(identity);
        try
        {
            using var transaction = connection.BeginTransaction();
            long runId;
            using (var run = Command(transaction, """
                INSERT INTO runs (created_utc, title, files, calls, unreadable_files, mean_score, tool_version, rules_hash, config_hash, filters)
                VALUES ($created, $title, $files, $calls, $errors, $mean, $version, $rules, $config, $filters) RETURNING id;
                """))
            {
                run.Parameters.AddWithValue("$version", identity.ToolVersion);
                run.Parameters.AddWithValue("$rules", identity.RulesHash);
                run.Parameters.AddWithValue("$config", identity.ConfigHash);
                run.Parameters.AddWithValue("$filters", identity.Filters);
                run.Parameters.AddWithValue("$created", batch.GeneratedUtc.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                run.Parameters.AddWithValue("$title", batch.Title);
                run.Parameters.AddWithValue("$files", batch.Files);
                run.Parameters.AddWithValue("$calls", batch.Calls.Count);
                run.Parameters.AddWithValue("$errors", batch.Errors.Count);
                run.Parameters.AddWithValue("$mean", batch.MeanScore is double m ? Math.Round(m, 4) : DBNull.Value);
                runId = Convert.ToInt64(run.ExecuteScalar(), CultureInfo.InvariantCulture);
            }

            using (var seller = Command(transaction, "INSERT INTO seller_results (run_id, seller_key, seller, calls, mean_score, talk_share, question_share, findings) VALUES ($run, $key, $name, $calls, $mean, $talk, $questions, $findings);"))
            using (var category = Command(transaction, "INSERT INTO seller_categories (run_id, seller_key, category, score) VALUES ($run, $key, $category, $score);"))
            {
                foreach (var s in batch.Sellers)
                {
                    seller.Parameters.Clear();
                    seller.Parameters.AddWithValue("$run", runId);
                    seller.Parameters.AddWithValue("$key", Key(s.Name));
                    seller.Parameters.AddWithValue("$name", s.Name);
                    seller.Parameters.AddWithValue("$calls", s.Calls);
                    seller.Parameters.AddWithValue("$mean", s.MeanScore);
                    seller.Parameters.AddWithValue("$talk", s.TalkShare is double t ? t : DBNull.Value);
                    seller.Parameters.AddWithValue("$questions", s.QuestionShare is double q ? q : DBNull.Value);
                    seller.Parameters.AddWithValue("$findings", s.Findings);
                    seller.ExecuteNonQuery();
                    foreach (var c in s.Categories)
                    {
                        category.Parameters.Clear();
                        category.Parameters.AddWithValue("$run", runId);
                        category.Parameters.AddWithValue("$key", Key(s.Name));
                        category.Parameters.AddWithValue("$category", c.Id);
                        category.Parameters.AddWithValue("$score", c.Score);
                        category.ExecuteNonQuery();
                    }
                }
            }

            using (var call = Command(transaction, "INSERT INTO call_results (run_id, number, path, conversation, sellers, score, findings) VALUES ($run, $number, $path, $conversation, $sellers, $score, $findings);"))
            {
                foreach (var c in batch.Calls)
                {
                    call.Parameters.Clear();
                    call.Parameters.AddWithValue("$run", runId);
                    call.Parameters.AddWithValue("$number", c.Number);
                    call.Parameters.AddWithValue("$path", c.Path);
                    call.Parameters.AddWithValue("$conversation", c.Result.ConversationId);
                    call.Parameters.AddWithValue("$sellers", string.Join("\n", c.Sellers.Select(s => s.Name)));
                    call.Parameters.AddWithValue("$score", c.Result.Score.Overall);
                    call.Parameters.AddWithValue("$findings", c.Result.Diagnostics.Count);
                    call.ExecuteNonQuery();
                }
            }

            transaction.Commit();
            return runId;
        }
        catch (SqliteException ex)
        {
            throw new ConfigurationException(Path, $"cannot append to the history database: {ex.Message}", inner: ex);
        }
    }

    /// <summary>
    /// A seller's mean score per run, oldest first (the latest <see cref="MaxTrendRuns"/> runs the seller appears in),
    /// over the runs with the same rule set and configuration as <paramref name="identity"/>.
    /// </summary>
    /// <param name="seller">The seller's name (case-insensitive).</param>
    /// <param name="identity">What the scores must have been computed with.</param>
    /// <returns>The points.</returns>
    public IReadOnlyList<TrendPoint> Trend(string seller, RunIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(seller);
        ArgumentNullException.ThrowIfNull(identity);
        using var query = Command(null, """
            SELECT r.id, r.created_utc, s.calls, s.mean_score
            FROM seller_results s JOIN runs r ON r.id = s.run_id
            WHERE s.seller_key = $key AND r.rules_hash = $rules AND r.config_hash = $config
            ORDER BY r.id DESC
            LIMIT $limit;
            """);
        query.Parameters.AddWithValue("$key", Key(seller));
        query.Parameters.AddWithValue("$rules", identity.RulesHash);
        query.Parameters.AddWithValue("$config", identity.ConfigHash);
        query.Parameters.AddWithValue("$limit", MaxTrendRuns);
        var points = new List<TrendPoint>();
        using var reader = query.ExecuteReader();
        while (reader.Read())
        {
            var created = DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
            points.Add(new TrendPoint(reader.GetInt64(0), created, reader.GetInt32(2), reader.GetDouble(3)));
        }

        points.Reverse();
        return points;
    }

    /// <summary>The number of runs stored.</summary>
    /// <returns>The count.</returns>
    public long RunCount() => Convert.ToInt64(Scalar(connection, "SELECT COUNT(*) FROM runs;"), CultureInfo.InvariantCulture);

    /// <summary>The number of runs stored with another rule set or configuration than <paramref name="identity"/> (runs from before identities were recorded included).</summary>
    /// <param name="identity">The identity to compare with.</param>
    /// <returns>The count.</returns>
    public long IncomparableRunCount(RunIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        using var query = Command(null, "SELECT COUNT(*) FROM runs WHERE rules_hash IS NOT $rules OR config_hash IS NOT $config;");
        query.Parameters.AddWithValue("$rules", identity.RulesHash);
        query.Parameters.AddWithValue("$config", identity.ConfigHash);
        return Convert.ToInt64(query.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Adds each seller's trend over the runs comparable with <paramref name="identity"/> (this run included when it was appended first).</summary>
    /// <param name="batch">The report data.</param>
    /// <param name="identity">What this run's scores were computed with.</param>
    /// <returns>The batch with <see cref="SellerSummary.Trend"/> filled in.</returns>
    public ReportBatch WithTrends(ReportBatch batch, RunIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return batch with { Sellers = [.. batch.Sellers.Select(s => s with { Trend = Trend(s.Name, identity) })] };
    }

    /// <inheritdoc/>
    public void Dispose() => connection.Dispose();

    private static string Key(string seller) => seller.Trim().ToUpperInvariant();

    /// <summary>
    /// Brings a database of schema version 1 to this version: runs gain the identity columns (left empty: such runs
    /// are never joined to a trend with newer ones, since what they were computed with is unknown) and
    /// <c>seller_results.question_rate</c>, which held questions over questions and statements, becomes <c>question_share</c>.
    /// </summary>
    private static void Migrate(SqliteConnection connection, SqliteTransaction transaction)
    {
        var runs = Columns(connection, transaction, "runs");
        if (runs.Count > 0)
        {
            foreach (var column in IdentityColumns.Where(c => !runs.Contains(c)))
            {
                Execute(connection, transaction, $"ALTER TABLE runs ADD COLUMN {column} TEXT;");
            }
        }

        var sellers = Columns(connection, transaction, "seller_results");
        if (sellers.Contains("question_rate") && !sellers.Contains("question_share"))
        {
            Execute(connection, transaction, "ALTER TABLE seller_results RENAME COLUMN question_rate TO question_share;");
        }
    }

    private static HashSet<string> Columns(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}');";
        using var reader = command.ExecuteReader();
        var columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
