namespace LaborRights.Inspections;

internal static class InspectionRefusals
{
    public static Refusal RectificationPending(DateOnly rectifyBy, string actionZh, string actionEn) => new("rectification-pending",
        $"责令改正（期限{rectifyBy:yyyy-MM-dd}）尚待复查，不能{actionZh}。",
        $"A rectification order (due {rectifyBy:yyyy-MM-dd}) awaits its follow-up check; the case cannot {actionEn}.");
}
