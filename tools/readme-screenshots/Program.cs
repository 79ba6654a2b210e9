// The workbench screenshots in the README, taken from the running application with its demo data:
//   dotnet run --project src/LaborRights &            (demo data, http://localhost:5080)
//   dotnet run --project tools/readme-screenshots [base address]
// Writes docs/images/staff-queue.png, staff-case.png and staff-dashboard.png (Chromium from LABORRIGHTS_CHROMIUM or /usr/bin/chromium).
using Microsoft.Playwright;

var baseAddress = args.Length > 0 ? args[0] : "http://localhost:5080/";
var images = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "docs", "images"));
const string Password = "Demo-2026-laodong";

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = Environment.GetEnvironmentVariable("LABORRIGHTS_CHROMIUM") ?? "/usr/bin/chromium",
    Headless = true,
    Args = ["--disable-gpu"],
});

async Task<IPage> SignInAsync(string userName)
{
    var context = await browser.NewContextAsync(new() { BaseURL = baseAddress, ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "zh-CN" });
    var page = await context.NewPageAsync();
    await page.GotoAsync("/account/login");
    await page.GetByLabel("用户名").FillAsync(userName);
    await page.GetByLabel("密码").FillAsync(Password);
    await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    await page.WaitForURLAsync("**/staff/**");
    return page;
}

var inspector = await SignInAsync("inspector.lixia");
await inspector.GotoAsync("/staff/queue");
await inspector.ScreenshotAsync(new() { Path = Path.Combine(images, "staff-queue.png") });
await inspector.Locator("a.queue__reference").First.ClickAsync();
await inspector.ScreenshotAsync(new() { Path = Path.Combine(images, "staff-case.png"), FullPage = true });

var supervisor = await SignInAsync("supervisor.jinan");
await supervisor.GotoAsync("/staff/benchmark");
await supervisor.ScreenshotAsync(new() { Path = Path.Combine(images, "staff-dashboard.png") });
Console.WriteLine($"Screenshots written to {images}");
