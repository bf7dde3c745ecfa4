package uk.send.platform.advice.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.send.platform.access.UserAccount;
import uk.send.platform.access.UserAccounts;
import uk.send.platform.advice.AdviceDemo;

/**
 * Gives the synthetic Local Area's advice requests, created and closed by casework's imported journeys, the history
 * providers' work would leave: submitted structured advice on the most recent returns, reg 8(2) reasons on some late
 * ones, open requests accepted and partly drafted, and the last three months' reports stored.
 */
@Component
class DemoHistories implements AdviceDemo {

    static final int RECENT_RESPONSES = 400;
    static final int REPORT_MONTHS = 3;
    private static final int BATCH = 200;

    private final AdviceRequests requests;
    private final AdviceResponses responses;
    private final AdviceForms forms;
    private final PartnerServices services;
    private final UserAccounts users;
    private final MonthlyReports reports;
    private final AdviceClock clock;

    DemoHistories(AdviceRequests requests, AdviceResponses responses, AdviceForms forms, PartnerServices services,
            UserAccounts users, MonthlyReports reports, AdviceClock clock) {
        this.requests = requests;
        this.responses = responses;
        this.forms = forms;
        this.services = services;
        this.users = users;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public void giveHistories(long seed) {
        Random random = new Random(seed);
        Map<Long, List<String>> members = members();
        answerRecentReturns(random, members);
        startOpenRequests(random, members);
        YearMonth thisMonth = YearMonth.from(clock.today());
        for (int i = REPORT_MONTHS; i >= 1; i--) {
            reports.generateMissing(thisMonth.minusMonths(i));
        }
    }

    private void answerRecentReturns(Random random, Map<Long, List<String>> members) {
        LocalDate since = clock.today().minusMonths(6);
        int answered = 0;
        String after = "";
        List<AdviceRequest> batch;
        do {
            batch = requests.returnedSince(since, after, BATCH);
            for (AdviceRequest r : batch) {
                if (answered >= RECENT_RESPONSES || r.serviceId() == null) {
                    continue;
                }
                String author = pick(members.get(r.serviceId()), random, "advice.portal");
                LateReason reason = r.returnedLate() ? lateReason(random) : null;
                requests.returnedThroughPortal(r.id(), author, reason, at(r.receivedOn()));
                responses.save(r.id(), forms.current(r.kind()), true,
                        DemoAdvice.answers(forms.current(r.kind()), author, random), author, at(r.receivedOn()));
                answered++;
            }
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
        } while (batch.size() == BATCH && answered < RECENT_RESPONSES);
    }

    private void startOpenRequests(Random random, Map<Long, List<String>> members) {
        Instant now = clock.clock().instant();
        String after = "";
        List<AdviceRequest> batch;
        do {
            batch = requests.openAfter(after, BATCH);
            for (AdviceRequest r : batch) {
                List<String> team = members.get(r.serviceId());
                if (team == null || random.nextInt(3) == 0) {
                    continue;
                }
                String author = pick(team, random, null);
                requests.assign(r.id(), r.version(), author, now);
                if (random.nextBoolean()) {
                    AdviceForm form = forms.current(r.kind());
                    AdviceAnswers all = DemoAdvice.answers(form, author, random);
                    AdviceAnswers partial = new AdviceAnswers(all.text().entrySet().stream().limit(3)
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), Map.of());
                    responses.save(r.id(), form, false, partial, author, now);
                }
            }
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
        } while (batch.size() == BATCH);
    }

    /** The advice providers of each service, by service id. */
    private Map<Long, List<String>> members() {
        Map<String, Long> byName = services.all().stream()
                .collect(Collectors.toMap(s -> s.name().toLowerCase(), PartnerService::id, (a, b) -> a));
        return users.list().stream()
                .filter(u -> u.enabled() && u.roles().contains(AdviceTray.PROVIDER_ROLE) && u.service() != null
                        && byName.containsKey(u.service().strip().toLowerCase()))
                .collect(Collectors.groupingBy(u -> byName.get(u.service().strip().toLowerCase()),
                        Collectors.mapping(UserAccount::username, Collectors.toList())));
    }

    /** Most late advice has no exception; some gives one of the reg 8(2) grounds. */
    private static LateReason lateReason(Random random) {
        int roll = random.nextInt(20);
        return roll < 12 ? LateReason.NONE : roll < 15 ? LateReason.EXCEPTIONAL_CIRCUMSTANCES
                : roll < 17 ? LateReason.ABSENT_FROM_AREA : LateReason.MISSED_APPOINTMENT;
    }

    private static String pick(List<String> choices, Random random, String otherwise) {
        return choices == null || choices.isEmpty() ? otherwise : choices.get(random.nextInt(choices.size()));
    }

    private Instant at(LocalDate day) {
        return day.atTime(14, 0).atZone(clock.clock().getZone()).toInstant();
    }
}
