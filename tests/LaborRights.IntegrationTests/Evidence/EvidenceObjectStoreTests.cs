using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using LaborRights.Evidence;
using LaborRights.IntegrationTests.Api.Contract;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.TestSamples;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LaborRights.IntegrationTests.Evidence;

/// <summary>
/// s3rver, an S3-compatible server (installed by tools/test-s3 from the pinned lock file), on a loopback port of its
/// own with one bucket, for the duration of the test class.
/// </summary>
public sealed class S3Server : IAsyncLifetime
{
    private Process? _process;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "lr-s3-" + Guid.NewGuid().ToString("N")[..8]);

    public const string Bucket = "laborrights-evidence";

    public EvidenceS3Options Options { get; private set; } = new();

    public async Task InitializeAsync()
    {
        var install = Process.Start(new ProcessStartInfo(Path.Combine(ApiDocumentFile.RepositoryRoot, "tools", "test-s3"))
            { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var server = (await install.StandardOutput.ReadToEndAsync()).Trim();
        var installLog = await install.StandardError.ReadToEndAsync();
        await install.WaitForExitAsync();
        if (install.ExitCode != 0) throw new InvalidOperationException($"tools/test-s3 failed: {installLog}");

        var port = FreePort();
        Directory.CreateDirectory(_data);
        _process = Process.Start(new ProcessStartInfo(server)
        {
            ArgumentList = { "--directory", _data, "--address", "127.0.0.1", "--port", port.ToString(), "--configure-bucket", Bucket, "--silent" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        Options = new EvidenceS3Options
        {
            ServiceUrl = $"http://127.0.0.1:{port}", Bucket = Bucket, AccessKey = "S3RVER", SecretKey = "S3RVER",
        };
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                if ((await http.GetAsync(Options.ServiceUrl + "/" + Bucket)).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"s3rver did not start on {Options.ServiceUrl}.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        _process?.Dispose();
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Evidence in an object store (Evidence:Store = S3): the bytes in the bucket, the row in PostgreSQL, the claim in the
/// filing's transaction, erasure and expiry removing the objects too — against a real S3 protocol peer on loopback.
/// </summary>
public sealed class EvidenceObjectStoreTests(S3Server s3) : IClassFixture<S3Server>, IAsyncLifetime
{
    private DocumentStore _store = null!;
    private readonly string _schema = "evidence_s3_" + Guid.NewGuid().ToString("N")[..8];
    private S3EvidenceObjectStore _objects = null!;
    private EvidenceStore _evidence = null!;

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.AcquireAsync();
        _store = DocumentStore.For(o =>
        {
            o.Connection(database.ConnectionString);
            o.DatabaseSchemaName = _schema;
            o.ConfigureEvidence();
        });
        await _store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        _objects = new S3EvidenceObjectStore(s3.Options);
        _evidence = EvidenceStoreOver(_objects);
    }

    private EvidenceStore EvidenceStoreOver(IEvidenceObjectStore objects) =>
        new(_store, TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new EvidenceOptions { Store = EvidenceStorage.S3 }), objects);

    [Fact]
    public async Task The_bytes_go_to_the_bucket_the_row_stays_in_PostgreSQL_and_staff_open_the_file_from_the_store()
    {
        var photo = EvidenceSamples.Jpeg(orientation: 6);
        var held = await Hold(_evidence, photo);

        var stored = await _objects.GetAsync(held.Id.ToString("N"), CancellationToken.None);
        stored.Should().NotBeNull();
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stored!)).Should().Be(held.Sha256);
        foreach (var secret in EvidenceSamples.Secrets) EvidenceSamples.Contains(stored, secret).Should().BeFalse(secret);
        (await Scalar<int>($"select length(content) from {_schema}.{EvidenceStore.TableName} where id = $1", held.Id)).Should().Be(0);

        var caseId = Guid.NewGuid();
        await Claim(caseId, held.Id);
        var opened = await _evidence.OpenAsync(caseId, held.Id, CancellationToken.None);
        opened!.Content.Should().Equal(stored);
        opened.File.Sha256.Should().Be(held.Sha256);
    }

    [Fact]
    public async Task Erasure_and_expiry_remove_the_objects_even_when_the_store_is_away_at_the_moment_of_erasure()
    {
        var filed = await Hold(_evidence, EvidenceSamples.Png());
        var unfiled = await Hold(_evidence, EvidenceSamples.Pdf());
        var caseId = Guid.NewGuid();
        await Claim(caseId, filed.Id);

        // Erasure runs in the eraser's transaction and only notes the object as gone.
        await using (var connection = _store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            (await EvidenceStore.DeleteForCaseAsync(connection, _schema, caseId, CancellationToken.None)).Should().Be(1);
            await transaction.CommitAsync();
        }
        (await _evidence.OpenAsync(caseId, filed.Id, CancellationToken.None)).Should().BeNull();
        await Execute($"update {_schema}.{EvidenceStore.TableName} set held_until = now() - interval '1 minute' where id = $1", unfiled.Id);

        // A sweep while the object store cannot be reached fails and keeps the notes; the next one removes both objects.
        var away = EvidenceStoreOver(new S3EvidenceObjectStore(new EvidenceS3Options
        {
            ServiceUrl = $"http://127.0.0.1:{S3Server.FreePort()}", Bucket = S3Server.Bucket, AccessKey = "x", SecretKey = "x",
        }));
        await FluentActions.Awaiting(() => away.SweepExpiredAsync(CancellationToken.None)).Should().ThrowAsync<Exception>();
        (await Scalar<long>($"select count(*) from {_schema}.{EvidenceStore.GoneTableName}")).Should().Be(2);
        (await _objects.GetAsync(filed.Id.ToString("N"), CancellationToken.None)).Should().NotBeNull();

        await _evidence.SweepExpiredAsync(CancellationToken.None);
        (await _objects.GetAsync(filed.Id.ToString("N"), CancellationToken.None)).Should().BeNull();
        (await _objects.GetAsync(unfiled.Id.ToString("N"), CancellationToken.None)).Should().BeNull();
        (await Scalar<long>($"select count(*) from {_schema}.{EvidenceStore.GoneTableName}")).Should().Be(0);
        (await Scalar<long>($"select count(*) from {_schema}.{EvidenceStore.TableName}")).Should().Be(0);
    }

    [Fact]
    public async Task An_upload_the_object_store_does_not_take_is_refused_and_leaves_no_row()
    {
        var away = EvidenceStoreOver(new S3EvidenceObjectStore(new EvidenceS3Options
        {
            ServiceUrl = $"http://127.0.0.1:{S3Server.FreePort()}", Bucket = S3Server.Bucket, AccessKey = "x", SecretKey = "x",
        }));

        await FluentActions.Awaiting(() => Hold(away, EvidenceSamples.Jpeg())).Should().ThrowAsync<Exception>();

        (await Scalar<long>($"select count(*) from {_schema}.{EvidenceStore.TableName}")).Should().Be(0);
    }

    private static async Task<EvidenceUploaded> Hold(EvidenceStore evidence, byte[] content)
    {
        using var stream = new MemoryStream(content);
        var (held, refusal) = await evidence.HoldAsync("证据.bin", stream, content.Length, CancellationToken.None);
        refusal.Should().BeNull();
        return held!;
    }

    private async Task Claim(Guid caseId, Guid evidenceId)
    {
        await using var session = _store.LightweightSession();
        EvidenceStore.Claim(session, caseId, [evidenceId]);
        await session.SaveChangesAsync();
    }

    private async Task<T> Scalar<T>(string sql, params object[] parameters)
    {
        await using var connection = _store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T));
    }

    private async Task Execute(string sql, params object[] parameters)
    {
        await using var connection = _store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await using (var connection = _store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"drop schema if exists {_schema} cascade", connection);
            await drop.ExecuteNonQueryAsync();
        }
        _objects.Dispose();
        _store.Dispose();
    }
}
