using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace LaborRights.Hosting;

/// <summary>
/// The last line of the error shape: anything not answered by an endpoint becomes a ProblemDetails, never a
/// stack trace. A too-large body is 413; an unreadable one 400; anything else 500 with a bilingual message.
/// </summary>
public sealed class ProblemExceptionHandler(IHostEnvironment environment, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var development = environment.IsDevelopment();
        var problem = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                Problems.TooLarge(context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? RequestLimits.DefaultBodyBytes),
            // The framework's messages name parameters and .NET types; outside Development only the position is told.
            BadHttpRequestException bad => Problems.Malformed(development ? bad.Message : "the request is not valid for this endpoint."),
            System.Text.Json.JsonException json => Problems.Malformed(development ? json.Message : JsonPosition(json)),
            // A multipart upload that breaks the form limits or is cut short.
            InvalidDataException data when context.Request.HasFormContentType =>
                Problems.Malformed(development ? data.Message : "the multipart form could not be read."),
            // Two identical submissions raced on one Idempotency-Key: the first stored the case, this one stored nothing.
            JasperFx.DocumentAlreadyExistsException => Problems.Refused(new Refusal("duplicate-submission",
                "相同的提交正在处理，请稍后用同一幂等键重试以取回结果。",
                "The same submission is being processed; retry with the same Idempotency-Key to get its result.")).WithStatus(StatusCodes.Status409Conflict),
            // Two people started the same record at once (e.g. flagged one case for supervision): the second wrote nothing.
            Marten.Exceptions.ExistingStreamIdCollisionException => Problems.Conflict(),
            // PostgreSQL out of reach: fail fast and say when to retry (the outage is logged once per request, without a stack).
            _ when DatabaseOutage.IsOutage(exception) => Problems.Unavailable(DatabaseOutage.RetryAfterSeconds),
            _ => null,
        };
        if (problem?.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning("Database unavailable on {Method} {Path}: {Error}", context.Request.Method, context.Request.Path, exception.GetBaseException().Message);
            context.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Type = Problems.TypePrefix + "server-error",
                Title = "服务器内部错误 / Internal server error",
                // Outside Development no message, type, SQL or stack frame: the traceId finds them in the log.
                Detail = development
                    ? exception.ToString()
                    : "请求未能完成，未作任何更改，请稍后重试。/ The request could not be completed and nothing was changed; please try again later.",
                Status = StatusCodes.Status500InternalServerError,
            };
        }
        problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? context.TraceIdentifier;
        await context.WriteProblemAsync(problem, ct);
        return true;
    }

    private static string JsonPosition(System.Text.Json.JsonException json) =>
        json.Path is null ? "invalid JSON." : $"invalid JSON at {json.Path} (line {json.LineNumber}, byte {json.BytePositionInLine}).";
}

/// <summary>Body size limits: small for public forms, larger for staff uploads later.</summary>
public static class RequestLimits
{
    public const long DefaultBodyBytes = 256 * 1024;
    public const long PublicFormBytes = 64 * 1024;

    /// <summary>Legacy case files (NDJSON, about 1 KB a case): room for a few hundred thousand cases.</summary>
    public const long ImportBytes = 256L * 1024 * 1024;

    /// <summary>The body limit of a request, by its path.</summary>
    public static long LimitFor(HttpContext context)
    {
        var path = context.Request.Path;
        var publicForm = path.StartsWithSegments("/api/complaints") || path.StartsWithSegments("/api/applications");
        var import = path.StartsWithSegments("/api/admin/imports") || path.StartsWithSegments("/staff/admin/imports");
        return publicForm ? PublicFormBytes : import ? ImportBytes : EvidenceBytes(context) ?? DefaultBodyBytes;
    }

    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = LimitFor(context);
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = limit;
        if (context.Request.ContentLength > limit)
        {
            await context.WriteProblemAsync(Problems.TooLarge(limit));
            return;
        }
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasJsonContentType()
            && !await BodyIsJsonObjectAsync(context.Request, limit))
        {
            await context.WriteProblemAsync(Problems.Malformed("the body must be one JSON object."));
            return;
        }
        await next();
    });

    /// <summary>
    /// One file to <c>/api/evidence</c>; on a guided form's page (whose evidence step posts the files chosen) every file a
    /// filing may carry at once. Null for other requests.
    /// </summary>
    private static long? EvidenceBytes(HttpContext context)
    {
        var path = context.Request.Path;
        var upload = path.StartsWithSegments(Evidence.UploadEvidenceEndpoint.Path);
        var formPage = path.StartsWithSegments("/complaints") || path.StartsWithSegments("/applications");
        if (!upload && !formPage) return null;
        var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Evidence.EvidenceOptions>>().Value;
        return (upload ? 1L : Evidence.EvidenceRules.MaxFilesPerFiling) * options.MaxFileBytes + PublicFormBytes;
    }

    /// <summary>
    /// Every command is a JSON object. A body of null, an array or a bare value is refused here, once for all
    /// endpoints, instead of reaching a handler as a null command.
    /// </summary>
    private static async Task<bool> BodyIsJsonObjectAsync(HttpRequest request, long limit)
    {
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: limit);
        var buffer = new byte[256];
        var read = await request.Body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false);
        request.Body.Position = 0;
        var first = buffer.Take(read).SkipWhile(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF).FirstOrDefault();
        // An empty body is left to the endpoint, which answers it as malformed JSON.
        return read == 0 || first == (byte)'{';
    }

}
