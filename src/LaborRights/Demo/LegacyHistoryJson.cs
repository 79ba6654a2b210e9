using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LaborRights.LegacyImport;

namespace LaborRights.Demo;

/// <summary>One case as one line of the legacy import format v1, fields in the order of the format's example, Chinese unescaped.</summary>
public static class LegacyHistoryJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Line(LegacyCase c)
    {
        var buffer = new ArrayBufferWriter<byte>(768);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("legacyId", c.LegacyId);
            w.WriteString("kind", "wage-arrears");
            w.WriteString("countyCode", c.CountyCode);
            if (c.ParkCode is null) w.WriteNull("parkCode"); else w.WriteString("parkCode", c.ParkCode);
            w.WriteStartObject("employer");
            w.WriteString("name", c.Employer.Name);
            w.WriteString("creditCode", c.Employer.CreditCode);
            w.WriteEndObject();
            w.WriteStartObject("complainant");
            w.WriteString("name", c.Complainant.Name);
            StringOrNull(w, "idNumber", c.Complainant.IdNumber);
            StringOrNull(w, "phone", c.Complainant.Phone);
            w.WriteEndObject();
            w.WriteNumber("workersAffected", c.WorkersAffected);
            w.WriteNumber("amountClaimed", c.AmountClaimed);
            if (c.AmountConfirmed is { } confirmed) w.WriteNumber("amountConfirmed", confirmed); else w.WriteNull("amountConfirmed");
            w.WriteString("receivedOn", Date(c.ReceivedOn));
            if (c.Decision is { } d)
            {
                w.WriteStartObject("decision");
                w.WriteString("kind", d.Kind == LegacyDecisionKind.Accepted ? "accepted" : "rejected");
                w.WriteString("on", Date(d.On));
                if (d.Reason is not null) w.WriteString("reason", d.Reason);
                w.WriteEndObject();
            }
            else w.WriteNull("decision");
            DateOrNull(w, "extendedOn", c.ExtendedOn);
            w.WriteStartArray("recoveries");
            foreach (var r in c.Recoveries)
            {
                w.WriteStartObject();
                w.WriteString("on", Date(r.On));
                w.WriteNumber("amount", r.Amount);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            DateOrNull(w, "transferredToPoliceOn", c.TransferredToPoliceOn);
            DateOrNull(w, "closedOn", c.ClosedOn);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void StringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }

    private static void DateOrNull(Utf8JsonWriter w, string name, DateOnly? value)
    {
        if (value is { } day) w.WriteString(name, Date(day)); else w.WriteNull(name);
    }
}
