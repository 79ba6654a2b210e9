using System.Globalization;
using System.Text;
using LaborRights.Benchmark.Scoring;

namespace LaborRights.Benchmark.Ranking;

/// <summary>A ranking as CSV: one row per unit, Chinese headers first (the reader is a person with Excel).</summary>
public static class BenchmarkCsv
{
    private static readonly (string Key, string Zh)[] Indicators =
    [
        ("acceptanceTimeliness", "受理及时率"), ("closureRate", "结案率"), ("onTimeClosure", "按期办结率"),
        ("recoveryRate", "追欠到位率"), ("massArrearsControl", "群体性欠薪控制"), ("repeatOffenderControl", "重复欠薪控制"),
    ];

    private static readonly Dictionary<BenchmarkRating, string> RatingZh = new()
    {
        [BenchmarkRating.Benchmark] = "标杆", [BenchmarkRating.Green] = "绿灯", [BenchmarkRating.Yellow] = "黄灯",
        [BenchmarkRating.Red] = "红灯", [BenchmarkRating.Insufficient] = "样本不足",
    };

    public static string Write(BenchmarkRanking ranking)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', new[] { "排名", "代码", "名称", "地市代码", "案件数", "得分", "亮灯", "一票否决" }
            .Concat(Indicators.Select(i => i.Zh))));
        foreach (var u in ranking.Units)
        {
            var cells = new[]
            {
                u.Rank?.ToString(CultureInfo.InvariantCulture) ?? "", u.Code, Quote(u.Name), u.CityCode, u.Cases.ToString(CultureInfo.InvariantCulture),
                Number(u.Score), RatingZh[u.Rating], u.Vetoed ? "是" : "否",
            }.Concat(Indicators.Select(i => Number(u.Indicators.GetValueOrDefault(i.Key))));
            csv.AppendLine(string.Join(',', cells));
        }
        return csv.ToString();
    }

    private static string Number(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";

    private static string Quote(string text) => text.Contains(',') || text.Contains('"') ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
}
