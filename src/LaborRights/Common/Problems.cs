using Microsoft.AspNetCore.Mvc;

namespace LaborRights.Common;

/// <summary>
/// The one error shape of the API: RFC 9457 ProblemDetails with a stable <c>type</c>, a bilingual
/// title/detail and, for input errors, the offending fields. Status codes (see docs/adr):
/// 400 bad input, 404 unknown (or out of scope), 409 stale version, 413 body too large,
/// 403 role not allowed, 422 refused by the law or the case's state, 429 too many requests (with Retry-After).
/// </summary>
public static class Problems
{
    public const string TypePrefix = "https://laborrights.shandong.gov.cn/problems/";

    public static ProblemDetails Refused(Refusal refusal) => new()
    {
        Type = TypePrefix + refusal.Code,
        Title = "操作不被允许 / Command refused",
        Detail = refusal.Detail,
        Status = StatusCodes.Status422UnprocessableEntity,
        Extensions = { ["code"] = refusal.Code, ["detailZh"] = refusal.Chinese, ["detailEn"] = refusal.English },
    };

    public static ValidationProblemDetails Invalid(IDictionary<string, string[]> errors) => new(errors)
    {
        Type = TypePrefix + "invalid-input",
        Title = "输入有误 / The request has invalid fields",
        Detail = "请更正标出的字段后重试。/ Correct the fields listed in 'errors' and try again.",
        Status = StatusCodes.Status400BadRequest,
    };

    public static ProblemDetails NotFound(string what) => Of(StatusCodes.Status404NotFound, "not-found",
        "未找到 / Not found",
        $"未找到{what.Split(" / ")[0]}。/ No {what.Split(" / ").Last()} was found.");

    /// <summary>403: the caller's role does not allow this endpoint (a specific case out of reach is a 404 instead).</summary>
    public static ProblemDetails Forbidden() => Of(StatusCodes.Status403Forbidden, "forbidden",
        "无权访问 / Forbidden",
        "您的角色无权执行此操作。/ Your role does not allow this.");

    /// <summary>403: a new case in a county outside the caller's divisions (属地管理).</summary>
    public static ProblemDetails OutsideDivisions() => Of(StatusCodes.Status403Forbidden, "outside-divisions",
        "超出管辖范围 / Outside your divisions",
        "该县（市、区）不在您的管辖范围内。/ That county is not one of your divisions.");

    /// <summary>400: a form or a cookie-signed request without the antiforgery token of the page it came from.</summary>
    public static ProblemDetails AntiforgeryFailed() => Of(StatusCodes.Status400BadRequest, "antiforgery",
        "表单已失效 / The form has expired",
        "请刷新页面后重新提交。/ Reload the page and submit the form again.");

    /// <summary>403: a request signed in by the session cookie that another site's page sent.</summary>
    public static ProblemDetails CrossSiteRequest() => Of(StatusCodes.Status403Forbidden, "cross-site-request",
        "跨站请求被拒绝 / Cross-site request refused",
        "此操作只能从本系统的页面发起。/ This action can only be taken from this system's own pages.");

    public static ProblemDetails Conflict() => Of(StatusCodes.Status409Conflict, "stale-version",
        "案件已被他人更新 / The case was changed by someone else",
        "您看到的版本已过期，请刷新后重试。/ The version you saw is out of date: reload the case and try again.");

    public static ProblemDetails Malformed(string englishReason) => Of(StatusCodes.Status400BadRequest, "malformed-request",
        "请求格式错误 / Malformed request",
        $"请求内容无法解析。/ The request body could not be read: {englishReason}");

    public static ProblemDetails TooLarge(long limit) => Of(StatusCodes.Status413PayloadTooLarge, "request-too-large",
        "请求内容过大 / Request body too large",
        $"请求内容超过 {limit / 1024} KB 上限。/ The request body exceeds the {limit / 1024} KB limit.");

    /// <summary>503: the database cannot be reached just now; nothing was changed (Hosting.DatabaseOutage).</summary>
    public static ProblemDetails Unavailable(int retryAfterSeconds) => Of(StatusCodes.Status503ServiceUnavailable, "service-unavailable",
        "服务暂时不可用 / Service temporarily unavailable",
        $"系统暂时无法访问数据库，本次请求未作任何更改。请在 {retryAfterSeconds} 秒后重试；提交投诉时请使用同一幂等键，不会重复立案。" +
        $" / The database cannot be reached just now; nothing was changed. Try again in {retryAfterSeconds} seconds; a filing retried with the " +
        "same Idempotency-Key is never filed twice.");

    public static ProblemDetails TooManyRequests(TimeSpan retryAfter)
    {
        var seconds = (int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds));
        return new()
        {
            Type = TypePrefix + "too-many-requests",
            Title = "请求过于频繁 / Too many requests",
            Detail = $"请在 {seconds} 秒后重试。/ Too many requests from this address or for this case; try again in {seconds} seconds.",
            Status = StatusCodes.Status429TooManyRequests,
            Extensions = { ["retryAfterSeconds"] = seconds },
        };
    }

    /// <summary>A problem with its stable code (the last part of <c>type</c>) and its bilingual title and detail.</summary>
    public static ProblemDetails Of(int status, string code, string title, string detail) => new()
    {
        Type = TypePrefix + code,
        Title = title,
        Detail = detail,
        Status = status,
    };

    public static IResult ToResult(this ProblemDetails problem) => Results.Problem(problem);

    /// <summary>Answers a request with the problem from middleware, before any endpoint (its status, <c>application/problem+json</c>).</summary>
    public static Task WriteProblemAsync(this HttpContext context, ProblemDetails problem, CancellationToken ct = default)
    {
        context.Response.StatusCode = problem.Status!.Value;
        // As its own type: a ValidationProblemDetails keeps its field errors.
        return context.Response.WriteAsJsonAsync(problem, problem.GetType(), (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
    }

    public static ProblemDetails WithStatus(this ProblemDetails problem, int status)
    {
        problem.Status = status;
        return problem;
    }
}

/// <summary>Collects field errors for a <see cref="ValidationProblemDetails"/>; keys are camelCase JSON paths.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<FieldError>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>Every message with its field, in the order added (a page shows them in one language).</summary>
    public IEnumerable<FieldError> All => _errors.Values.SelectMany(list => list);

    public FieldErrors Add(string field, string chinese, string english)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(new FieldError(field, chinese, english));
        return this;
    }

    public FieldErrors Required(string field, object? value, string nameZh, string nameEn)
    {
        if (value is null || value is string s && string.IsNullOrWhiteSpace(s))
            Add(field, $"{nameZh}不能为空", $"{nameEn} is required");
        return this;
    }

    /// <summary>A required text of at most <paramref name="max"/> characters.</summary>
    public FieldErrors Text(string field, string? value, int max, string nameZh, string nameEn) =>
        Required(field, value, nameZh, nameEn).MaxLength(field, value, max, nameZh, nameEn);

    public FieldErrors MaxLength(string field, string? value, int max, string nameZh, string nameEn)
    {
        if (value is not null && value.Length > max)
            Add(field, $"{nameZh}不能超过{max}个字符", $"{nameEn} must be at most {max} characters");
        return this;
    }

    public FieldErrors Money(string field, decimal? value, string nameZh, string nameEn, bool allowZero = false)
    {
        if (value is not { } amount) return this;
        if (amount < 0 || (!allowZero && amount == 0))
            Add(field, $"{nameZh}必须大于零", $"{nameEn} must be greater than zero");
        else if (amount.Scale > 2 && decimal.Round(amount, 2) != amount)
            Add(field, $"{nameZh}最多两位小数（元、角、分）", $"{nameEn} may have at most two decimal places (yuan and fen)");
        else if (amount > 10_000_000_000m)
            Add(field, $"{nameZh}超出合理范围", $"{nameEn} is out of range");
        return this;
    }

    /// <summary>Wolverine's "continue" when there are no field errors, else the 400 ValidationProblemDetails.</summary>
    public ProblemDetails OrContinue() => Any ? ToProblem() : Wolverine.Http.WolverineContinue.NoProblems;

    public ValidationProblemDetails ToProblem() =>
        Problems.Invalid(_errors.ToDictionary(kv => kv.Key, kv => kv.Value.Select(e => $"{e.Chinese} / {e.English}").ToArray()));
}

/// <summary>One message about one field (a camelCase JSON path such as <c>claims[0].amount</c>), in both languages.</summary>
public sealed record FieldError(string Field, string Chinese, string English);
