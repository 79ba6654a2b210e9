using Alba;
using Marten;
using Marten.Events;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Arbitration;
using LaborRights.IntegrationTests.Discrimination;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.IntegrationTests.Inspections;
using LaborRights.Security;
using LaborRights.Tracking;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static LaborRights.Security.StaffRoles;

namespace LaborRights.IntegrationTests.Security;

/// <summary>
/// Every endpoint of the application (read from its endpoint metadata) against every kind of caller, in and out of
/// scope, on real cases in county 370102. The table below is the specification: an endpoint the application maps
/// without an entry here, or without an <see cref="AccessRule"/>, fails the test — so a new endpoint must be
/// given a rule and a line in this matrix. Bodies may be invalid: a 400/409/415/422 still proves access was granted.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AccessMatrixTests(AppFixture app)
{
    private const string County = "370102";

    private enum Rule { Public, PublicWhenConfigured, Staff, StaffPage, Record, RecordPage, StaffInScope, StaffInScopePage }

    private enum Outcome { Granted, GrantedOrSwitchedOff, Unauthenticated, SentToSignIn, Forbidden, NotFound }

    /// <param name="Roles">Roles allowed. Staff: 403 otherwise. Record: 404 otherwise (a specific case).
    /// StaffInScope: 403 without a role, 404 out of scope (one employer, one benchmark unit).</param>
    private sealed record Expected(Rule Rule, params string[] Roles);

    private static Expected Public => new(Rule.Public);
    private static Expected PublicWhenConfigured => new(Rule.PublicWhenConfigured);
    private static Expected Staff(params string[] roles) => new(Rule.Staff, roles);
    /// <summary>A page of the staff workbench: like <see cref="Staff"/>, but a person not signed in is sent to the sign-in page.</summary>
    private static Expected StaffPage(params string[] roles) => new(Rule.StaffPage, roles);
    private static Expected Record(params string[] roles) => new(Rule.Record, roles);
    /// <summary>A case's page in the workbench: like <see cref="Record"/>, but a person not signed in is sent to the sign-in page.</summary>
    private static Expected RecordPage(params string[] roles) => new(Rule.RecordPage, roles);
    private static Expected StaffInScope(params string[] roles) => new(Rule.StaffInScope, roles);
    private static Expected StaffInScopePage(params string[] roles) => new(Rule.StaffInScopePage, roles);

    private static readonly IReadOnlyDictionary<string, Expected> Matrix = BuildMatrix();

    private static Dictionary<string, Expected> BuildMatrix()
    {
        var m = new Dictionary<string, Expected>
        {
            ["GET /"] = Public,
            ["GET /language"] = Public,
            ["GET /track"] = Public,
            ["GET /credit-sanctions"] = Public,
            ["GET /report"] = Public,
            ["GET /complaints/wage-arrears"] = Public,
            ["GET /complaints/discrimination"] = Public,
            ["GET /applications/arbitration"] = Public,
            ["GET /health/live"] = Public,
            ["GET /health/ready"] = Public,
            ["GET /openapi/{documentName}.json"] = Public,
            ["GET /api/reference/cities"] = Public,
            ["GET /api/reference/counties"] = Public,
            ["GET /api/reference/counties/{code}"] = Public,
            ["GET /api/reference/parks"] = Public,
            ["GET /api/tracking/{trackingNumber}"] = Public,
            ["POST /api/complaints/wage-arrears"] = Public,
            ["POST /api/complaints/discrimination"] = Public,
            ["POST /api/applications/arbitration"] = Public,
            ["POST /api/evidence"] = Public,
            ["GET /api/employer-directory"] = Public,

            ["GET /api/queue"] = Staff(Inspector, Arbitrator, ArbitrationChair, Supervisor),
            ["GET /api/employers"] = Staff(Inspector, Arbitrator, Supervisor),
            ["GET /api/employers/{creditCode}"] = StaffInScope(Inspector, Arbitrator, Supervisor),
            // 失信联合惩戒 (issue 16, item 2): proposed, told and heard by the county's inspectors, decided by supervisors;
            // the list in force is public.
            ["POST /api/credit-listings"] = Staff(Inspector),
            ["GET /api/credit-listings"] = Staff(Inspector, Supervisor),
            ["GET /api/credit-listings/{id}"] = Record(Inspector, Supervisor),
            ["POST /api/credit-listings/{id}/serve-notice"] = Record(Inspector),
            ["POST /api/credit-listings/{id}/record-statement"] = Record(Inspector),
            ["POST /api/credit-listings/{id}/decide"] = Record(Supervisor),
            ["POST /api/credit-listings/{id}/remove-early"] = Record(Supervisor),
            ["GET /api/credit-sanctions"] = Public,
            // 举报 (issue 16, item 1): anyone reports; the county's inspectors read and decide the leads, supervisors read them.
            ["POST /api/reports"] = Public,
            ["GET /api/leads"] = Staff(Inspector, Supervisor),
            ["GET /api/leads/{id}"] = Record(Inspector, Supervisor),
            ["POST /api/leads/{id}/set-aside"] = Record(Inspector),
            ["POST /api/leads/{id}/open-inspection"] = Record(Inspector),
            // 欠薪预警 (issue 16, item 6): the supervisors' list, filtered to their divisions.
            ["GET /api/employers/warnings"] = Staff(Supervisor),
            ["GET /api/referrals"] = Staff(Inspector, Supervisor),
            ["GET /api/referrals/{id}"] = Record(Inspector, Supervisor),
            ["POST /api/referrals/{id}/answer"] = Record(Inspector),

            // 挂牌督办 (issue 16, item 3), seeded on the wage-arrears case: flagged by supervisors (a case out of reach is a
            // 404 of the body's case, an empty body 400), read by those who read the case, reported on by its staff.
            ["POST /api/supervisions"] = Staff(Supervisor),
            ["GET /api/supervisions"] = Staff(Inspector, Arbitrator, ArbitrationChair, Supervisor),
            ["GET /api/supervisions/{id}"] = Record(Inspector, Supervisor),
            ["POST /api/supervisions/{id}/report"] = Record(Inspector),
            ["POST /api/supervisions/{id}/conclude"] = Record(Supervisor),
            ["POST /api/supervisions/{id}/return"] = Record(Supervisor),
            // 回访 (issue 16, item 4): the worker rates through tracking (access code); supervisors read and answer.
            ["POST /api/tracking/{trackingNumber}/rating"] = Public,
            ["GET /api/follow-ups"] = Staff(Supervisor),
            ["GET /api/follow-ups/satisfaction"] = Staff(Supervisor),
            ["POST /api/follow-ups/{id}/answer-review"] = Record(Supervisor),

            ["GET /api/benchmarks/{units}"] = Staff(Supervisor),
            ["GET /api/benchmarks/{units}/export.csv"] = Staff(Supervisor),
            ["GET /api/benchmarks/{units}/{code}/trend"] = Staff(Supervisor),
            ["GET /api/benchmarks/{units}/{code}"] = StaffInScope(Supervisor),

            ["POST /api/admin/imports/wage-arrears"] = Staff(Administrator),
            ["POST /api/admin/employer-directory"] = Staff(Administrator),
            ["POST /api/admin/calendar/{year}"] = Staff(Administrator),

            // Sign-in (ADR 0013): anyone may try; the forms need an antiforgery token (400 without it).
            ["POST /api/auth/token"] = Public,
            ["POST /api/auth/refresh"] = Public,
            ["GET /account/login"] = Public,
            
            ["POST /account/logout"] = Public,
            
            ["GET /account/login/external"] = PublicWhenConfigured,

            // The staff workbench's pages (issue 13).
            ["GET /staff"] = StaffPage(Inspector, Arbitrator, ArbitrationChair, Supervisor, Administrator),
            // The page a person sees for an error status on a page (Web/ErrorPages); reached directly, it answers that status.
            ["GET /errors/{code:int}"] = Public,
            ["GET /staff/queue"] = StaffPage(Inspector, Arbitrator, ArbitrationChair, Supervisor),
            ["GET /staff/benchmark"] = StaffPage(Supervisor),
            ["GET /staff/inspections/new"] = StaffPage(Inspector),
            ["GET /staff/admin/accounts"] = StaffPage(Administrator),
            ["GET /staff/admin/accounts/{userName}"] = StaffPage(Administrator),
            ["GET /staff/admin/imports"] = StaffPage(Administrator),
            ["GET /staff/admin/imports/{id:guid}"] = StaffPage(Administrator),
            ["GET /staff/benchmark/{units}/{code}"] = StaffInScopePage(Supervisor),
            // 挂牌督办's pages: the list for everyone who works cases, one supervision like its API record, and the
            // flagging form of one case (?caseId=, the seeded wage-arrears case) for supervisors who read that case.
            ["GET /staff/supervisions"] = StaffPage(Inspector, Arbitrator, ArbitrationChair, Supervisor),
            ["GET /staff/supervisions/{id:guid}"] = RecordPage(Inspector, Supervisor),
            ["GET /staff/supervisions/new"] = StaffInScopePage(Supervisor),
            ["GET /staff/follow-ups"] = StaffPage(Supervisor),
            ["GET /staff/employer-warnings"] = StaffPage(Supervisor),
            // 失信联合惩戒's pages: the procedures, one procedure like its API record, and the proposal form of one employer
            // (?creditCode=, the seeded employer) for the inspectors who read its cases.
            ["GET /staff/credit-listings"] = StaffPage(Inspector, Supervisor),
            ["GET /staff/credit-listings/{id:guid}"] = RecordPage(Inspector, Supervisor),
            ["GET /staff/credit-listings/new"] = StaffInScopePage(Inspector),
            // 文书 (issue 17): issued by the case's inspector, read by inspectors and supervisors in scope; service recorded by inspectors.
            ["GET /api/documents/{id}"] = Record(Inspector, Supervisor),
            ["GET /api/documents/{id}/versions/{version}/pdf"] = Record(Inspector, Supervisor),
            ["GET /api/arbitration/{id}/documents"] = Record(Arbitrator, ArbitrationChair, Supervisor),
            ["POST /api/arbitration/{id}/documents"] = Record(Arbitrator),
            ["GET /api/discrimination/{id}/documents"] = Record(Inspector, Supervisor),
            ["POST /api/discrimination/{id}/documents"] = Record(Inspector),
            ["GET /api/inspections/{id}/documents"] = Record(Inspector, Supervisor),
            ["POST /api/inspections/{id}/documents"] = Record(Inspector),
            ["GET /api/admin/document-templates"] = Staff(Administrator),
            ["POST /api/admin/document-templates/{kind}"] = Staff(Administrator),
            ["POST /api/documents/{id}/service"] = Record(Inspector),
            ["GET /staff/documents/{id:guid}"] = RecordPage(Inspector, Supervisor),
            ["GET /staff/leads"] = StaffPage(Inspector, Supervisor),
            ["GET /staff/leads/{id:guid}"] = RecordPage(Inspector, Supervisor),
            // One page per case: reading and its action forms (POSTs to the same address), like the API's record rule.
            ["GET /staff/cases/wage-arrears/{id:guid}"] = RecordPage(Inspector, Supervisor),
            ["GET /staff/cases/discrimination/{id:guid}"] = RecordPage(Inspector, Supervisor),
            ["GET /staff/cases/arbitration/{id:guid}"] = RecordPage(Arbitrator, ArbitrationChair, Supervisor),
            ["GET /staff/cases/inspections/{id:guid}"] = RecordPage(Inspector, Supervisor),
            ["GET /api/admin/accounts"] = Staff(Administrator),
            ["GET /api/admin/accounts/{userName}"] = Staff(Administrator),
            ["POST /api/admin/accounts"] = Staff(Administrator),
            ["POST /api/admin/accounts/{userName}/disable"] = Staff(Administrator),
            ["POST /api/admin/accounts/{userName}/enable"] = Staff(Administrator),
            ["POST /api/admin/accounts/{userName}/unlock"] = Staff(Administrator),
            ["POST /api/admin/accounts/{userName}/unbind-external"] = Staff(Administrator),
            ["POST /api/admin/accounts/{userName}/reset-password"] = Staff(Administrator),
        };

        // Personal data (ADR 0015): reveal for the case worker and supervisors, erasure for administrators and
        // supervisors, the audit trail for supervisors — all in scope, 404 otherwise.
        foreach (var (prefix, worker) in new[] { ("wage-arrears", Inspector), ("discrimination", Inspector), ("arbitration", Arbitrator) })
        {
            m[$"POST /api/{prefix}/{{id}}/personal-data/reveal"] = Record(worker, Supervisor);
            m[$"POST /api/{prefix}/{{id}}/personal-data/erase"] = Record(Administrator, Supervisor);
            m[$"GET /api/{prefix}/{{id}}/personal-data/accesses"] = Record(Supervisor);
            // Evidence files (ADR 0021): like a reveal — listed and opened by the case worker and supervisors in scope.
            m[$"GET /api/{prefix}/{{id}}/evidence"] = Record(worker, Supervisor);
            m[$"POST /api/{prefix}/{{id}}/evidence/{{evidenceId}}/open"] = Record(worker, Supervisor);
        }

        void Kind(string prefix, string worker, string approver, string[] actions)
        {
            // The arbitration commission's chair reads its cases; supervisors read every kind.
            string[] readers = approver == ArbitrationChair ? [worker, ArbitrationChair, Supervisor] : [worker, Supervisor];
            m[$"GET /api/{prefix}"] = Staff(readers);
            m[$"GET /api/{prefix}/overdue"] = Staff(readers);
            m[$"POST /api/{prefix}"] = Staff(worker);
            m[$"GET /api/{prefix}/{{id}}"] = Record(readers);
            // 延期 (issue 14, item 3): asked for by the case worker; approved or declined only by the kind's approver.
            m[$"POST /api/{prefix}/{{id}}/request-extension"] = Record(worker);
            m[$"POST /api/{prefix}/{{id}}/extend"] = Record(approver);
            m[$"POST /api/{prefix}/{{id}}/decline-extension"] = Record(approver);
            foreach (var action in actions) m[$"POST /api/{prefix}/{{id}}/{action}"] = Record(worker);
        }

        Kind("wage-arrears", Inspector, Supervisor,
        [
            "identify-employer", "accept", "reject", "request-material", "material-supplied", "assign-inspectors", "confirm-arrears", "order-payment",
            "record-recovery", "impose-extra-compensation", "transfer-to-police", "close", "reopen",
        ]);
        m["GET /api/wage-arrears/{id}/documents"] = Record(Inspector, Supervisor);
        m["POST /api/wage-arrears/{id}/documents"] = Record(Inspector);
        Kind("discrimination", Inspector, Supervisor,
        [
            "accept", "reject", "request-material", "material-supplied", "record-joint-interview", "record-finding", "order-correction",
            "check-correction", "impose-fine", "refer-supported-litigation", "refer-procuratorate", "record-referral-answer", "close",
        ]);
        Kind("inspections", Inspector, Supervisor,
        [
            "assign-inspectors", "record-site-visit", "hear-employer", "order-rectification", "record-follow-up", "impose-penalty",
            "transfer", "withdraw", "close",
        ]);
        Kind("arbitration", Arbitrator, ArbitrationChair,
        [
            "accept", "refuse", "withdraw", "form-panel", "schedule-hearing", "record-attendance", "record-mediation-agreement",
            "record-mediation-failure", "suspend", "resume", "issue-partial-award", "issue-award", "report-award-unpaid",
            "record-set-aside-application",
        ]);
        return m;
    }

    /// <summary>A caller and whether their divisions cover county 370102; null header = anonymous.</summary>
    private sealed record Caller(string Name, string? Header, string[] Roles, bool CoversCounty);

    private static readonly Caller[] Callers =
    [
        new("anonymous", null, [], false),
        new("inspector in scope", StaffUsers.Inspector(County), [Inspector], true),
        new("inspector out of scope", StaffUsers.Inspector("370202"), [Inspector], false),
        new("arbitrator in scope", StaffUsers.Arbitrator(County), [Arbitrator], true),
        new("arbitrator out of scope", StaffUsers.Arbitrator("370202"), [Arbitrator], false),
        new("arbitration chair in scope", StaffUsers.ArbitrationChair(County), [ArbitrationChair], true),
        new("arbitration chair out of scope", StaffUsers.ArbitrationChair("370202"), [ArbitrationChair], false),
        new("city supervisor in scope", StaffUsers.Supervisor("370100"), [Supervisor], true),
        new("city supervisor out of scope", StaffUsers.Supervisor("370200"), [Supervisor], false),
        new("province supervisor", StaffUsers.Supervisor(StaffScope.ProvinceCode), [Supervisor], true),
        new("administrator", StaffUsers.Administrator(), [Administrator], true),
    ];

    private static Outcome ExpectedFor(Expected expected, Caller caller)
    {
        if (expected.Rule == Rule.Public) return Outcome.Granted;
        if (expected.Rule == Rule.PublicWhenConfigured) return Outcome.GrantedOrSwitchedOff;
        if (caller.Header is null) return expected.Rule is Rule.StaffPage or Rule.RecordPage or Rule.StaffInScopePage ? Outcome.SentToSignIn : Outcome.Unauthenticated;
        var hasRole = expected.Roles.Intersect(caller.Roles).Any();
        return expected.Rule switch
        {
            Rule.Staff or Rule.StaffPage => hasRole ? Outcome.Granted : Outcome.Forbidden,
            Rule.Record or Rule.RecordPage => hasRole && caller.CoversCounty ? Outcome.Granted : Outcome.NotFound,
            Rule.StaffInScope or Rule.StaffInScopePage => !hasRole ? Outcome.Forbidden : caller.CoversCounty ? Outcome.Granted : Outcome.NotFound,
            _ => throw new ArgumentOutOfRangeException(nameof(expected)),
        };
    }

    private static bool Matches(Outcome outcome, int status) => outcome switch
    {
        Outcome.Granted => status is not (401 or 403 or 404) && status < 500,
        // A feature switched off by configuration (e.g. external sign-in) answers 404 to everyone alike.
        Outcome.GrantedOrSwitchedOff => status is not (401 or 403) && status < 500,
        Outcome.Unauthenticated => status == 401,
        Outcome.SentToSignIn => status == 302,
        Outcome.Forbidden => status == 403,
        Outcome.NotFound => status == 404,
        _ => false,
    };

    private static IReadOnlyList<(string Key, RouteEndpoint Endpoint)> Endpoints(IAlbaHost host) =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => ($"{method} /{e.RoutePattern.RawText!.TrimStart('/')}", e)))
            .OrderBy(x => x.Item1, StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Every_endpoint_declares_an_access_rule_and_has_a_line_in_the_matrix()
    {
        var endpoints = Endpoints(app.Host);
        endpoints.Should().HaveCountGreaterThan(80, "the application maps all its endpoints in the test host");

        var withoutRule = endpoints.Where(e => e.Endpoint.Metadata.GetMetadata<AccessRule>() is null).Select(e => e.Key).ToList();
        withoutRule.Should().BeEmpty($"every endpoint must declare [Public], [Staff(...)], [CaseAccess(...)] or [ReferralAccess(...)]; these do not: {string.Join(", ", withoutRule)}");

        var notInMatrix = endpoints.Select(e => e.Key).Where(k => !Matrix.ContainsKey(k)).ToList();
        notInMatrix.Should().BeEmpty($"every endpoint needs an entry in AccessMatrixTests.Matrix stating who may call it; missing: {string.Join(", ", notInMatrix)}");

        var stale = Matrix.Keys.Except(endpoints.Select(e => e.Key)).ToList();
        stale.Should().BeEmpty("the matrix names no endpoint the application does not map");
    }

    [Fact]
    public void One_case_endpoints_are_scoped_to_the_case_and_answer_404_outside_it()
    {
        // Structural: /api/{kind}/{id} and /api/{kind}/{id}/{action} must carry a record rule, so the 404 middleware runs.
        var unscoped = Endpoints(app.Host)
            .Where(e => System.Text.RegularExpressions.Regex.IsMatch(e.Key, @"^(GET|POST) /api/[a-z-]+/\{id\}(/[a-z-]+)?$"))
            .Where(e => e.Endpoint.Metadata.GetMetadata<ScopedRecordAccess>() is null)
            .Select(e => e.Key).ToList();
        unscoped.Should().BeEmpty();
    }

    [Fact]
    public async Task Every_endpoint_answers_every_caller_as_the_matrix_says()
    {
        var data = await SeedAsync();
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var (key, _) in Endpoints(app.Host))
        {
            if (!Matrix.TryGetValue(key, out var expected))
            {
                failures.Add($"{key}: no entry in the matrix");
                continue;
            }
            var (method, route) = (key.Split(' ')[0], key.Split(' ')[1]);
            var url = data.UrlFor(route);
            foreach (var caller in Callers)
            {
                var outcome = ExpectedFor(expected, caller);
                var status = await SendAsync(method, url, caller, data);
                checkedCount++;
                if (!Matches(outcome, status)) failures.Add($"{key} as {caller.Name}: expected {outcome}, got {status} ({url})");
            }
        }
        checkedCount.Should().Be(Matrix.Count * Callers.Length);
        failures.Should().BeEmpty($"of {checkedCount} requests these did not answer as the matrix says:\n{string.Join('\n', failures)}\n");
    }

    private async Task<int> SendAsync(string method, string url, Caller caller, SeededData data)
    {
        var result = await app.Host.Scenario(x =>
        {
            if (method == "POST") x.Post.Json(new { }).ToUrl(url);
            else x.Get.Url(url);
            if (caller.Header is not null) x.WithRequestHeader(DevelopmentAuthentication.UserHeader, caller.Header);
            if (url.StartsWith("/api/tracking/", StringComparison.Ordinal)) x.WithRequestHeader(TrackCaseEndpoint.AccessCodeHeader, data.AccessCode);
            x.IgnoreStatusCode();
        });
        return result.Context.Response.StatusCode;
    }

    private sealed record SeededData(
        Guid WageArrears, Guid Discrimination, Guid Arbitration, Guid Inspection, Guid Referral, Guid Supervision, Guid FollowUp, Guid CreditListing, Guid Lead,
        string TrackingNumber, string AccessCode, string CreditCode, string UserName, Guid ImportJob, Guid Document)
    {
        public string UrlFor(string route)
        {
            var parts = route.Split('/');
            var prefix = parts is [_, "api", var api, ..] ? api
                : parts is [_, "staff", "cases" or "admin", var page, ..] ? page
                : parts is [_, "staff", var section, ..] ? section
                : null;
            var kindId = prefix switch
            {
                "wage-arrears" => WageArrears,
                "discrimination" => Discrimination,
                "arbitration" => Arbitration,
                "inspections" => Inspection,
                "referrals" => Referral,
                "supervisions" => Supervision,
                "follow-ups" => FollowUp,
                "credit-listings" => CreditListing,
                "leads" => Lead,
                "documents" => Document,
                "imports" => ImportJob,
                _ => Guid.Empty,
            };
            var url = route
                .Replace("{id}", kindId.ToString())
                .Replace("{id:guid}", kindId.ToString())
                .Replace("{trackingNumber}", TrackingNumber)
                .Replace("{creditCode}", CreditCode)
                .Replace("{units}", "counties")
                .Replace("{code}", County)
                .Replace("{documentName}", "v1")
                .Replace("{year}", "2031")
                .Replace("{evidenceId}", Guid.NewGuid().ToString())
                .Replace("{userName}", UserName)
                .Replace("{code:int}", "200")
                .Replace("{version}", "1")
                .Replace("{kind}", "WageArrearsRejection");
            if (url == "/staff/supervisions/new") return url + "?caseId=" + WageArrears;
            if (url == "/staff/credit-listings/new") return url + "?creditCode=" + CreditCode;
            return url.StartsWith("/api/benchmarks/", StringComparison.Ordinal) ? url + "?period=2025" : url;
        }
    }

    private async Task<SeededData> SeedAsync()
    {
        var creditCode = Scenarios.NewCreditCode(County);
        var wageArrears = await app.Host.FileComplaint(Scenarios.AComplaint(County) with { EmployerCreditCode = creditCode });
        var discrimination = await app.Host.FileDiscrimination(DiscriminationScenarios.AFiling(county: County) with { EmployerCreditCode = creditCode });
        // Against the same employer, so that every role reads a case of it (the registry is reached through those).
        var arbitration = await app.Host.Apply(ArbitrationScenarios.AnApplication(County) with
        {
            Respondent = new LaborRights.Arbitration.Filing.PartyForm(LaborRights.Arbitration.PartyKind.Employer, "济南鲁泰建筑工程有限公司", creditCode, "053188886666"),
        });
        var inspection = await app.Host.OpenInspection(InspectionScenarios.AnInspection(County, creditCode: creditCode));
        var referral = await ScopeScenarios.OpenReferralAsync(app, wageArrears.Id, County);
        var account = await app.Host.CreateAccount();
        var supervision = await app.Host.Scenario(x =>
        {
            x.Post.Json(new { caseId = wageArrears.Id, completeBy = app.Today().AddDays(30), instructions = "限期查处" }).ToUrl("/api/supervisions");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Supervisor("370100"));
            x.StatusCodeShouldBe(201);
        });
        var supervisionId = (await supervision.ReadAsJsonAsync<LaborRights.Supervision.SupervisionCommandAccepted>())!.Id;
        // A rated case of its own (the matrix's wage-arrears case stays open for its commands).
        var rated = await app.Host.FileComplaint(Scenarios.AComplaint(County) with { EmployerCreditCode = creditCode });
        await app.Host.Command(rated.Id, "reject", new { version = 1, reason = "OutsideScope", explanation = "属于劳动争议" });
        await app.Host.Scenario(x =>
        {
            x.Post.Json(new { score = 1, requestReview = true, reviewReason = "不满意" }).ToUrl($"/api/tracking/{rated.TrackingNumber}/rating");
            x.WithRequestHeader(TrackCaseEndpoint.AccessCodeHeader, rated.AccessCode);
            x.StatusCodeShouldBe(201);
        });
        // An import as the administration page leaves it (the page reads the document; which file does not matter here).
        var importJob = new LaborRights.LegacyImport.LegacyImportJob
        {
            Id = Guid.NewGuid(), FileName = "legacy.ndjson", State = LaborRights.LegacyImport.ImportJobState.Done, StartedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow, Report = new LaborRights.LegacyImport.ImportReport(true, 0, 0, 0, 0, []),
        };
        // A listing procedure of the county, as a proposal leaves it (its criteria are tested with the procedure itself).
        var creditListing = Guid.NewGuid();
        var lead = Guid.NewGuid();
        await using (var session = app.Store.LightweightSession())
        {
            session.Events.StartStream<LaborRights.CreditSanctions.CreditListing>(creditListing, new LaborRights.CreditSanctions.ListingProposed(
                creditListing, creditCode, "济南鲁泰建筑工程有限公司", County, LaborRights.CreditSanctions.ListingGround.CriminalThreshold, "逾期未支付", 40_000m, 4,
                [new(CaseKind.WageArrears, wageArrears.Id, wageArrears.TrackingNumber)], "inspector.seed", DateTimeOffset.UtcNow));
            session.Events.StartStream<LaborRights.Leads.InspectionLead>(lead, new LaborRights.Leads.LeadReported(lead, "RP20260101-SEEDSEED",
                LaborRights.Leads.ReportSubject.WageArrears, "张某（包工头）", null, null, County, "拖欠工资", null, DateTimeOffset.UtcNow));
            session.Store(importJob);
            await session.SaveChangesAsync();
        }
        // The refusal of the rated case, in writing (issue 17).
        await app.Host.Scenario(x =>
        {
            x.Post.Json(new { kind = "WageArrearsRejection" }).ToUrl($"/api/wage-arrears/{rated.Id}/documents");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Inspector(County));
            x.StatusCodeShouldBe(201);
        });
        await app.Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);
        return new SeededData(wageArrears.Id, discrimination.Id, arbitration.Id, inspection.Id, referral, supervisionId, LaborRights.FollowUp.CaseFollowUp.IdFor(rated.Id), creditListing, lead,
            wageArrears.TrackingNumber, wageArrears.AccessCode, creditCode, account, importJob.Id,
            LaborRights.Documents.CaseDocument.IdFor(rated.Id, LaborRights.Documents.DocumentKind.WageArrearsRejection));
    }
}
