using System.Collections.Concurrent;
using System.Reflection;

namespace LaborRights.Cases;

/// <summary>What a status is called for people, in Chinese and English; written on the status enum's own members.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class StatusNameAttribute(string chinese, string english) : Attribute
{
    public string Chinese { get; } = chinese;

    /// <summary>As it reads after "The case is …".</summary>
    public string English { get; } = english;
}

public static class StatusNames
{
    private static readonly ConcurrentDictionary<Enum, StatusNameAttribute> Names = new();

    public static string Chinese(Enum status) => Of(status).Chinese;

    public static string English(Enum status) => Of(status).English;

    private static StatusNameAttribute Of(Enum status) => Names.GetOrAdd(status, s =>
        s.GetType().GetField(s.ToString())?.GetCustomAttribute<StatusNameAttribute>()
        ?? throw new InvalidOperationException($"{s.GetType().Name}.{s} has no [StatusName]."));
}
