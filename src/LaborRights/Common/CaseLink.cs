namespace LaborRights.Common;

/// <summary>
/// A link as a case holds it: the other case and the relation as its event recorded it. Relations recorded before
/// the vocabulary was fixed (e.g. "same-arrears") read as their <see cref="LinkRelation"/> (ADR 0019).
/// </summary>
public sealed record CaseLink(CaseReference Other, string Relation)
{
    public LinkedCase ToAnswer() => LinkedCase.Of(Other, LinkRelations.Parse(Relation));
}

/// <summary>How a case relates to another (联动), the one vocabulary of every answer.</summary>
public enum LinkRelation
{
    /// <summary>This case's decision or finding opened the other (据此立案).</summary>
    Opened,

    /// <summary>This case was opened because of the other (由该案件移送立案).</summary>
    OpenedFrom,

    /// <summary>Neither opened the other: both concern the same facts (涉及同一事实).</summary>
    SameMatter,
}

/// <summary>A linked case in an answer: which case, how it relates, and the relation's Chinese name.</summary>
public sealed record LinkedCase(CaseKind Kind, Guid Id, LinkRelation Relation, string RelationZh)
{
    public static LinkedCase Of(CaseReference other, LinkRelation relation) =>
        new(other.Kind, other.Id, relation, LinkRelations.Chinese(relation));
}

public static class LinkRelations
{
    /// <summary>The name recorded in link events.</summary>
    public static string Name(LinkRelation relation) => relation switch
    {
        LinkRelation.Opened => "opened",
        LinkRelation.OpenedFrom => "opened-from",
        _ => "same-matter",
    };

    /// <summary>A recorded name; anything but "opened" and "opened-from" (e.g. the earlier "same-arrears") is the same matter.</summary>
    public static LinkRelation Parse(string recorded) => recorded switch
    {
        "opened" => LinkRelation.Opened,
        "opened-from" => LinkRelation.OpenedFrom,
        _ => LinkRelation.SameMatter,
    };

    /// <summary>The relation as the other case sees it.</summary>
    public static LinkRelation Mirror(LinkRelation relation) => relation switch
    {
        LinkRelation.Opened => LinkRelation.OpenedFrom,
        LinkRelation.OpenedFrom => LinkRelation.Opened,
        _ => LinkRelation.SameMatter,
    };

    public static string Chinese(LinkRelation relation) => relation switch
    {
        LinkRelation.Opened => "已据此立案",
        LinkRelation.OpenedFrom => "由该案件移送立案",
        _ => "涉及同一事实",
    };
}

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

    /// <summary>The history line of a link event, the same in every kind.</summary>
    public static HistoryText Linked(CaseReference other, string recordedRelation)
    {
        var relation = LinkRelations.Parse(recordedRelation);
        return new($"关联{KindZh(other.Kind)}案件 {other.Id}（{LinkRelations.Chinese(relation)}）",
            $"Linked to {other.Kind} case {other.Id} ({relation})");
    }
}
