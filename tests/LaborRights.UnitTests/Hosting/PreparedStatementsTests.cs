using LaborRights.Hosting;
using Npgsql;

namespace LaborRights.UnitTests.Hosting;

/// <summary>The application prepares its repeated statements unless the operator's connection string says otherwise (issue 18).</summary>
public class PreparedStatementsTests
{
    [Fact]
    public void A_connection_string_without_a_preparation_setting_gets_automatic_preparation()
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseStartup.WithPreparedStatements("Host=db;Database=laborrights;Username=app"));

        (builder.MaxAutoPrepare, builder.AutoPrepareMinUsages, builder.Host, builder.Database).Should().Be((200, 2, "db", "laborrights"));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0")]
    [InlineData("Host=db;MaxAutoPrepare=20")]
    [InlineData("Host=db;Auto Prepare Min Usages=5")]
    public void A_connection_string_that_sets_preparation_itself_is_left_as_it_is(string given) =>
        DatabaseStartup.WithPreparedStatements(given).Should().Be(given, "behind PgBouncer in transaction mode an operator turns it off");
}
