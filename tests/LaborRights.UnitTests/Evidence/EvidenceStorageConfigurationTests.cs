using LaborRights.Evidence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LaborRights.UnitTests.Evidence;

public class EvidenceStorageConfigurationTests
{
    private static ServiceCollection Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build();
        var services = new ServiceCollection();
        services.AddEvidence(configuration);
        return services;
    }

    [Fact]
    public void By_default_the_bytes_stay_in_PostgreSQL() =>
        Services().Should().NotContain(d => d.ServiceType == typeof(IEvidenceObjectStore));

    [Fact]
    public void Evidence_store_S3_uses_the_configured_object_store()
    {
        var services = Services(("Evidence:Store", "S3"), ("Evidence:S3:ServiceUrl", "http://127.0.0.1:9000"), ("Evidence:S3:Bucket", "evidence"),
            ("Evidence:S3:AccessKey", "key"), ("Evidence:S3:SecretKey", "secret"));

        services.Should().ContainSingle(d => d.ServiceType == typeof(IEvidenceObjectStore))
            .Which.ImplementationInstance.Should().BeOfType<S3EvidenceObjectStore>();
    }

    [Fact]
    public void An_incomplete_object_store_setting_stops_the_start_naming_what_is_missing() =>
        FluentActions.Invoking(() => Services(("Evidence:Store", "S3"), ("Evidence:S3:ServiceUrl", "http://127.0.0.1:9000")))
            .Should().Throw<InvalidOperationException>()
            .WithMessage("*Evidence:S3:Bucket*Evidence:S3:AccessKey*Evidence:S3:SecretKey*");
}
