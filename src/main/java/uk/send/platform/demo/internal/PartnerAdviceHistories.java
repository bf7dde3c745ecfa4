package uk.send.platform.demo.internal;

import java.time.Clock;
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
import uk.send.platform.advice.AdviceHistories;
import uk.send.platform.advice.AdviceHistories.HistoricRequest;
import uk.send.platform.advice.AdviceHistories.WrittenAdvice;

/**
 * Gives the synthetic Local Area's advice requests, created and closed by casework's imported journeys, the history
 * providers' work would leave: submitted structured advice on the most recent returns, reg 8(2) reasons on some late
 * ones, open requests accepted and partly drafted, and the last three months' reports stored. Written through the
 * advice module's {@link AdviceHistories}; runs without a signed-in user; deterministic for a seed.
 */
@Component
public class PartnerAdviceHistories {

    static final int RECENT_RESPONSES = 400;
    static final int REPORT_MONTHS = 3;
    static final String PROVIDER_ROLE = "ADVICE_PROVIDER";
    private static final int BATCH = 200;

    private final AdviceHistories advice;
    private final UserAccounts users;
    private final Clock clock;

    PartnerAdviceHistories(AdviceHistories advice, UserAccounts users, Clock clock) {
        this.advice = advice;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Returned requests get a submitted structured response (and a reg 8(2) reason on some late ones); open ones are
     * accepted by a member of their service, about half with a draft started; the last three months' performance
     * reports are generated and stored for every service.
     */
    public void giveHistories(long seed) {
        Random random = new Random(seed);
        Map<String, List<String>> members = members();
        answerRecentReturns(random, members);
        startOpenRequests(random, members);
        YearMonth thisMonth = YearMonth.from(today());
        for (int i = REPORT_MONTHS; i >= 1; i--) {
            advice.storeMissingReports(thisMonth.minusMonths(i));
        }
    }

    private void answerRecentReturns(Random random, Map<String, List<String>> members) {
        LocalDate since = today().minusMonths(6);
        int answered = 0;
        String after = "";
        List<HistoricRequest> batch;
        do {
            batch = advice.returnedSince(since, after, BATCH);
            for (HistoricRequest r : batch) {
                if (answered >= RECENT_RESPONSES || r.serviceName() == null) {
                    continue;
                }
                String author = pick(members.get(key(r.serviceName())), random, "advice.portal");
                String reason = r.returnedLate() ? lateReason(random) : null;
                advice.submitted(r, author, reason,
                        DemoAdvice.answers(advice.currentQuestions(r.kind()), author, random), at(r.receivedOn()));
                answered++;
            }
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
        } while (batch.size() == BATCH && answered < RECENT_RESPONSES);
    }

    private void startOpenRequests(Random random, Map<String, List<String>> members) {
        Instant now = clock.instant();
        String after = "";
        List<HistoricRequest> batch;
        do {
            batch = advice.openAfter(after, BATCH);
            for (HistoricRequest r : batch) {
                List<String> team = r.serviceName() == null ? null : members.get(key(r.serviceName()));
                if (team == null || random.nextInt(3) == 0) {
                    continue;
                }
                String author = pick(team, random, null);
                WrittenAdvice draft = null;
                if (random.nextBoolean()) {
                    WrittenAdvice all = DemoAdvice.answers(advice.currentQuestions(r.kind()), author, random);
                    draft = new WrittenAdvice(all.answers().entrySet().stream().limit(3)
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), Map.of());
                }
                advice.taken(r, author, draft, now);
            }
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
        } while (batch.size() == BATCH);
    }

    /** The enabled advice providers of each service, by the service's name in lower case. */
    private Map<String, List<String>> members() {
        return users.list().stream()
                .filter(u -> u.enabled() && u.roles().contains(PROVIDER_ROLE) && u.service() != null)
                .collect(Collectors.groupingBy(u -> key(u.service()),
                        Collectors.mapping(UserAccount::username, Collectors.toList())));
    }

    private static String key(String serviceName) {
        return serviceName.strip().toLowerCase();
    }

    /** Most late advice has no exception; some gives one of the reg 8(2) grounds. */
    private static String lateReason(Random random) {
        int roll = random.nextInt(20);
        return roll < 12 ? "NONE" : roll < 15 ? "EXCEPTIONAL_CIRCUMSTANCES"
                : roll < 17 ? "ABSENT_FROM_AREA" : "MISSED_APPOINTMENT";
    }

    private static String pick(List<String> choices, Random random, String otherwise) {
        return choices == null || choices.isEmpty() ? otherwise : choices.get(random.nextInt(choices.size()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant at(LocalDate day) {
        return day.atTime(14, 0).atZone(clock.getZone()).toInstant();
    }
}
