using Microsoft.AspNetCore.Mvc;

namespace LaborRights.Hosting;

/// <summary>One status for every lost optimistic-concurrency race: 409 with the same bilingual body.</summary>
public static class ConcurrencyProblems
{
    public static ProblemDetails From(Exception exception) => Problems.Conflict();
}
