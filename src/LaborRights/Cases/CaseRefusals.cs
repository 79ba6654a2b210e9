namespace LaborRights.Cases;

/// <summary>Refusals every kind of case gives in the same words.</summary>
public static class CaseRefusals
{
    public static Refusal NotAllowedIn(Enum status, string actionZh, string actionEn) => new(
        "not-allowed-in-status",
        $"案件当前状态为“{StatusNames.Chinese(status)}”，不能{actionZh}。",
        $"The case is {StatusNames.English(status)}; it cannot {actionEn}.");

    /// <summary>
    /// An open case with at least two inspectors on it (劳动保障监察条例 第16条: inspections are carried out by two
    /// or more inspectors), or the refusal to give.
    /// </summary>
    public static Refusal? RequireTwoInspectors(bool isOpen, Enum status, int inspectors, string actionZh, string actionEn)
    {
        if (!isOpen) return NotAllowedIn(status, actionZh, actionEn);
        return inspectors < 2
            ? new Refusal("inspectors-required",
                $"须先指派至少两名监察员，才能{actionZh}。",
                $"Assign at least two inspectors before the case can {actionEn}.")
            : null;
    }
}
