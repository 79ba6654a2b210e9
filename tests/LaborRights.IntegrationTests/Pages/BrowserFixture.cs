using LaborRights.CaseIndex;
using LaborRights.CreditSanctions;
using System.Diagnostics;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Api.Contract;
using LaborRights.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace LaborRights.IntegrationTests.Pages;

/// <summary>
/// The application on a real socket (a browser needs one; the API tests' TestServer has none), on its own schema of
/// the test database, and Debian's Chromium driven by Playwright (installed by .ci/run: chromium, fonts-noto-cjk).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private Process _application = null!;
    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The application's database and schema, for a test that checks what it stored.</summary>
    public string ConnectionString { get; private set; } = "";
    public string Schema { get; } = "browser_" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Where the journeys leave their screenshots (git-ignored); the README's come from here.</summary>
    public static string ScreenshotDirectory { get; } =
        Path.Combine(ApiDocumentFile.RepositoryRoot, "tests", "LaborRights.IntegrationTests", "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.AcquireAsync();
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        ConnectionString = database.ConnectionString;
        _application = StartApplication(database.ConnectionString, BaseAddress, Schema);
        await WaitUntilLiveAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("LABORRIGHTS_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--disable-gpu", "--disable-quic"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>
    /// The application's own build (as deployed: its own process, no test sign-in, Testing settings) on a schema of
    /// its own. A process rather than an in-process host: a browser needs a real socket, and this is the app as it runs.
    /// </summary>
    private static Process StartApplication(string connectionString, Uri address, string schema)
    {
        var root = ApiDocumentFile.RepositoryRoot;
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(root, "src", "LaborRights", "bin", configuration, "net10.0", "LaborRights.dll"), "--urls", address.ToString() },
            WorkingDirectory = Path.Combine(root, "src", "LaborRights"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Testing",
                [$"ConnectionStrings__{DatabaseStartup.ConnectionStringName}"] = connectionString,
                ["Database__Schema"] = schema,
                ["Privacy__RetentionSweepEnabled"] = "false",
            },
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static readonly List<string> Output = [];

    private static void Log(string? line)
    {
        if (line is null) return;
        lock (Output) Output.Add(line);
    }

    private async Task WaitUntilLiveAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_application.HasExited) break;
            try
            {
                if ((await http.GetAsync("/health/live")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        string output;
        lock (Output) output = string.Join("\n", Output.TakeLast(40));
        throw new InvalidOperationException($"The application did not start on {BaseAddress}:\n{output}");
    }

    /// <summary>Lists units in the application's employer directory (as an administrator's load of the registry would).</summary>
    public async Task LoadDirectoryAsync(params LaborRights.Employers.Directory.RegisteredUnit[] units)
    {
        using var store = Store();
        await new LaborRights.Employers.Directory.EmployerDirectory(store).LoadAsync(units, DateTimeOffset.UtcNow, CancellationToken.None);
    }

    public const string StaffPassword = "Browser-Test-2026";

    /// <summary>A staff account with one role and one division, password <see cref="StaffPassword"/> (as an administrator would create it).</summary>
    public async Task CreateStaffAsync(string userName, string displayName, string role, string division)
    {
        using var store = Store();
        var account = new LaborRights.Security.Accounts.StaffAccount
        {
            Id = LaborRights.Security.Accounts.StaffAccount.IdFor(userName), UserName = userName, DisplayName = displayName,
            Roles = [role], Divisions = [division], CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "browser-tests",
        };
        account.PasswordHash = new Microsoft.AspNetCore.Identity.PasswordHasher<LaborRights.Security.Accounts.StaffAccount>().HashPassword(account, StaffPassword);
        (await new LaborRights.Security.Accounts.StaffAccounts(store).TryCreateAsync(account, CancellationToken.None)).Should().BeTrue();
    }

    /// <summary>A worker's complaint through the public API, as any client would send it.</summary>
    public Task<LaborRights.WageArrears.Filing.ComplaintFiled> FileComplaintAsync(LaborRights.WageArrears.Filing.ComplaintForm form) =>
        PostFilingAsync<LaborRights.WageArrears.Filing.ComplaintFiled>("/api/complaints/wage-arrears", form);

    /// <summary>A worker's application for arbitration through the public API.</summary>
    public Task<LaborRights.Arbitration.Filing.ArbitrationApplicationFiled> ApplyForArbitrationAsync(LaborRights.Arbitration.Filing.ArbitrationApplicationForm form) =>
        PostFilingAsync<LaborRights.Arbitration.Filing.ArbitrationApplicationFiled>("/api/applications/arbitration", form);

    /// <summary>A discrimination complaint or report through the public API.</summary>
    public Task<LaborRights.Discrimination.Filing.DiscriminationComplaintFiled> FileDiscriminationAsync(LaborRights.Discrimination.Filing.DiscriminationForm form) =>
        PostFilingAsync<LaborRights.Discrimination.Filing.DiscriminationComplaintFiled>("/api/complaints/discrimination", form);

    /// <summary>A report (举报) through the public API, as anyone would send it.</summary>
    public Task<LaborRights.Leads.ReportReceived> ReportAsync(LaborRights.Leads.ReportForm form) =>
        PostFilingAsync<LaborRights.Leads.ReportReceived>("/api/reports", form);

    private async Task<TFiled> PostFilingAsync<TFiled>(string path, object form)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var json = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web);
        json.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        var response = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(http, path, form, json);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<TFiled>(response.Content))!;
    }

    /// <summary>
    /// Stands in for the passage of the hearing notice period (劳动争议调解仲裁法 第35条: 5 days), which a browser test
    /// cannot wait for in an application running on the real clock: the case's hearing is re-scheduled to today, as if
    /// it had been notified <paramref name="noticeDays"/> days ago. Set-up only; every step in the test itself goes
    /// through the pages.
    /// </summary>
    public async Task MoveHearingToTodayAsync(Guid caseId, string place, int noticeDays = 7)
    {
        using var store = Store();
        await using var session = store.LightweightSession();
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        session.Events.Append(caseId, new LaborRights.Arbitration.HearingScheduled(caseId, today, place, today.AddDays(-noticeDays), "browser-tests", now));
        await session.SaveChangesAsync();
    }

    /// <summary>
    /// Stands in for an investigation that took weeks (accepted, inspectors named, arrears confirmed, the employer
    /// ordered to pay by <paramref name="payBy"/>), as those commands leave the case; its filing number.
    /// </summary>
    public async Task<string> OrderPaymentAsync(Guid caseId, string countyName, decimal amount, int workers, DateOnly payBy)
    {
        using var store = Store(o => o.ConfigureCaseIndex());
        await using var session = store.LightweightSession();
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var caseNumber = $"{countyName}劳监立〔{today.Year}〕{Random.Shared.Next(90000, 99999)}号";
        session.Events.Append(caseId,
            new LaborRights.WageArrears.ComplaintAccepted(caseId, caseNumber, today.AddDays(-20), today.AddDays(60), false, "browser-tests", now.AddDays(-20)),
            new LaborRights.WageArrears.InspectorsAssigned(caseId, ["张伟", "李娜"], "browser-tests", now.AddDays(-19)),
            new LaborRights.WageArrears.ArrearsConfirmed(caseId, amount, workers, "browser-tests", now.AddDays(-5)),
            new LaborRights.WageArrears.PaymentOrdered(caseId, amount, payBy, "browser-tests", now.AddDays(-1)));
        await session.SaveChangesAsync();
        return caseNumber;
    }

    /// <summary>
    /// Stands in for five working days passing without a decision on a complaint (the deadline message a running
    /// application appends at the end of the due day): the "deadline passed" event, as the application records it.
    /// </summary>
    public async Task RecordAcceptanceDeadlinePassedAsync(Guid caseId, DateOnly dueOn)
    {
        // With the case index's inline projection, as the application appends (the queue and tracking read the index).
        using var store = Store(o => o.ConfigureCaseIndex());
        await using var session = store.LightweightSession();
        // Recorded when the deadline message fires: the first moment after the due day (the app's own clock cannot be
        // moved from here, so the case's history reads as it would).
        var passedAt = new DateTimeOffset(dueOn.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        session.Events.Append(caseId, new LaborRights.WageArrears.AcceptanceDeadlinePassed(caseId, dueOn, passedAt));
        await session.SaveChangesAsync();
    }

    /// <summary>A listing proposed by the county's inspector (the criteria are tested with the procedure's own tests); its id.</summary>
    public async Task<Guid> ProposeListingAsync(string name, string creditCode, string county, string proposedBy)
    {
        using var store = Store(o => o.ConfigureCreditSanctions());
        await using var session = store.LightweightSession();
        var id = Guid.NewGuid();
        session.Events.StartStream<CreditListing>(id, new ListingProposed(id, creditCode, name, county, ListingGround.CriminalThreshold,
            "责令限期支付后逾期仍拖欠4名农民工工资40000元。", 40_000m, 4, [], proposedBy, DateTimeOffset.UtcNow.AddDays(-1)));
        await session.SaveChangesAsync();
        return id;
    }

    /// <summary>
    /// Stands in for a listing procedure that took weeks (proposal, notice, the period to state a case, the decision):
    /// the employer on the credit-sanctions list from today, as the procedure's events leave it.
    /// </summary>
    public async Task ListEmployerAsync(string name, string creditCode, string county)
    {
        using var store = Store(o => o.ConfigureCreditSanctions());
        await using var session = store.LightweightSession();
        var id = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        session.Events.StartStream<LaborRights.CreditSanctions.CreditListing>(id,
            new LaborRights.CreditSanctions.ListingProposed(id, creditCode, name, county, LaborRights.CreditSanctions.ListingGround.CriminalThreshold,
                "逾期未支付", 40_000m, 4, [], "browser-tests", now.AddDays(-20)),
            new LaborRights.CreditSanctions.ListingNoticeServed(id, today.AddDays(-19), today.AddDays(-12), "browser-tests", now.AddDays(-19)),
            new LaborRights.CreditSanctions.EmployerListed(id, today, today.AddYears(3).AddDays(-1), "列入", "browser-tests.approver", now));
        await session.SaveChangesAsync();
    }

    /// <summary>An evidence file uploaded as a worker's phone would (<c>POST /api/evidence</c>); its id.</summary>
    public async Task<Guid> UploadEvidenceAsync(byte[] content, string fileName)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        var response = await http.PostAsync("/api/evidence", form);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<LaborRights.Evidence.EvidenceUploaded>(response.Content))!.Id;
    }

    /// <summary>The report with this reference number as the county's inspectors read it (the lead), or null.</summary>
    public async Task<LaborRights.Leads.InspectionLead?> LeadAsync(string referenceNumber)
    {
        using var store = Store();
        await using var session = store.QuerySession();
        return await Marten.QueryableExtensions.SingleOrDefaultAsync(session.Query<LaborRights.Leads.InspectionLead>().Where(l => l.ReferenceNumber == referenceNumber));
    }

    /// <summary>The recorded accesses to a case's personal data (reveals and opened files), as the audit trail holds them.</summary>
    public async Task<IReadOnlyList<LaborRights.Security.PersonalData.PersonalDataAccess>> AccessesAsync(Guid caseId)
    {
        using var store = Store();
        await using var session = store.QuerySession();
        return await Marten.QueryableExtensions.ToListAsync(session.Query<LaborRights.Security.PersonalData.PersonalDataAccess>().Where(a => a.CaseId == caseId));
    }

    /// <summary>The application's store, for test set-up only: it changes no schema (the application made it).</summary>
    private Marten.DocumentStore Store(Action<Marten.StoreOptions>? configure = null) => Marten.DocumentStore.For(o =>
    {
        o.Connection(ConnectionString);
        o.DatabaseSchemaName = Schema;
        o.AutoCreateSchemaObjects = JasperFx.AutoCreate.None;
        // The application's serialization (Program.cs), so what is written here reads there.
        o.UseSystemTextJsonForSerialization(Weasel.Core.EnumStorage.AsString, Weasel.Core.Casing.CamelCase);
        configure?.Invoke(o);
    });

    /// <summary>A staff member's desk: a 1280×800 screen, Chinese first.</summary>
    public async Task<IPage> NewDesktopPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "zh-CN",
            BypassCSP = true,
        });
        return await context.NewPageAsync();
    }

    /// <summary>A phone: 390×844 CSS pixels at 2×, touch, Chinese first. The page's own CSP is bypassed only for axe's script.</summary>
    public async Task<IPage> NewPhonePageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = "zh-CN",
            BypassCSP = true,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Serious or critical accessibility violations of the page as it is now (axe-core, WCAG 2.1 AA rules).</summary>
    public static async Task<IReadOnlyList<string>> AccessibilityViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}")
            .ToList();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        _application.Kill(entireProcessTree: true);
        await _application.WaitForExitAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
