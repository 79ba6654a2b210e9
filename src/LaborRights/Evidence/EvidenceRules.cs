namespace LaborRights.Evidence;

/// <summary>What a filing's <c>evidenceFiles</c> list may hold, checked with the rest of the form (no database).</summary>
public static class EvidenceRules
{
    /// <summary>Files one filing may bring: enough for pay slips, a contract, attendance and chat screenshots.</summary>
    public const int MaxFilesPerFiling = 8;

    public const string Field = "evidenceFiles";

    public static FieldErrors Validate(FieldErrors errors, IReadOnlyList<Guid>? ids, string prefix = "")
    {
        if (ids is null) return errors;
        if (ids.Count > MaxFilesPerFiling)
            errors.Add(prefix + Field, $"每次最多附加{MaxFilesPerFiling}个证据文件", $"At most {MaxFilesPerFiling} evidence files per filing");
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == Guid.Empty)
                errors.Add($"{prefix}{Field}[{i}]", "证据文件编号无效", "Not an evidence file id");
            else if (ids.Take(i).Contains(ids[i]))
                errors.Add($"{prefix}{Field}[{i}]", "同一个证据文件只需附加一次", "The same evidence file is listed twice");
        }
        return errors;
    }

    /// <summary>A filing typed in by staff brings no uploaded files (the upload is the filer's own, like the online channel).</summary>
    public static FieldErrors NotFromStaff(FieldErrors errors, IReadOnlyList<Guid>? ids, string prefix)
    {
        if (ids is { Count: > 0 })
            errors.Add(prefix + Field, "工作人员录入的投诉或申请不能附加网上上传的证据文件", "A filing recorded by staff cannot bring files uploaded online");
        return errors;
    }
}
