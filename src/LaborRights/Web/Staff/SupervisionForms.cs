using LaborRights.Supervision;

namespace LaborRights.Web.Staff;

/// <summary>The forms of priority supervision in the workbench; field names are the API commands' properties.</summary>
public static class SupervisionForms
{
    public static readonly CaseActionForm Open = new("open-supervision", "Supervision.New.Title", "Supervision.New.Hint",
    [
        new("completeBy", "Supervision.CompleteBy", ActionFieldKind.Date, "Supervision.New.CompleteBy.Hint"),
        new("instructions", "Supervision.Instructions", ActionFieldKind.LongText, MaxLength: SupervisionRules.MaxTextLength),
    ]);

    public static readonly CaseActionForm Report = new("report", "Supervision.Report", "Supervision.Report.Hint",
    [
        new("report", "Supervision.Report.Text", ActionFieldKind.LongText, MaxLength: SupervisionRules.MaxTextLength),
        new("completed", "Supervision.Report.Completed", ActionFieldKind.YesNo),
    ]);

    public static readonly CaseActionForm Conclude = new("conclude", "Supervision.Conclude", "Supervision.Conclude.Hint",
    [
        new("note", "Supervision.Conclude.Note", ActionFieldKind.LongText, MaxLength: SupervisionRules.MaxTextLength),
    ]);

    public static readonly CaseActionForm Return = new("return", "Supervision.Return", "Supervision.Return.Hint",
    [
        new("reason", "Supervision.Return.Reason", ActionFieldKind.LongText, MaxLength: SupervisionRules.MaxTextLength),
    ], Warning: true);
}
