using System.Text.Json;
using System.Text.Json.Nodes;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace LaborRights.Hosting.Api;

/// <summary>The request accepts this header (e.g. <c>Idempotency-Key</c>): documented as a header parameter.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class AcceptsHeaderAttribute(string name, string description) : Attribute
{
    public string Name { get; } = name;
    public string Description { get; } = description;
    public bool Required { get; init; }
    public int MaxLength { get; init; }
}

/// <summary>The endpoint reads a file upload from the raw body (no bound parameter): its media types, for the document.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadAttribute(params string[] mediaTypes) : Attribute
{
    public IReadOnlyList<string> MediaTypes { get; } = mediaTypes;
}

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>, ADR 0019): what every endpoint declares (its answer types, its
/// <see cref="AnswersProblemAttribute"/>s) and what follows from what it is — a problem body for every error, 400 for
/// every operation (input is checked everywhere), 401 and 403 behind sign-in, 404 for a record in the route, 413 and
/// 415 with a body, 429 with <c>Retry-After</c> where the public limits apply, <c>Location</c> on every 201 — so that
/// a client generated from it handles every answer the server gives.
/// </summary>
public static class ApiDocument
{
    public const string Version = "1";
    public const string BearerScheme = "bearer";
    public const string CookieScheme = "session-cookie";

    private static readonly AcceptsHeaderAttribute IdempotencyKey = new(Tracking.IntakeIdempotency.Header,
        "重试时带上同一个键，可取回第一次提交的结果而不会重复立案（8至100个可见ASCII字符，24小时内有效）。/ " +
        "Send the same key with a retry to get the first submission's answer instead of a second case (8 to 100 visible ASCII characters, kept 24 hours).")
    {
        MaxLength = 100,
    };

    private static readonly (int Status, string Zh, string En)[] Errors =
    [
        (400, "输入有误或请求格式错误", "Invalid input or a malformed request"),
        (401, "未登录或登录已失效", "Not signed in, or the sign-in has expired"),
        (403, "角色无权执行此操作，或跨站请求被拒绝", "The role does not allow this, or a cross-site request was refused"),
        (404, "未找到，或不在您的管辖范围内", "Not found, or outside the caller's divisions"),
        (409, "版本已过期或提交冲突", "The version sent is stale, or a submission conflicts"),
        (413, "请求内容过大", "The request body is too large"),
        (415, "不支持的内容类型", "The content type is not supported"),
        (422, "法律规定或案件状态不允许此操作", "Refused by the law or by the record's state"),
        (429, "请求过于频繁", "Too many requests"),
        (503, "数据库暂时不可用，未作任何更改，请按 Retry-After 稍后重试", "The database is out of reach for now; nothing changed; retry after Retry-After"),
    ];

    public static IServiceCollection AddApiDocument(this IServiceCollection services) => services.AddOpenApi("v1", options =>
    {
        options.AddDocumentTransformer(DescribeDocument);
        options.AddOperationTransformer(DescribeOperation);
        options.AddSchemaTransformer(DescribeOwnFormats);
    });

    /// <summary>
    /// The types <see cref="ApiJson"/> writes with its own converters lose their schema type: money is a number in
    /// the decimal format (so that clients keep fen exact), an instant a date-time string.
    /// </summary>
    private static Task DescribeOwnFormats(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        var type = context.JsonTypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var nullable = underlying != type ? JsonSchemaType.Null : 0;
        if (underlying == typeof(decimal)) (schema.Type, schema.Format) = (JsonSchemaType.Number | nullable, "decimal");
        else if (underlying == typeof(DateTimeOffset)) (schema.Type, schema.Format) = (JsonSchemaType.String | nullable, "date-time");
        return Task.CompletedTask;
    }

    private static Task DescribeDocument(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info = new OpenApiInfo
        {
            Title = "LaborRights API · 山东省劳动权益案件管理",
            Version = Version,
            Description =
                "欠薪、就业歧视、劳动争议仲裁和劳动保障监察案件的接口。所有错误以 application/problem+json（RFC 9457）返回，标题和说明为中英文；" +
                "时间为带 +08:00 时区的 ISO 8601，日期为 yyyy-MM-dd，金额为两位小数。5xx 可能由任何操作返回，未逐一列出。版本规则见 docs/adr/0019。\n\n" +
                "The API of wage-arrears, employment-discrimination, labour-arbitration and labour-inspection cases in Shandong. " +
                "Every error is application/problem+json (RFC 9457) with a Chinese and English title and detail; instants are ISO 8601 " +
                "with the +08:00 offset, dates yyyy-MM-dd, money a number with two decimal places. Any operation may answer 5xx; those are " +
                "not listed one by one. Versioning and compatibility: docs/adr/0019.",
            Contact = new OpenApiContact { Name = "LaborRights", Url = new Uri("https://laborrights.shandong.gov.cn/") },
        };
        // The document is the same wherever it is served (it is committed as the contract): no server URL of this host.
        document.Servers = [];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer",
                Description = "POST /api/auth/token 取得的访问令牌。/ The access token from POST /api/auth/token.",
            },
            [CookieScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = "lr.session",
                Description = "网页登录的会话 Cookie；非 GET 请求还须带 X-CSRF-Token。/ The web sign-in's session cookie; unsafe requests also need X-CSRF-Token.",
            },
        };
        return Task.CompletedTask;
    }

    private static async Task DescribeOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var isPublic = metadata.OfType<PublicAttribute>().Any();
        var method = description.HttpMethod ?? "GET";
        var path = "/" + (description.RelativePath ?? "");
        var hasBody = description.ParameterDescriptions.Any(p => p.Source.Id == "Body") || metadata.OfType<UploadAttribute>().Any();

        operation.Responses ??= new OpenApiResponses();
        // Every operation reads or writes PostgreSQL: while it is out of reach each answers 503 (Hosting.DatabaseOutage).
        var statuses = new SortedSet<int> { 400, 503 };
        if (!isPublic) statuses.UnionWith([401, 403]);
        if (description.ParameterDescriptions.Any(p => p.Source.Id == "Path")) statuses.Add(404);
        if (hasBody) statuses.UnionWith([413, 415]);
        if (PublicRateLimits.Limits(method, path)) statuses.Add(429);
        var idempotent = metadata.OfType<Tracking.IdempotentFilingAttribute>().Any();
        if (idempotent) statuses.UnionWith([409, 422]);
        foreach (var (status, zh, en) in Errors.Where(e => statuses.Contains(e.Status)))
            if (!operation.Responses.ContainsKey(status.ToString()))
                operation.Responses[status.ToString()] = new OpenApiResponse();
        foreach (var (key, response) in operation.Responses.ToList())
            if (int.TryParse(key, out var status)) await DescribeResponseAsync(status, response, context, ct);
        var ordered = new OpenApiResponses();
        foreach (var (key, response) in operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal)) ordered.Add(key, response);
        operation.Responses = ordered;

        foreach (var header in metadata.OfType<AcceptsHeaderAttribute>().Concat(idempotent ? [IdempotencyKey] : []))
        {
            operation.Parameters ??= new List<IOpenApiParameter>();
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = header.Name, In = ParameterLocation.Header, Required = header.Required, Description = header.Description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = header.MaxLength > 0 ? header.MaxLength : null },
            });
        }
        if (metadata.OfType<UploadAttribute>().FirstOrDefault() is { } upload && operation.RequestBody is null)
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = upload.MediaTypes.ToDictionary(m => m, m => new OpenApiMediaType { Schema = UploadSchema(m) }),
            };
        if (!isPublic)
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] },
            ];
        ApiExamples.Describe(operation, $"{method} {description.RelativePath}",
            context.ApplicationServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions);
    }

    private static async Task DescribeResponseAsync(int status, IOpenApiResponse response, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (response is not OpenApiResponse r) return;
        // Declared answers come with the bare reason phrase ("Conflict"): every answer is described in both languages.
        if (string.IsNullOrEmpty(r.Description) || r.Description == Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status))
            r.Description = Describe(status);
        if (status >= 400)
        {
            // Every error can be a problem (400 with its field errors); a body an endpoint declares for an error (e.g. the
            // import report) stays beside it as application/json.
            var own = r.Content?.Values.Select(c => c.Schema).FirstOrDefault(s => !IsProblem(s));
            r.Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = await ComponentAsync(context, status == 400 ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails), ct) },
            };
            if (own is not null) r.Content["application/json"] = new() { Schema = own };
        }
        if (status == 201)
            (r.Headers ??= new Dictionary<string, IOpenApiHeader>())["Location"] = new OpenApiHeader
            {
                Description = "新建资源的地址。/ Where the created resource is read.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        if (status is 429 or 503)
            (r.Headers ??= new Dictionary<string, IOpenApiHeader>())["Retry-After"] = new OpenApiHeader
            {
                Description = "重试前应等待的秒数。/ Seconds to wait before trying again.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            };
    }

    private static bool IsProblem(IOpenApiSchema? schema) =>
        schema is null || schema is OpenApiSchemaReference { Reference.Id: "ProblemDetails" or "HttpValidationProblemDetails" };

    private static string Describe(int status) => status switch
    {
        200 => "成功。/ OK.",
        201 => "已创建；Location 为其地址。/ Created; Location says where it is read.",
        204 => "已完成。/ Done.",
        _ => Errors.Where(e => e.Status == status).Select(e => $"{e.Zh}。/ {e.En}.").FirstOrDefault() ?? "",
    };

    private static OpenApiSchema UploadSchema(string mediaType) => mediaType == "multipart/form-data"
        ? new OpenApiSchema
        {
            Type = JsonSchemaType.Object, Required = new HashSet<string> { "file" },
            Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
        }
        : new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };

    private static async Task<IOpenApiSchema> ComponentAsync(OpenApiOperationTransformerContext context, Type type, CancellationToken ct)
    {
        var document = context.Document!;
        var id = type.Name;
        if (document.Components?.Schemas?.ContainsKey(id) != true)
            document.AddComponent(id, await context.GetOrCreateSchemaAsync(type, null, ct));
        return new OpenApiSchemaReference(id, document);
    }
}
