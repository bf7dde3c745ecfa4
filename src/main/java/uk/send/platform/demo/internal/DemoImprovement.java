package uk.send.platform.demo.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.access.Scope;
import uk.send.platform.improvement.BoardReports;
import uk.send.platform.improvement.Improvement.Barrier;
import uk.send.platform.improvement.Improvement.Decision;
import uk.send.platform.improvement.Improvement.MeasureInput;
import uk.send.platform.improvement.Improvement.MeasureValueInput;
import uk.send.platform.improvement.Improvement.MilestoneUpdate;
import uk.send.platform.improvement.Improvement.NewChangeRequest;
import uk.send.platform.improvement.Improvement.NewMilestone;
import uk.send.platform.improvement.Improvement.NewPlan;
import uk.send.platform.improvement.Improvement.NewPriority;
import uk.send.platform.improvement.Improvement.Priority;
import uk.send.platform.improvement.Improvement.Risk;
import uk.send.platform.improvement.Improvement.RiskInput;
import uk.send.platform.improvement.Improvement.UpdateInput;
import uk.send.platform.improvement.ImprovementProgramme;
import uk.send.platform.improvement.RiskRegister;

/**
 * The demo Local Area's Written Statement of Action, built from the seeds (a real WSoA and its monthly progress
 * reports): nine improvement priorities with role titles for their leads, four months of updates, milestones with
 * a change approved and one waiting for the board, live and manual measures, the joint risk register with a history
 * of scores, and last-but-one month's board report issued. Loaded once, after the synthetic Local Area, through the
 * improvement module's public services.
 */
@Component
@Order(20)
class DemoImprovement implements ApplicationRunner {

    private record Seed(String code, String title, String lead, String leadUsername, String partner, String theme,
            String concern, String headline, String impact, String achieved, List<Barrier> barriers,
            List<String> nextSteps) {
    }

    private final ImprovementProgramme programme;
    private final RiskRegister risks;
    private final BoardReports reports;
    private final Clock clock;
    private final boolean enabled;

    DemoImprovement(ImprovementProgramme programme, RiskRegister risks, BoardReports reports, Clock clock,
            @Value("${send.demo.enabled:}") String enabled, @Value("${spring.datasource.url}") String databaseUrl) {
        this.programme = programme;
        this.risks = risks;
        this.reports = reports;
        this.clock = clock;
        this.enabled = enabled == null || enabled.isBlank() ? databaseUrl.startsWith("jdbc:h2:") : Boolean.parseBoolean(enabled);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        try {
            as("improvement.office", "Improvement Programme Office", true);
            if (programme.plans(0, 1).total() > 0) {
                return;
            }
            load();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Loads the plan; public for the demo's own test. */
    void load() {
        as("improvement.office", "Improvement Programme Office", true);
        YearMonth now = YearMonth.now(clock);
        List<YearMonth> months = List.of(now.minusMonths(4), now.minusMonths(3), now.minusMonths(2), now.minusMonths(1));
        long plan = programme.createPlan(new NewPlan("WSOA", "SEND Written Statement of Action")).id();
        Map<String, Long> ids = new java.util.LinkedHashMap<>();
        for (Seed s : seeds()) {
            Priority p = programme.addPriority(plan, new NewPriority(s.code(), s.title(), s.lead(), s.leadUsername(),
                    s.partner(), s.concern(), s.theme()));
            ids.put(s.code(), p.id());
            for (int i = 0; i < months.size(); i++) {
                boolean latest = i == months.size() - 1;
                String rag = i < 2 ? "AMBER" : (s.code().equals("IP6") || s.code().equals("IP5") ? "AMBER" : "GREEN");
                if (s.code().equals("IP8") && i == 1) {
                    rag = "RED";
                }
                programme.saveUpdate(p.id(), new UpdateInput(months.get(i).toString(), rag,
                        latest ? s.headline() : earlier(s, i), latest ? s.impact() : "Too early to see the impact on families.",
                        latest ? s.achieved() : "Work started on: " + s.nextSteps().get(0).toLowerCase() + ".",
                        s.barriers(), latest ? s.nextSteps() : s.nextSteps().subList(0, Math.min(2, s.nextSteps().size()))));
            }
        }
        milestones(ids, now);
        measures(ids, months);
        register(ids, now);
        as("board.member", "Board Member", false);
        reports.issue(plan, now.minusMonths(2));
    }

    private static String earlier(Seed s, int i) {
        return i == 0 ? "Plan agreed with partners; leads and governance in place for " + s.code() + "."
                : "Actions under way for " + s.code() + "; early progress reported to the board.";
    }

    private void milestones(Map<String, Long> ids, YearMonth now) {
        LocalDate base = now.atEndOfMonth();
        Map<String, List<String[]>> plan = Map.of(
                "IP8", List.<String[]>of(
                        new String[] {"8.1", "Additional staff in post and inducted in the SEND Statutory Team", "Head of SEND Statutory Service", "-2", "COMPLETE"},
                        new String[] {"8.2", "Initial conversation routinely offered to families at assessment and review", "SEND Statutory Team Manager", "1", "ON_TRACK"},
                        new String[] {"8.3", "Monthly timeliness reports to statutory advice providers", "Performance and Data Lead", "2", "ON_TRACK"},
                        new String[] {"8.4", "Online learning resources on the assessment process", "Learning and Development Lead", "4", "AT_RISK"},
                        new String[] {"8.5", "Consistent 20-week performance at or above the national average", "Head of SEND Statutory Service", "9", "ON_TRACK"}),
                "IP2", List.<String[]>of(
                        new String[] {"2.1", "Map the SEND workforce (HSE 'bubbles' model)", "Workforce Development Lead", "1", "ON_TRACK"},
                        new String[] {"2.2", "Skills audit and vacancy mapping", "Workforce Development Lead", "2", "AT_RISK"},
                        new String[] {"2.3", "Leadership and 'culture carriers' programme launched", "Director of Children's Services", "5", "NOT_STARTED"}),
                "IP7", List.<String[]>of(
                        new String[] {"7.1", "Health advice template (Appendix C) co-produced and in use", "Designated Clinical Officer", "-1", "COMPLETE"},
                        new String[] {"7.8", "Increase uptake of annual health checks for young people with a learning disability", "Designated Clinical Officer", "6", "OFF_TRACK"}),
                "IP5", List.<String[]>of(
                        new String[] {"5.1", "Interim multi-disciplinary triage in place county-wide", "Neurodevelopmental Pathway Lead", "-1", "COMPLETE"},
                        new String[] {"5.2", "Redesigned pre-assessment pathway published on the Local Offer", "Neurodevelopmental Pathway Lead", "2", "ON_TRACK"}),
                "IP9", List.<String[]>of(
                        new String[] {"9.1", "Multi-agency audit group completes its first cycle", "Head of Quality Assurance", "1", "ON_TRACK"},
                        new String[] {"9.2", "SEND practice standards agreed with the Parent Carer Forum", "Head of Quality Assurance", "3", "ON_TRACK"}),
                "IP1", List.<String[]>of(new String[] {"1.1", "Co-production framework launched", "Participation and Engagement Lead", "2", "ON_TRACK"}),
                "IP3", List.<String[]>of(new String[] {"3.1", "SEND Outcomes Framework and strategy agreed", "Joint Strategic Commissioner", "3", "ON_TRACK"}),
                "IP4", List.<String[]>of(new String[] {"4.1", "Joint commissioning road map agreed", "Joint Commissioning Programme Lead", "1", "AT_RISK"}),
                "IP6", List.<String[]>of(new String[] {"6.1", "Inclusion Inquiry launched with schools", "Head of Inclusion", "1", "ON_TRACK"}));
        for (var e : plan.entrySet()) {
            for (String[] m : e.getValue()) {
                long id = programme.addMilestone(ids.get(e.getKey()), new NewMilestone(m[0], m[1], m[2],
                        base.plusMonths(Integer.parseInt(m[3])))).id();
                if (!m[4].equals("NOT_STARTED")) {
                    programme.updateMilestone(id, new MilestoneUpdate(m[4], null, null, null, null, null));
                }
                if (m[0].equals("2.1") || m[0].equals("2.2")) {
                    var request = programme.requestChange(id, new NewChangeRequest(base.plusMonths(Integer.parseInt(m[3]) + 3),
                            null, "Limits in the workforce data need a different approach to mapping the SEND workforce"));
                    if (m[0].equals("2.1")) {
                        as("board.member", "Board Member", false);
                        programme.decide(request.id(), new Decision("APPROVED", "Agreed at the SEND Improvement Board"));
                        as("improvement.office", "Improvement Programme Office", true);
                    }
                }
            }
        }
    }

    private void measures(Map<String, Long> ids, List<YearMonth> months) {
        LocalDate target = months.get(3).plusMonths(12).atEndOfMonth();
        live(ids.get("IP8"), "ehcp-issued-within-20-weeks", "60", target);
        live(ids.get("IP7"), "advice-within-6-weeks", "90", target);
        live(ids.get("IP9"), "annual-review-decisions-within-4-weeks", "80", target);
        manual(ids.get("IP7"), "Annual health checks taken up by young people with a learning disability, aged 14 and over",
                "28", "50", target, "GP practice returns (NHS)", true, months, "24", "25.5", "27", "28");
        manual(ids.get("IP4"), "Initial health assessments for children looked after within 20 working days",
                "32", "75", target, "Looked after children health team", true, months, "30", "32", "38", "41");
        manual(ids.get("IP5"), "Referrals resulting in an autism or ADHD assessment", "41", "70", target,
                "Provider trusts' monthly returns", true, months, "41", "44", "47", "52");
        manual(ids.get("IP1"), "Parent carers reporting their views are listened to", "35", "60", target,
                "'360' survey of families", true, months, "35", "35", "41", "44");
        manual(ids.get("IP6"), "Persistent absence of secondary pupils with an EHC plan", "38", "30", target,
                "School census", false, months, "38", "37.2", "36.5", "35.8");
    }

    private void live(long priority, String key, String target, LocalDate by) {
        programme.addMeasure(priority, new MeasureInput(null, key, null, null, null, new BigDecimal(target), by, null,
                null));
    }

    private void manual(long priority, String title, String baseline, String target, LocalDate by, String source,
            boolean higher, List<YearMonth> months, String... values) {
        long id = programme.addMeasure(priority, new MeasureInput(title, null, "PERCENT", new BigDecimal(baseline),
                months.get(0).toString(), new BigDecimal(target), by, source, higher)).id();
        for (int i = 0; i < values.length; i++) {
            programme.recordValue(id, new MeasureValueInput(months.get(i).toString(), new BigDecimal(values[i])));
        }
    }

    private void register(Map<String, Long> ids, YearMonth now) {
        LocalDate start = now.minusMonths(4).atDay(10);
        Risk autism = add("Children and young people with autism or ADHD may not receive a timely diagnosis",
                "Designated Clinical Officer", ids.get("IP5"), 4, 4, 3, 2, start,
                "Interim multi-disciplinary triage; monthly provider returns",
                "Publish the redesigned pre-assessment pathway; recruit to assessment posts");
        rescore(autism, 4, 3, start.plusMonths(1), "Triage in place across the county");
        rescore(autism, 3, 3, start.plusMonths(3), "Waiting list reducing");
        Risk plans = add("EHC plans are not issued accurately and within 20 weeks", "Head of SEND Statutory Service",
                ids.get("IP8"), 4, 4, 4, 1, start, "Weekly tracking of every open assessment; extra casework capacity",
                "Clear the backlog; timeliness reports to advice providers");
        rescore(plans, 4, 3, start.plusMonths(2), "Backlog cleared");
        Risk capacity = add("Capacity pressures and the ambition of the plan restrict delivery within the agreed timeframe",
                "Director of Children's Services", null, 4, 4, 4, 2, start, "Programme office; monthly board oversight",
                "Escalated to the Children's Executive Group for resourcing");
        rescore(capacity, 5, 4, start.plusMonths(2), "Staff vacancies in two teams");
        add("The Local Area does not meet the expectations of children, young people and families set out in the plan",
                "Director of Children's Services", ids.get("IP1"), 4, 3, 4, 2, start.plusMonths(1),
                "Co-production framework; family feedback at every board", "Refresh the '360' survey");
        add("Engagement and communication across the Local Area is not kept up", "Participation and Engagement Lead",
                ids.get("IP1"), 3, 3, 3, 1, start.plusMonths(3), "Single route for planning SEND engagement",
                "Align communications with the engagement team");
        add("The SEND system knowledge needed for change at this scale is not developed", "Workforce Development Lead",
                ids.get("IP2"), 3, 3, 3, 2, start.plusMonths(3), "Quality improvement training offer",
                "Culture carriers programme");
        add("Organisational change (Integrated Care System, unitary council) disrupts progress",
                "Chief Executive (joint chair of the board)", null, 4, 3, 3, 2, start, "Board membership kept across the change",
                "Transition plan for the programme");
        add("Funding pressure on the High Needs block limits schools' partnership working", "Head of Inclusion",
                ids.get("IP6"), 3, 2, 2, 2, start.minusMonths(3), "Collaborative approach to education finance",
                "Schools forum review");
    }

    private Risk add(String title, String owner, Long priority, int c, int l, int tc, int tl, LocalDate on,
            String controls, String actions) {
        return risks.create(new RiskInput(title, null, owner, priority, c, l, tc, tl, controls, actions,
                on.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : on, "Added to the joint risk register"));
    }

    private void rescore(Risk r, int c, int l, LocalDate on, String note) {
        risks.update(r.id(), new RiskInput(null, null, null, null, c, l, null, null, null, null,
                on.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : on, note));
    }

    private static void as(String username, String name, boolean office) {
        Map<String, Scope> permissions = office
                ? Map.of(ImprovementProgramme.READ, Scope.ALL, ImprovementProgramme.UPDATE, Scope.ALL,
                        "dashboard.read", Scope.ALL)
                : Map.of(ImprovementProgramme.READ, Scope.ALL, ImprovementProgramme.DECIDE, Scope.ALL,
                        "dashboard.read", Scope.ALL);
        CurrentUser user = new CurrentUser(0, username, name, null, null, Set.of(), permissions);
        AccessControl.SignedIn principal = () -> user;
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, List.of()));
    }

    private static List<Seed> seeds() {
        return List.of(
                new Seed("IP1", "Our children and young people and their families", "Participation and Engagement Lead", null,
                        "Local authority", "Crosscutting",
                        "The lack of focus on the experiences of children and young people with SEND and their families when formulating strategies to improve the area",
                        "Parents can see the direct impact that their involvement has had and we are seeing new families getting involved.",
                        "Feedback from engagement events has led to recommendations all agencies have signed up to; parents can see the direct impact of their involvement, such as new health pathways on the Local Offer.",
                        "Outputs from engagement events shape the Outcomes Framework and SEND Strategy; families' and practitioners' feedback is developing the co-production framework and participation toolkit.",
                        List.of(new Barrier("Communications and engagement work is not aligned across the plan, so many events fall in a short period and engagement drops.",
                                "Align IP1 with the communications and engagement teams through a single route for planning SEND engagement.")),
                        List.of("Complete and launch the co-production framework", "Develop the Local Offer to improve families' experience",
                                "Run the refreshed '360' survey of families' experience", "Further engagement events on the ADHD and autism pathway")),
                new Seed("IP2", "Our leadership capacity", "Workforce Development Lead", null, "Integrated care board", "Crosscutting",
                        "The lack of leadership capacity across area services",
                        "Co-producing development options for our leaders and our 'culture carriers'.",
                        "Quality improvement training is being used to understand the problems we are trying to solve in other areas.",
                        "Funding agreed for a leadership and culture programme; a workforce map based on the HSE 'bubbles' model is under way; bronze quality improvement training rolled out.",
                        List.of(new Barrier("Limits in the available workforce data.",
                                        "A different approach based on the HSE 'bubbles' model; change control moves milestones 2.1 and 2.2 back."),
                                new Barrier("Staff cannot be released for development because of work pressures.",
                                        "Guidance on redeployment and leaders' commitment to release staff.")),
                        List.of("Identify our SEND leaders and culture carriers", "Identify skills shortages and vacancies",
                                "Co-produce the culture carriers development plan")),
                new Seed("IP3", "Our joint working arrangements", "Joint Strategic Commissioner", null, "Local authority and integrated care board", "Crosscutting",
                        "Weak partnership working between services across education, health and care",
                        "Getting the groundwork in place: an outcomes framework and a system to monitor the Local Area's improvement.",
                        "Families can see how their feedback is shaping the SEND Outcomes Framework.",
                        "The Children's Executive Group is the escalation route for risks and resourcing, with a joint risk register; a self-assessment against the Code of Practice is complete.",
                        List.of(new Barrier("Inputs to the self-evaluation against the Code of Practice are taking longer than expected.",
                                "A shared workbook cross-referenced with the plan, updated as work completes.")),
                        List.of("Deliver the measurable Outcomes Framework", "Develop the overarching SEND Strategy",
                                "Refresh the SEND Charter")),
                new Seed("IP4", "Our joint commissioning arrangements", "Joint Commissioning Programme Lead", null, "Integrated care board", "Theme 1",
                        "Poor joint commissioning arrangements that limit leaders' ability to meet area needs, improve outcomes and achieve cost efficiencies",
                        "Developing a joint work plan with the system so that commissioning meets local need.",
                        "Services commissioned to work together with less duplication and less confusion about where to get support.",
                        "Recommendations of the independent review of joint commissioning agreed; a single, shared SEND dashboard; an options review to improve initial health assessments for children looked after.",
                        List.of(new Barrier("Health activity data specific to SEND is not available.",
                                "The NHS number on EHC plans will let health and council data be joined.")),
                        List.of("Agree the road map for joint commissioning", "Complete the refresh of the Strategic Needs Assessment",
                                "Publish the Personal Budgets Policy")),
                new Seed("IP5", "Our neurodevelopmental pathway, specifically autism", "Neurodevelopmental Pathway Lead", null, "NHS provider trusts", "Theme 1",
                        "The ineffective assessment pathway for autistic spectrum conditions",
                        "A functioning multi-disciplinary triage in place across the county.",
                        "Parent carers value the assessment their child received through triage and support the approach.",
                        "Pre-assessment pathway redesigned with education settings; a new 'next steps' referral form piloted.",
                        List.of(new Barrier("No baseline data to build milestones or measures on.",
                                        "Uniform data reporting agreed with the provider trusts."),
                                new Barrier("Records are fragmented across health, education and social care.",
                                        "Multi-disciplinary triage and shared learning from it.")),
                        List.of("Further develop the assessment part of the pathway", "Hold a post-assessment co-production workshop",
                                "Continue early years mapping")),
                new Seed("IP6", "Extending inclusive best practice in schools", "Head of Inclusion", null, "Schools and the local authority", "Theme 2",
                        "Too many children and young people not accessing education because of the disproportionate use of exclusion and poor inclusive practice",
                        "Activity focused on securing 'hearts and minds' across the school community; clear but fragile signs of commitment.",
                        "Too early for families to feel the impact; external experts on the Inquiry panel reassure parents that things will be different.",
                        "Schools lead the Inclusion Inquiry; a schools dashboard demonstrated; initial consultation on partnership reform completed.",
                        List.of(new Barrier("Funding pressure on High Needs and deficit reduction, with little capacity in schools for partnership work.",
                                "A collaborative approach to managing education finance.")),
                        List.of("Launch the Inclusion Inquiry", "Finalise the phase 1 schools dashboard", "Survey schools on partnership structures")),
                new Seed("IP7", "Improving the consistency of our practice", "Designated Clinical Officer", null, "Integrated care board", "Theme 3",
                        "Poor assessment and meeting of need caused by inconsistent practice leading to poor outcomes for children and young people with SEND",
                        "Guidance agreed to include NHS numbers on EHC plans.",
                        "The NHS number on the plan lets health services take part in annual reviews; clear health pathways are on the Local Offer.",
                        "A dynamic support register shares risk across the system; a co-produced health advice template is in use; public health nursing reports missed or late notifications.",
                        List.of(new Barrier("Take-up of annual health checks cannot be profiled, and plans to raise it do not ensure quality.",
                                "Milestone 7.8 reset to change the approach and focus on good health outcomes.")),
                        List.of("Present recommendations for therapy services", "Targeted support for professionals writing health advice",
                                "Develop school health profiles")),
                new Seed("IP8", "Improving the timeliness of assessment", "Head of SEND Statutory Service", "improvement.lead", "Local authority", "Theme 3",
                        "Poor timeliness of the assessment, writing and publication of education, health and care plans",
                        "Staff feel confident with their work and partners are more satisfied with assessment and review.",
                        "Timeliness of EHC plans has improved over the year; clearing the backlog briefly lowered the 20-week figure.",
                        "Additional staff in post; initial conversations offered to every family; weekly tribunal meetings; EHC plan writing training completed.",
                        List.of(new Barrier("Managers are focused on inducting and supporting new staff.",
                                "Management time monitored and IP7, IP8 and IP9 prioritised across the leadership team.")),
                        List.of("Online learning resources on the assessment process",
                                "Monthly performance reports to every statutory advice provider",
                                "Continued improvement in 20-week performance")),
                new Seed("IP9", "Improving the quality of our EHC plans", "Head of Quality Assurance", null, "Local authority", "Theme 3",
                        "The wide variance in the quality of education, health and care plans caused by weaknesses in joint working",
                        "Working together across the partnership to understand and improve the quality of our EHC plans.",
                        "Families should see better plan writing, first contact and consistency; from next month they can give feedback on the EHC process.",
                        "Two audit cycles completed; multi-agency audit group agreed; plan writing training rolled out across the casework team.",
                        List.of(new Barrier("The casework team is the focus of much of the improvement work.",
                                "The quality assurance team offers extra support while changes embed.")),
                        List.of("Multi-agency audit group completes its first cycle of audits", "Improve annual reviews of EHC plans",
                                "Develop our portfolio of good practice")));
    }
}
