using LaborRights.Database;

namespace LaborRights.IntegrationTests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL per test run, from the same helper the application uses:
/// LABORRIGHTS_CONNECTION_STRING → Testcontainers → a private cluster from the local binaries.
/// </summary>
public static class TestDatabase
{
    private static readonly Lazy<Task<PostgresInstance>> Instance = new(() =>
        PostgresProvisioner.AcquireAsync(new PostgresRequest(PostgresPurpose.Test, Log: Console.WriteLine)));

    public static Task<PostgresInstance> AcquireAsync() => Instance.Value;
}
