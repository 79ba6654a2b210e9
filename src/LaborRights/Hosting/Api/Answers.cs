using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace LaborRights.Hosting.Api;

/// <summary>
/// The declared answers of the API (ADR 0019). An endpoint's return type names what it answers — the success body and
/// the problems its own logic can give — so the OpenAPI document carries every schema from the code itself. Problems
/// any endpoint of a kind can give (400, 401, 403, 404 of a route id, 413, 415, 429) are added by
/// <see cref="ApiDocument"/> from what the endpoint is.
/// </summary>
public abstract class DeclaredAnswer(IResult result) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => result.ExecuteAsync(httpContext);

    /// <summary>A problem answer: always through the problem-details service (bilingual title, trace id).</summary>
    protected static IResult ProblemResult(ProblemDetails problem) => Results.Problem(problem);

    internal static void Produces(EndpointBuilder builder, int status, Type type) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, type, ["application/json"]));

    internal static void ProducesProblem(EndpointBuilder builder, int status) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
}

/// <summary>200 with a <typeparamref name="T"/>, or a problem.</summary>
public sealed class Answer<T> : DeclaredAnswer, IEndpointMetadataProvider
{
    private Answer(IResult result) : base(result) { }

    public static Answer<T> Ok(T value) => new(TypedResults.Ok(value));

    public static Answer<T> Problem(ProblemDetails problem) => new(ProblemResult(problem));

    /// <summary>
    /// An answer the framework writes: a 200 whose body is a <typeparamref name="T"/> (e.g. a sign-in writing the token
    /// response), or another status the endpoint declares with its body type.
    /// </summary>
    public static Answer<T> WrittenBy(IResult result) => new(result);

    public static implicit operator Answer<T>(T value) => Ok(value);

    public static implicit operator Answer<T>(ProblemDetails problem) => Problem(problem);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Produces(builder, StatusCodes.Status200OK, typeof(T));
}

/// <summary>
/// The answer of a command on a record with a version: 200 with a <typeparamref name="T"/>, 409 when the version sent
/// is stale, 422 when the law or the record's state refuses the command.
/// </summary>
public sealed class CommandAnswer<T> : DeclaredAnswer, IEndpointMetadataProvider
{
    private CommandAnswer(IResult result) : base(result) { }

    public static CommandAnswer<T> Ok(T value) => new(TypedResults.Ok(value));

    public static CommandAnswer<T> Problem(ProblemDetails problem) => new(ProblemResult(problem));

    public static implicit operator CommandAnswer<T>(T value) => Ok(value);

    public static implicit operator CommandAnswer<T>(ProblemDetails problem) => Problem(problem);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        Produces(builder, StatusCodes.Status200OK, typeof(T));
        ProducesProblem(builder, StatusCodes.Status409Conflict);
        ProducesProblem(builder, StatusCodes.Status422UnprocessableEntity);
    }
}

/// <summary>201 with a <typeparamref name="T"/> and the <c>Location</c> of what was created, or a problem.</summary>
public sealed class CreatedAnswer<T> : DeclaredAnswer, IEndpointMetadataProvider
{
    private CreatedAnswer(IResult result) : base(result) { }

    public static CreatedAnswer<T> At(string location, T value) => new(TypedResults.Created(location, value));

    /// <summary>201 for something created that has no address of its own (an upload held for a later request).</summary>
    public static CreatedAnswer<T> Unaddressed(T value) => new(TypedResults.Created((string?)null, value));

    public static CreatedAnswer<T> Problem(ProblemDetails problem) => new(ProblemResult(problem));

    public static implicit operator CreatedAnswer<T>(ProblemDetails problem) => Problem(problem);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Produces(builder, StatusCodes.Status201Created, typeof(T));
}

/// <summary>
/// 200 with a CSV file (UTF-8 with a byte-order mark, so that Excel shows Chinese), offered for download under its
/// name; or a problem.
/// </summary>
public sealed class CsvAnswer : DeclaredAnswer, IEndpointMetadataProvider
{
    public const string MediaType = "text/csv";

    private CsvAnswer(IResult result) : base(result) { }

    public static CsvAnswer File(string csv, string fileName) => new(TypedResults.File(
        [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(csv)], $"{MediaType}; charset=utf-8", fileName));

    public static implicit operator CsvAnswer(ProblemDetails problem) => new(ProblemResult(problem));

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), [MediaType]));
}

/// <summary>200 with a stored file (its own media type, offered for download under its name, never cached); or a problem.</summary>
public sealed class FileAnswer : DeclaredAnswer, IEndpointMetadataProvider
{
    private FileAnswer(IResult result) : base(result) { }

    /// <summary>The media types a <see cref="FileAnswer"/> may have (the document lists them).</summary>
    public static readonly string[] MediaTypes = ["image/jpeg", "image/png", "image/webp", "application/pdf"];

    public static FileAnswer Download(HttpResponse response, byte[] content, string mediaType, string fileName)
    {
        response.Headers.CacheControl = "no-store";
        return new(TypedResults.File(content, mediaType, fileName));
    }

    public static implicit operator FileAnswer(ProblemDetails problem) => new(ProblemResult(problem));

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(byte[]), MediaTypes));
}

/// <summary>204: done, nothing to say; or a problem.</summary>
public sealed class NoContentAnswer : DeclaredAnswer, IEndpointMetadataProvider
{
    private NoContentAnswer(IResult result) : base(result) { }

    public static NoContentAnswer Done { get; } = new(TypedResults.NoContent());

    public static implicit operator NoContentAnswer(ProblemDetails problem) => new(ProblemResult(problem));

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status204NoContent, typeof(void)));
}

/// <summary>
/// A problem an endpoint's own logic can answer beyond what its return type declares (e.g. 422 from a rule checked
/// before the command runs).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class AnswersProblemAttribute(int status) : Attribute, IProducesResponseTypeMetadata
{
    public int StatusCode { get; } = status;
    public Type? Type => typeof(ProblemDetails);
    public string? Description => null;
    public IEnumerable<string> ContentTypes => ["application/problem+json"];
}
