namespace LaborRights.StaffQueue;

/// <summary>
/// One open or closed case of any kind in the unified staff queue (统一待办): what it is, where, who has it, and
/// the next statutory deadline. Overdue flags come from "deadline passed" events, never from a clock.
/// </summary>
public sealed class StaffQueueItem : LaborRights.Security.ILocatedRow
{
    public Guid Id { get; set; }
    public CaseKind Kind { get; set; }
    public string Reference { get; set; } = "";
    public string Status { get; set; } = "";
    public string StatusZh { get; set; } = "";
    public bool IsOpen { get; set; } = true;
    public string CountyCode { get; set; } = "";
    public string CityCode { get; set; } = "";
    public string EmployerName { get; set; } = "";
    public string EmployerCreditCode { get; set; } = "";
    public List<string> Assignees { get; set; } = [];
    public DateOnly ReceivedOn { get; set; }
    public DateOnly? NextDueOn { get; set; }
    public bool IsOverdue { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>Overdue steps still pending, e.g. "acceptance", "payment"; the case is overdue while any remains.</summary>
    public List<string> OverdueSteps { get; set; } = [];

    public void MarkOverdue(string step)
    {
        if (!OverdueSteps.Contains(step)) OverdueSteps.Add(step);
        IsOverdue = true;
    }

    public void ClearOverdue(string step)
    {
        OverdueSteps.Remove(step);
        IsOverdue = OverdueSteps.Count > 0;
    }

    /// <summary>Where the case stood before it was closed, so that reopening restores it.</summary>
    public string? StatusBeforeClosure { get; set; }
    public string? StatusZhBeforeClosure { get; set; }
    public DateOnly? DueBeforeClosure { get; set; }

    /// <summary>Closing ends every pending step: nothing of a closed case is overdue.</summary>
    public void Close()
    {
        StatusBeforeClosure = Status;
        StatusZhBeforeClosure = StatusZh;
        DueBeforeClosure = NextDueOn;
        NextDueOn = null;
        OverdueSteps.Clear();
        IsOverdue = false;
        IsOpen = false;
    }

    public void Reopen()
    {
        Status = StatusBeforeClosure ?? Status;
        StatusZh = StatusZhBeforeClosure ?? StatusZh;
        NextDueOn = DueBeforeClosure;
        IsOpen = true;
    }

    /// <summary>Shandong division codes: a county's city is its first four digits followed by 00.</summary>
    public static string CityOf(string countyCode) => countyCode.Length == 6 ? countyCode[..4] + "00" : "";
}
