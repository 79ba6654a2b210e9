using Microsoft.AspNetCore.Http;

namespace LaborRights.Hosting;

/// <summary>Gives the framework's own 400s (unreadable JSON) the same bilingual shape as ours.</summary>
public static class ProblemCustomization
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status == StatusCodes.Status400BadRequest && problem.Title == "Invalid JSON format")
        {
            var malformed = Problems.Malformed(problem.Detail ?? "invalid JSON");
            problem.Type = malformed.Type;
            problem.Title = malformed.Title;
            problem.Detail = malformed.Detail;
        }
        // Framework-generated problems carry no internal details outside Development.
        problem.Extensions.Remove("exception");
    }
}
