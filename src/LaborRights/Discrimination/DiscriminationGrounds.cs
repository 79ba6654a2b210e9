namespace LaborRights.Discrimination;

/// <summary>Which grounds the law names, and what people read for each ground and stage.</summary>
public static class DiscriminationGrounds
{
    /// <summary>
    /// Age, height, region and "other" are not named by 就业促进法 or 妇女权益保障法 (domain facts: unconfirmed).
    /// They are recorded because people complain about them, and flagged so nobody mistakes them for statutory ones.
    /// </summary>
    public static bool IsStatutory(DiscriminationGround ground) => ground is not
        (DiscriminationGround.Age or DiscriminationGround.Height or DiscriminationGround.Region or DiscriminationGround.Other);

    public static IReadOnlyList<DiscriminationGround> NonStatutory(IEnumerable<DiscriminationGround> grounds) =>
        grounds.Where(g => !IsStatutory(g)).ToList();

    public static string Zh(DiscriminationGround ground) => ground switch
    {
        DiscriminationGround.Sex => "性别",
        DiscriminationGround.PregnancyMarriageChildbearing => "婚育状况",
        DiscriminationGround.Ethnicity => "民族",
        DiscriminationGround.Race => "种族",
        DiscriminationGround.Religion => "宗教信仰",
        DiscriminationGround.Disability => "残疾",
        DiscriminationGround.InfectiousDiseaseCarrier => "传染病病原携带",
        DiscriminationGround.RuralOrigin => "农村户籍",
        DiscriminationGround.Age => "年龄（非法定事由）",
        DiscriminationGround.Height => "身高（非法定事由）",
        DiscriminationGround.Region => "地域（非法定事由）",
        _ => "其他（非法定事由）",
    };

    public static string Zh(DiscriminationStage stage) => stage switch
    {
        DiscriminationStage.RecruitmentAd => "招聘广告",
        DiscriminationStage.Hiring => "录用",
        DiscriminationStage.Pay => "薪酬",
        DiscriminationStage.Promotion => "晋升",
        _ => "解雇",
    };

    public static string Zh(IEnumerable<DiscriminationGround> grounds) => string.Join("、", grounds.Select(Zh));
}
