using System.Text.Encodings.Web;

namespace LaborRights.Security.SignIn;

/// <summary>
/// The sign-in page of the web UI: plain server-rendered HTML in Chinese, readable on a phone, with no script and no
/// inline style (the stylesheet is a separate response) so a strict Content-Security-Policy can apply.
/// </summary>
public static class LoginPage
{
    public const string Stylesheet = """
        body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f4f6f8;color:#1f2933}
        main{max-width:24rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:.5rem;box-shadow:0 1px 3px rgba(0,0,0,.12)}
        h1{font-size:1.3rem;margin:0 0 1rem}label{display:block;margin:.8rem 0 .3rem}
        input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:.7rem;font-size:1rem;border:1px solid #9aa5b1;border-radius:.3rem}
        button,.external{display:block;width:100%;box-sizing:border-box;margin-top:1.2rem;padding:.8rem;font-size:1rem;border:0;border-radius:.3rem;background:#0b5cad;color:#fff;text-align:center;text-decoration:none}
        .external{background:#3e4c59}.error{color:#b42318;background:#fef3f2;padding:.6rem;border-radius:.3rem}small{color:#616e7c}
        """;

    // Chinese text stays readable in the page source; markup characters are still escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string Form(
        string antiforgeryField, string antiforgeryToken, string returnUrl, string? error, string? externalProvider, int maxFailedAttempts,
        string? userName = null)
    {
        var e = Encoder;
        var errorBlock = error is null ? "" : $"""<p class="error" role="alert">{e.Encode(error)}</p>""";
        var external = externalProvider is null ? "" : $"""
            <a class="external" href="/account/login/external?returnUrl={e.Encode(Uri.EscapeDataString(returnUrl))}">使用{e.Encode(externalProvider)}登录</a>
            """;
        return Page("工作人员登录", $"""
            <h1>劳动权益案件管理 · 工作人员登录</h1>
            {errorBlock}
            <form method="post" action="/account/login">
              <input type="hidden" name="{e.Encode(antiforgeryField)}" value="{e.Encode(antiforgeryToken)}">
              <input type="hidden" name="returnUrl" value="{e.Encode(returnUrl)}">
              <label for="userName">用户名</label>
              <input type="text" id="userName" name="userName" value="{e.Encode(userName ?? "")}" autocomplete="username" autocapitalize="none" required maxlength="64">
              <label for="password">密码</label>
              <input type="password" id="password" name="password" autocomplete="current-password" required maxlength="128">
              <button type="submit">登录</button>
            </form>
            {external}
            <p><small>连续输错密码{maxFailedAttempts}次后账号将被暂时锁定。忘记密码请联系系统管理员。</small></p>
            """);
    }

    public static string SignedIn(string displayName, string antiforgeryField, string antiforgeryToken)
    {
        var e = Encoder;
        return Page("已登录", $"""
            <h1>已登录：{e.Encode(displayName)}</h1>
            <form method="post" action="/account/logout">
              <input type="hidden" name="{e.Encode(antiforgeryField)}" value="{e.Encode(antiforgeryToken)}">
              <button type="submit">退出登录</button>
            </form>
            """);
    }

    private static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title} · 劳动权益案件管理</title>
        <link rel="stylesheet" href="/account/site.css">
        </head>
        <body><main>
        {body}
        </main></body>
        </html>
        """;
}
