using System.Reflection;
using System.Reflection.Emit;
using System.Security.Cryptography;
using System.Text;
using LaborRights.Tracking;

namespace LaborRights.UnitTests.Tracking;

public class TrackingCredentialsTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    [Fact]
    public void An_access_code_carries_at_least_80_bits_spread_evenly_over_its_alphabet()
    {
        const int count = 4000;
        var codes = Enumerable.Range(0, count).Select(_ => TrackingCredentials.NewAccessCode()).ToList();

        codes.Should().OnlyHaveUniqueItems().And.AllSatisfy(c => c.Should().MatchRegex("^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$"));
        (TrackingCredentials.AccessCodeLength * Math.Log2(Alphabet.Length)).Should().Be(TrackingCredentials.AccessCodeBits)
            .And.BeGreaterThanOrEqualTo(80);

        // Every letter at every position about equally often: a chi-square far below what a biased generator gives
        // (31 degrees of freedom; 70 is beyond the 0.9999 quantile).
        for (var position = 0; position < TrackingCredentials.AccessCodeLength; position++)
        {
            var letters = codes.Select(c => c.Replace("-", "")[position]).ToList();
            var expected = count / (double)Alphabet.Length;
            var chiSquare = Alphabet.Sum(letter => Math.Pow(letters.Count(l => l == letter) - expected, 2) / expected);
            chiSquare.Should().BeLessThan(70, $"position {position}");
        }
    }

    [Fact]
    public void The_stored_hash_is_salted_and_never_contains_the_code()
    {
        var code = TrackingCredentials.NewAccessCode();
        var first = TrackingCredentials.Hash(code);
        var second = TrackingCredentials.Hash(code);

        first.Should().NotBe(second, "each hash has its own salt");
        first.Should().MatchRegex("^s1:[0-9A-F]{32}:[0-9A-F]{64}$");
        first.Should().NotContain(code).And.NotContain(code.Replace("-", ""));
        TrackingCredentials.Matches(code, first).Should().BeTrue();
        TrackingCredentials.Matches(code, second).Should().BeTrue();
    }

    [Fact]
    public void A_code_is_accepted_in_any_case_with_or_without_dashes_and_nothing_else_is()
    {
        var code = TrackingCredentials.NewAccessCode();
        var hash = TrackingCredentials.Hash(code);

        TrackingCredentials.Matches(code.ToLowerInvariant(), hash).Should().BeTrue();
        TrackingCredentials.Matches(" " + code.Replace("-", " ") + " ", hash).Should().BeTrue();
        TrackingCredentials.Matches(TrackingCredentials.NewAccessCode(), hash).Should().BeFalse();
        TrackingCredentials.Matches(code[..^1] + (code[^1] == '0' ? '1' : '0'), hash).Should().BeFalse();
        TrackingCredentials.Matches("", hash).Should().BeFalse();
        TrackingCredentials.Matches(null, hash).Should().BeFalse();
        TrackingCredentials.Matches(code + new string('-', 60), hash).Should().BeFalse("over-long input is refused before hashing");
        TrackingCredentials.Matches(code, null).Should().BeFalse("an unknown tracking number has no hash");
        TrackingCredentials.Matches(code, "s1:zz:zz").Should().BeFalse();
        TrackingCredentials.Matches("-", null).Should().BeFalse("the dummy compared for an unknown number never matches");
    }

    [Fact]
    public void Hashes_recorded_before_salting_still_open_their_case()
    {
        var code = TrackingCredentials.NewAccessCode();
        var legacy = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code.Replace("-", ""))));

        TrackingCredentials.Matches(code, legacy).Should().BeTrue();
        TrackingCredentials.Matches(TrackingCredentials.NewAccessCode(), legacy).Should().BeFalse();
    }

    [Fact]
    public void The_comparison_is_constant_time()
    {
        var calls = CalledMethods(typeof(TrackingCredentials).GetMethod(nameof(TrackingCredentials.Matches))!);

        calls.Should().Contain(m => m.DeclaringType == typeof(CryptographicOperations) && m.Name == nameof(CryptographicOperations.FixedTimeEquals));
        calls.Should().NotContain(m => m.Name == "op_Equality" || m.Name == "Equals" || m.Name == "SequenceEqual",
            "an early-exit comparison would leak how much of a guess was right");
    }

    /// <summary>The methods a method calls, read from its IL (call and callvirt with a method token).</summary>
    private static List<MethodBase> CalledMethods(MethodInfo method)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray()!;
        var oneByte = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!)
            .Where(o => o.Size == 1).ToDictionary(o => o.Value & 0xff);
        var twoByte = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!)
            .Where(o => o.Size == 2).ToDictionary(o => o.Value & 0xff);
        var calls = new List<MethodBase>();
        for (var i = 0; i < il.Length;)
        {
            var opcode = il[i] == 0xFE ? twoByte[il[++i]] : oneByte[il[i]];
            i++;
            if (opcode == OpCodes.Call || opcode == OpCodes.Callvirt)
                calls.Add(method.Module.ResolveMethod(BitConverter.ToInt32(il, i))!);
            i += opcode.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, i),
                _ => 4,
            };
        }
        return calls;
    }
}
