namespace LaborRights.Security.PersonalData;

public static class PersonalDataModule
{
    public static IServiceCollection AddPersonalData(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PrivacyOptions>(configuration.GetSection(PrivacyOptions.Section));
        services.AddSingleton<PersonalDataEraser>();
        services.AddPersonalDataLogRedaction();
        return services;
    }
}
