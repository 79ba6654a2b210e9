using LaborRights.Hosting;
using Npgsql;

namespace LaborRights.UnitTests.Hosting;

/// <summary>Issue 15, item 2: what counts as the database being out of reach (503) rather than a request gone wrong (500).</summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task A_refused_connection_is_an_outage()
    {
        await using var connection = new NpgsqlConnection("Host=127.0.0.1;Port=1;Username=x;Password=x;Timeout=2");
        var refused = await FluentActions.Invoking(() => connection.OpenAsync()).Should().ThrowAsync<NpgsqlException>();
        DatabaseOutage.IsOutage(refused.Which).Should().BeTrue();
        DatabaseOutage.IsOutage(new InvalidOperationException("wrapped", refused.Which)).Should().BeTrue("Marten and Wolverine wrap it");
    }

    [Theory]
    [InlineData("57P01", true)] // admin shutdown: the server is stopping
    [InlineData("57P03", true)] // cannot connect now: the server is starting
    [InlineData("08006", true)] // connection failure
    [InlineData("53300", true)] // too many connections
    [InlineData("23505", false)] // a unique violation is the request's problem
    [InlineData("42P01", false)] // a missing table is a bug, not an outage
    public void A_server_answer_is_an_outage_only_when_it_says_the_server_is_unavailable(string sqlState, bool outage) =>
        DatabaseOutage.IsOutage(new PostgresException("x", "FATAL", "FATAL", sqlState)).Should().Be(outage);

    [Fact]
    public void Other_errors_are_not_outages_and_the_connect_timeout_is_short_unless_set()
    {
        DatabaseOutage.IsOutage(new InvalidOperationException("bug")).Should().BeFalse();
        new NpgsqlConnectionStringBuilder(DatabaseOutage.FailFast("Host=db;Database=lr")).Timeout.Should().Be(DatabaseOutage.ConnectTimeoutSeconds);
        new NpgsqlConnectionStringBuilder(DatabaseOutage.FailFast("Host=db;Database=lr;Timeout=10")).Timeout.Should().Be(10);
    }
}
