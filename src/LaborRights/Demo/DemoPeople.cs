using LaborRights.Common.Identifiers;
using LaborRights.ReferenceData;

namespace LaborRights.Demo;

/// <summary>Plausible Shandong people and employers for the demo data set, with valid check characters.</summary>
internal sealed class DemoPeople(Random random)
{
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤";

    private static readonly string[] GivenNames =
    [
        "建国", "秀英", "桂英", "志强", "海燕", "俊杰", "丽娟", "国庆", "红梅", "德胜", "玉兰", "春生", "淑芬", "晓东", "文斌",
        "静", "磊", "洋", "勇", "艳", "军", "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "丹", "宁", "婷", "强", "鹏",
        "辉", "伟", "芳", "敏", "浩", "宇", "立新", "树林", "保华", "金凤", "长青", "学军", "爱华", "福生",
    ];

    private static readonly string[] TradeNames =
    [
        "鲁泰", "华昌", "金鼎", "宏达", "恒信", "海川", "泰和", "瑞丰", "东岳", "齐鲁", "润华", "永盛", "鑫源", "远航", "光明",
        "新兴", "利民", "盛世", "天元", "银河", "正泰", "汇通", "嘉禾", "丰源", "中科",
    ];

    private static readonly (string Suffix, bool Construction)[] Industries =
    [
        ("建筑工程有限公司", true), ("建设集团有限公司", true), ("劳务有限公司", true), ("装饰工程有限公司", true),
        ("纺织有限公司", false), ("食品有限公司", false), ("机械制造有限公司", false), ("物流有限公司", false),
        ("餐饮管理有限公司", false), ("电子科技有限公司", false), ("化工有限公司", false), ("服装有限公司", false),
        ("家具有限公司", false), ("物业服务有限公司", false),
    ];

    private const string CodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public string Name() => $"{Surnames[random.Next(Surnames.Length)]}{GivenNames[random.Next(GivenNames.Length)]}";

    public string ResidentId(County county)
    {
        var birth = new DateOnly(1965, 1, 1).AddDays(random.Next(0, 38 * 365));
        var first17 = $"{county.Code}{birth:yyyyMMdd}{random.Next(0, 1000):D3}";
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    public string Phone() => $"1{"35789"[random.Next(5)]}{random.NextInt64(0, 1_000_000_000):D9}";

    public DemoEmployer Employer(County county)
    {
        var (suffix, construction) = Industries[random.Next(Industries.Length)];
        var place = county.CityName.TrimEnd('市');
        var name = $"{place}{TradeNames[random.Next(TradeNames.Length)]}{suffix}";
        return new DemoEmployer(name, CreditCode(county), construction);
    }

    /// <summary>An employer of the kind asked for: construction (建筑、劳务、装饰) or another trade.</summary>
    public DemoEmployer Employer(County county, bool construction)
    {
        var industries = Industries.Where(i => i.Construction == construction).ToArray();
        var (suffix, _) = industries[random.Next(industries.Length)];
        var name = $"{county.CityName.TrimEnd('市')}{TradeNames[random.Next(TradeNames.Length)]}{suffix}";
        return new DemoEmployer(name, CreditCode(county), construction);
    }

    private string CreditCode(County county)
    {
        var org = new string(Enumerable.Range(0, 9).Select(_ => CodeAlphabet[random.Next(CodeAlphabet.Length)]).ToArray());
        var first17 = $"91{county.Code}{org}";
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    public string Project(County county) =>
        $"{county.Name}{TradeNames[random.Next(TradeNames.Length)]}{(random.Next(2) == 0 ? "花园" : "家园")}{random.Next(1, 9)}期{random.Next(1, 30)}号楼工程";
}

internal sealed record DemoEmployer(string Name, string CreditCode, bool Construction);
