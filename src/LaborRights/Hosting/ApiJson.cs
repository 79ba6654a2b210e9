using System.Text.Json;
using System.Text.Json.Serialization;

namespace LaborRights.Hosting;

/// <summary>
/// One format for every answer of the API (ADR 0019): enums as their stable English names, instants in ISO 8601 with
/// the Shanghai offset (<c>2026-12-06T10:30:00+08:00</c>: the time people of the province read), dates as
/// <c>yyyy-MM-dd</c>, money with two decimal places (<c>48000.00</c>). Requests may send instants with any offset.
/// </summary>
public static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.Converters.Add(new ShanghaiInstantConverter());
        options.Converters.Add(new TwoPlacesDecimalConverter());
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
        // A number is a JSON number, not a string of digits (the web defaults accept both): one type in the document.
        options.NumberHandling = JsonNumberHandling.Strict;
    }

    private sealed class ShanghaiInstantConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value)
                ? value
                : throw new JsonException("An instant is an ISO 8601 string with an offset.");

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToOffset(ShanghaiTime.Offset));
    }

    /// <summary>At least two decimal places (yuan, jiao, fen); a value with more keeps them (a rate such as 0.125).</summary>
    private sealed class TwoPlacesDecimalConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value)
                ? value
                : throw new JsonException("A number is expected.");

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value + 0.00m);
    }
}
