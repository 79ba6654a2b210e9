using JasperFx.CodeGeneration;

namespace LaborRights.Hosting;

/// <summary>
/// How Wolverine finds the adapter code of its handlers and endpoints (ADR 0029). A build made by
/// <c>docker/publish-static.sh</c> has that code compiled in (written by <c>codegen write</c> from the same sources
/// moments before), so it loads it (static mode: no Roslyn at start, faster to the first answer); every other build
/// generates it at run time from exactly the code it runs, so it can never be stale.
/// </summary>
public static class GeneratedCode
{
    /// <summary>The registry <c>codegen write</c> writes beside the handlers; present only in a static build.</summary>
    private const string RegistryType = "Internal.Generated.WolverineHandlers.GeneratedHandlerRegistry";

    public static bool IsCompiledIn { get; } = typeof(GeneratedCode).Assembly.GetType(RegistryType) is not null;

    public static TypeLoadMode Mode => IsCompiledIn ? TypeLoadMode.Static : TypeLoadMode.Dynamic;

    /// <summary>
    /// Commands of the JasperFx command line that never open the database (writing or checking the generated code),
    /// so an image build can run them without a server.
    /// </summary>
    public static bool IsCodeCommand(string[] args) => args.Length > 0 && args[0].Equals("codegen", StringComparison.OrdinalIgnoreCase);

    /// <summary>Placeholder connection for the code commands: nothing connects to it.</summary>
    public const string NoDatabase = "Host=codegen.invalid;Database=none";

    /// <summary>Says at start which mode runs, and warns an operated environment that runs a development build.</summary>
    public static void Report(ILogger logger, IHostEnvironment environment)
    {
        if (IsCompiledIn)
            logger.LogInformation("Handler code: generated at build time (static mode)");
        else if (environment.ManagesItsOwnDatabase())
            logger.LogInformation("Handler code: generated at run time (dynamic mode)");
        else
            logger.LogWarning("Handler code: generated at run time (dynamic mode); production images are built with docker/publish-static.sh, which compiles it in and starts faster");
    }
}
