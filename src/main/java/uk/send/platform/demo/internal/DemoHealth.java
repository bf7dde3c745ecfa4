package uk.send.platform.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.access.NewUser;
import uk.send.platform.access.Scope;
import uk.send.platform.access.UserAccounts;
import uk.send.platform.health.AnnualHealthChecks;
import uk.send.platform.health.CetrType;
import uk.send.platform.health.DsrEntry;
import uk.send.platform.health.DsrRating;
import uk.send.platform.health.DynamicSupportRegister;
import uk.send.platform.health.LateReason;
import uk.send.platform.health.LookedAfterEpisode;
import uk.send.platform.health.LookedAfterHealth;

/**
 * The synthetic Local Area's health pathways, written through the health module's services as a health
 * practitioner would: initial health assessments for children who became looked after in the last year (about a
 * third on time, as the seeds' IP7 reports), and a Dynamic Support Register with ratings, reviews and C(E)TRs. The
 * partner services' clinicians get health roles; a keyworker service lead reads the register.
 */
@Component
class DemoHealth {

    private final AnnualHealthChecks checks;
    private final LookedAfterHealth lookedAfter;
    private final DynamicSupportRegister register;
    private final UserAccounts accounts;
    private final Clock clock;

    DemoHealth(AnnualHealthChecks checks, LookedAfterHealth lookedAfter, DynamicSupportRegister register,
            UserAccounts accounts, Clock clock) {
        this.checks = checks;
        this.lookedAfter = lookedAfter;
        this.register = register;
        this.accounts = accounts;
        this.clock = clock;
    }

    void load(List<SyntheticChildren.SyntheticChild> children, long seed, String password) {
        grant("health.advice", "HEALTH_PRACTITIONER");
        grant("camhs.advice", "HEALTH_PRACTITIONER");
        grant("social.advice", "SOCIAL_CARE_PRACTITIONER");
        if (!accounts.exists("keyworker")) {
            accounts.create(new NewUser("keyworker", "Keyworker Service Lead", "keyworker@example.org", null,
                    "Keyworker service", Set.of("DSR_PARTNER"), password));
        }
        Random random = new Random(seed ^ 0x4EA17L);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            actAsHealthPractitioner();
            assessments(children, random);
            dynamicSupportRegister(children, random);
            healthChecks(random);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void grant(String username, String role) {
        accounts.findByUsername(username).ifPresent(u -> {
            Set<String> roles = new HashSet<>(u.roles());
            if (roles.add(role)) {
                accounts.setRoles(u.id(), roles);
            }
        });
    }

    /** The loader runs without a signed-in user: it acts as the demo's health practitioner, permissions checked. */
    private static void actAsHealthPractitioner() {
        CurrentUser user = new CurrentUser(0, "health.advice", "Community Paediatrician", null, "Community paediatrics",
                Set.of("HEALTH_PRACTITIONER"), Map.of(Actions.HEALTH_READ, Scope.ALL, Actions.HEALTH_WRITE, Scope.ALL,
                        Actions.DSR_READ, Scope.ALL, Actions.DSR_WRITE, Scope.ALL, Actions.CHILDREN_READ, Scope.SERVICE));
        AccessControl.SignedIn principal = () -> user;
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
    }

    private void assessments(List<SyntheticChildren.SyntheticChild> children, Random random) {
        LocalDate today = LocalDate.now(clock);
        LateReason[] reasons = LateReason.values();
        for (var child : children) {
            String from = child.details().lookedAfterFrom();
            if (!Boolean.TRUE.equals(child.details().lookedAfter()) || from == null) {
                continue;
            }
            LocalDate startedOn = LocalDate.parse(from);
            if (startedOn.isBefore(today.minusMonths(12))) {
                continue;
            }
            LookedAfterEpisode e = lookedAfter.record(child.id(), startedOn);
            int roll = random.nextInt(100);
            LocalDate onTime = startedOn.plusDays(10 + random.nextInt(15));
            LocalDate late = e.dueOn().plusDays(3 + random.nextInt(40));
            if (roll < 32 && !onTime.isAfter(e.dueOn()) && !onTime.isAfter(today)) {
                lookedAfter.recordAssessment(e.id(), null, onTime, null, null);
            } else if (roll < 85 && !late.isAfter(today)) {
                LateReason reason = reasons[random.nextInt(reasons.length)];
                lookedAfter.recordAssessment(e.id(), null, late, reason,
                        reason == LateReason.OTHER ? "Carer changed twice in the first month" : null);
            }
        }
    }

    private void dynamicSupportRegister(List<SyntheticChildren.SyntheticChild> children, Random random) {
        LocalDate today = LocalDate.now(clock);
        List<SyntheticChildren.SyntheticChild> chosen = new ArrayList<>();
        for (var child : children) {
            if (child.age() >= 8 && child.age() <= 17 && random.nextInt(200) == 0) {
                chosen.add(child);
            }
            if (chosen.size() == 24) {
                break;
            }
        }
        DsrRating[] mix = {DsrRating.RED, DsrRating.RED, DsrRating.RED, DsrRating.AMBER, DsrRating.AMBER,
                DsrRating.AMBER, DsrRating.AMBER, DsrRating.AMBER, DsrRating.BLUE, DsrRating.BLUE};
        String[] keyworkers = {"Keyworker service: Keyworker A", "Keyworker service: Keyworker B",
                "Keyworker service: Keyworker C"};
        for (int i = 0; i < chosen.size(); i++) {
            var child = chosen.get(i);
            DsrRating now = i < mix.length ? mix[i] : DsrRating.GREEN;
            LocalDate added = today.minusDays(30 + random.nextInt(150));
            boolean consent = random.nextInt(5) > 0;
            DsrEntry e = register.add(new DsrEntry.NewEntry(child.id(), DsrRating.GREEN,
                    "Autistic; anxiety rising at school transition; family managing with short breaks", consent,
                    consent ? "Parent with parental responsibility" : null,
                    consent ? null : "Best-interests meeting with the family and the paediatrician: the young person "
                            + "lacks capacity to consent to sharing; being on the register is in their interest",
                    now == DsrRating.GREEN ? null : keyworkers[i % keyworkers.length], added));
            LocalDate reviewed = added.plusDays(14 + random.nextInt(10));
            if (!reviewed.isAfter(today)) {
                register.review(e.id(), null, reviewed, "CAMHS, children's social care, school SENCo, keyworker service",
                        "Reviewed at the multi-agency meeting: support at home and school discussed",
                        List.of(new DsrEntry.NewAction("Refer for short breaks assessment", "Social worker",
                                reviewed.plusDays(14)), new DsrEntry.NewAction("Update the positive behaviour support "
                                + "plan with school", "CAMHS clinician", reviewed.plusDays(21))));
            }
            if (now != DsrRating.GREEN) {
                LocalDate rated = today.minusDays(random.nextInt(20));
                register.rate(e.id(), null, now, switch (now) {
                    case RED -> "Placement at risk of breakdown; two crisis presentations at A&E this month";
                    case AMBER -> "Excluded from school; sleep and self-injury worsening; family at breaking point";
                    case BLUE -> "Admitted to an inpatient mental health unit";
                    case GREEN -> "Stable";
                }, rated.isBefore(reviewed) || rated.isBefore(added) ? today : rated);
                if (now == DsrRating.RED || now == DsrRating.BLUE) {
                    register.recordCetr(e.id(), now == DsrRating.BLUE ? CetrType.INPATIENT : CetrType.COMMUNITY, today,
                            "Intensive support at home with the keyworker; review medication; plan for a return to "
                                    + "school on a reduced timetable");
                }
            }
        }
    }

    /**
     * Twelve GP practices' monthly counts since April of last year, through the CSV import: about 28% uptake in
     * the current year's months so far, as the seeds' IP7 reports, with practices from 10% to 50%.
     */
    private void healthChecks(Random random) {
        String[] practices = {"Taunton Vale Surgery", "Wellington Medical Centre", "Minehead Health Centre",
                "Bridgwater Bay Practice", "Yeovil Town Surgery", "Frome Valley Medical Practice",
                "Glastonbury Abbey Surgery", "Chard Road Practice", "Wells City Surgery", "Crewkerne Health Centre",
                "Burnham and Berrow Practice", "Shepton Mallet Surgery"};
        LocalDate today = LocalDate.now(clock);
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        LocalDate first = LocalDate.of(year - 1, 4, 1);
        StringBuilder csv = new StringBuilder(String.join(",", AnnualHealthChecks.COLUMNS)).append('\n');
        for (int p = 0; p < practices.length; p++) {
            int register = 25 + random.nextInt(60);
            double share = 0.10 + random.nextDouble() * 0.40;
            for (LocalDate m = first; !m.isAfter(today.withDayOfMonth(1)); m = m.plusMonths(1)) {
                int checksDone = (int) Math.round(register * share / 12 + random.nextGaussian());
                csv.append(String.format("L85%03d,%s,%s,%d,%d%n", p + 1, practices[p],
                        java.time.YearMonth.from(m), register, Math.max(0, Math.min(register, checksDone))));
            }
        }
        checks.importCsv(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
