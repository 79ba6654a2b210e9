namespace LaborRights.Cases;

/// <summary>What the API document says of the extension-request endpoints (<see cref="ExtensionRequests"/>), once per kind of approver.</summary>
public static class ExtensionRequestTexts
{
    public const string LabourRequestDescription =
        "案情复杂的，承办的监察员可申请将办案期限延长一次，延长30个工作日（劳动保障监察条例第17条），须写明理由；" +
        "申请在案件所在市或省级的督查人员批准后才生效，等待批准的申请列在批准人的待办中。须提交所看到的案件 version（已过期返回 409）。" +
        "已延长过、已有申请在等待、期限已届满或办案期限不在计算中的，返回 422。\n\n" +
        "Inspectors handling a complex case may ask once for its investigation period to be extended by 30 working days (Labour Security Supervision Regulations Art. 17), stating why; " +
        "the extension takes effect only when a supervisor of the county's city or of the province approves it, and pending requests are listed in the approver's queue. Send the " +
        "case version you saw (409 when stale). 422 when it was already extended, a request is already pending, the period has ended, or the " +
        "period is not running.";

    public const string LabourDeclineDescription =
        "案件所在市或省级的督查人员对等待批准的延期申请不予批准，须写明理由；办案期限不变，承办人员可再次申请。" +
        "须提交所看到的案件 version（已过期返回 409）。没有等待批准的申请、或调用者不是该案件的批准人的，返回 422。\n\n" +
        "A supervisor of the county's city or of the province declines the pending extension request, stating why; the period stays as it was and the staff may ask again. " +
        "Send the case version you saw (409 when stale). 422 when no request is pending or the caller does not approve this case's extensions.";

    public const string ArbitrationRequestDescription =
        "案情复杂的，承办的仲裁员可申请将审理期限延长一次，延长15日（劳动争议调解仲裁法第43条），须写明理由；" +
        "申请在仲裁委员会主任批准后才生效，等待批准的申请列在批准人的待办中。须提交所看到的案件 version（已过期返回 409）。" +
        "已延长过、已有申请在等待、期限已届满或审理期限不在计算中的，返回 422。\n\n" +
        "Arbitrators handling a complex case may ask once for its award period to be extended by 15 days (Labour Dispute Mediation and Arbitration Law Art. 43), stating why; " +
        "the extension takes effect only when the commission's chair approves it, and pending requests are listed in the approver's queue. Send the " +
        "case version you saw (409 when stale). 422 when it was already extended, a request is already pending, the period has ended, or the " +
        "period is not running.";

    public const string ArbitrationDeclineDescription =
        "仲裁委员会主任对等待批准的延期申请不予批准，须写明理由；审理期限不变，承办人员可再次申请。" +
        "须提交所看到的案件 version（已过期返回 409）。没有等待批准的申请、或调用者不是该案件的批准人的，返回 422。\n\n" +
        "The commission's chair declines the pending extension request, stating why; the period stays as it was and the staff may ask again. " +
        "Send the case version you saw (409 when stale). 422 when no request is pending or the caller does not approve this case's extensions.";
}
