using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace LaborRights.Hosting;

/// <summary>Gives the framework's own 400s (unreadable JSON) the same bilingual shape as ours.</summary>
public static partial class ProblemCustomization
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status == StatusCodes.Status400BadRequest && problem.Title == "Invalid JSON format")
        {
            var development = context.HttpContext.RequestServices.GetService<IHostEnvironment>()?.IsDevelopment() == true;
            // The serializer's message names .NET types (e.g. the form's class); outside Development only the position is told.
            var malformed = Problems.Malformed(development ? problem.Detail ?? "invalid JSON" : JsonPosition(problem.Detail));
            problem.Type = malformed.Type;
            problem.Title = malformed.Title;
            problem.Detail = malformed.Detail;
        }
        else if (problem.Status == StatusCodes.Status400BadRequest && problem.Title == "Invalid query string value")
        {
            // Wolverine's message repeats the value sent (an ID number or phone typed into the wrong box) and names the
            // .NET type: in every environment only the parameter is told (issue #5).
            var parameter = problem.Extensions.TryGetValue("parameter", out var name) ? name?.ToString() : null;
            var malformed = Problems.Malformed(parameter is null
                ? "a query string value is not valid for its parameter."
                : $"the value of the query string parameter '{parameter}' is not valid for it.");
            problem.Type = malformed.Type;
            problem.Title = malformed.Title;
            problem.Detail = malformed.Detail;
        }
        // Framework-generated problems carry no internal details outside Development.
        problem.Extensions.Remove("exception");
    }

    private static string JsonPosition(string? detail) =>
        detail is not null && JsonPath().Match(detail) is { Success: true } path
            ? $"invalid JSON at {path.Groups[1].Value}."
            : "invalid JSON.";

    [GeneratedRegex(@"Path: (\$[^\s|]*)")]
    private static partial Regex JsonPath();
}
