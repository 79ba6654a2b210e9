namespace LaborRights.Common;

/// <summary>A link held by a case: the other case and how the two relate (e.g. "opened-from", "opened").</summary>
public sealed record CaseLink(CaseReference Other, string Relation);

/// <summary>How links read for people.</summary>
public static class LinkText
{
    public static string KindZh(CaseKind kind) => kind switch
    {
        CaseKind.WageArrears => "欠薪",
        CaseKind.Discrimination => "就业歧视",
        CaseKind.Arbitration => "劳动争议仲裁",
        _ => "劳动保障监察",
    };

    public static string RelationZh(string relation) => relation switch
    {
        "opened-from" => "由该案件移送立案",
        "opened" => "已据此立案",
        "same-arrears" => "涉及同一欠薪事实",
        _ => relation,
    };
}
