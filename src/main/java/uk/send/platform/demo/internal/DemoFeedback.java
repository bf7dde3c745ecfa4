package uk.send.platform.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import uk.send.platform.casework.CaseEventRecorded;
import uk.send.platform.casework.CaseHistories;
import uk.send.platform.casework.CaseOpened;
import uk.send.platform.casework.CaseReassigned;
import uk.send.platform.feedback.FamilyFeedback;
import uk.send.platform.feedback.FeedbackResults;
import uk.send.platform.feedback.KeyPoint;

/**
 * Families' voice in the synthetic Local Area: surveys sent after the last year's decisions, final plans and review
 * decisions, a little over half answered (some anonymously, some in easy-read words), themes tagged on what families
 * wrote, and a few "You said, we did" entries, some published. Written through the feedback module's public services.
 */
@Component
class DemoFeedback {

    private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);
    private static final int SURVEYS = 240;
    private static final String[] COMMENTS = {
        "Nobody called us back when they said they would.",
        "The letters were full of jargon; we did not understand what happened next.",
        "Our comments on the draft plan were not reflected in the final plan.",
        "The caseworker was kind and explained every step.",
        "It took far too long and we had to chase every week.",
        "We would have liked a meeting in person rather than only emails.",
        "Our daughter's own views were finally written down in her words.",
        "We were told different things by different people.",
        "The school was not told about the decision until we told them.",
        "Thank you for listening to us at the review."
    };
    private static final String[][] THEMES = {
        {"Keeping families updated", "0", "1", "4", "8"},
        {"Plain language in letters", "1"},
        {"Comments on the draft plan", "2"},
        {"The child's own voice", "6"},
        {"Good practice to share", "3", "9"}
    };

    private final CaseHistories histories;
    private final FamilyFeedback feedback;
    private final FeedbackResults results;
    private final UserDetailsService users;
    private final Clock clock;

    DemoFeedback(CaseHistories histories, FamilyFeedback feedback, FeedbackResults results, UserDetailsService users,
            Clock clock) {
        this.histories = histories;
        this.feedback = feedback;
        this.results = results;
        this.users = users;
        this.clock = clock;
    }

    record Candidate(String caseId, String childId, String team, KeyPoint keyPoint, LocalDate on) {
    }

    void give(long seed) {
        long started = System.currentTimeMillis();
        Random random = new Random(seed ^ 0x5EED_F00DL);
        LocalDate today = LocalDate.now(clock);
        List<Candidate> candidates = candidates(today.minusMonths(12), today.minusDays(15));
        int sent = 0;
        int answered = 0;
        for (Candidate c : candidates) {
            if (sent == SURVEYS) {
                break;
            }
            LocalDate invitedOn = c.on().plusDays(c.keyPoint() == KeyPoint.AFTER_FINAL_PLAN ? 7 : 1);
            String token = feedback.inviteForDemo(c.caseId(), c.childId(), c.keyPoint(), c.team(), invitedOn);
            sent++;
            if (random.nextInt(100) >= 55) {
                continue;
            }
            int comment = random.nextInt(COMMENTS.length + 4);
            boolean positive = comment == 3 || comment == 6 || comment == 9 || random.nextInt(100) < 45;
            Map<String, String> answers = answers(c.keyPoint(), random, positive,
                    comment < COMMENTS.length ? COMMENTS[comment] : null);
            feedback.respondForDemo(token, answers, random.nextInt(100) < 20, random.nextInt(100) < 10,
                    invitedOn.plusDays(1 + random.nextInt(12)));
            answered++;
        }
        as("improvement.lead", () -> {
            tagAndLog(today);
            return null;
        });
        log.info("Synthetic Local Area: {} family surveys sent, {} answered, in {} ms", sent, answered,
                System.currentTimeMillis() - started);
    }

    private void tagAndLog(LocalDate today) {
        Map<String, Long> themeIds = new HashMap<>();
        results.themes().forEach(t -> themeIds.put(t.name(), t.id()));
        for (String[] theme : THEMES) {
            themeIds.computeIfAbsent(theme[0], name -> results.addTheme(name).id());
        }
        int page = 0;
        while (true) {
            var comments = results.comments(null, null, page++, 100);
            for (var c : comments.items()) {
                List<Long> tags = new ArrayList<>();
                for (String[] theme : THEMES) {
                    for (int i = 1; i < theme.length; i++) {
                        if (c.text().equals(COMMENTS[Integer.parseInt(theme[i])])) {
                            tags.add(themeIds.get(theme[0]));
                        }
                    }
                }
                if (!tags.isEmpty()) {
                    results.tag(c.responseId(), c.questionKey(), tags);
                }
            }
            if (!comments.hasNext()) {
                break;
            }
        }
        results.addAction(new FeedbackResults.NewAction(themeIds.get("Keeping families updated"), null,
                "Families told us they were not called back and had to chase for news of their request.",
                "Every family now has a named caseworker, and calls are returned within 2 working days. We send an "
                        + "update at least every 4 weeks while an assessment is under way.",
                today.minusMonths(5), true));
        results.addAction(new FeedbackResults.NewAction(themeIds.get("Plain language in letters"), null,
                "Families said our decision letters were full of jargon.",
                "We rewrote our decision letters with parent carers, and each now says in plain words what happens "
                        + "next and when.", today.minusMonths(3), true));
        results.addAction(new FeedbackResults.NewAction(themeIds.get("Comments on the draft plan"), "AFTER_FINAL_PLAN",
                "Parents said their comments on the draft plan were ignored.",
                "Each final plan now comes with a short note of the family's comments on the draft and what was "
                        + "changed because of them, or why not.", today.minusMonths(1), true));
        results.addAction(new FeedbackResults.NewAction(themeIds.get("The child's own voice"), "AFTER_ANNUAL_REVIEW",
                "Young people said reviews talked about them rather than with them.",
                "Review meetings are being piloted with the young person's own section first, led by them.",
                today.minusDays(10), false));
    }

    private static Map<String, String> answers(KeyPoint keyPoint, Random random, boolean positive, String comment) {
        Map<String, String> answers = new HashMap<>();
        answers.put("listened", scale(random, positive));
        switch (keyPoint) {
            case AFTER_DECISION_TO_ASSESS -> {
                answers.put("clear", scale(random, positive));
                answers.put("contact", List.of("Letter", "Email", "Phone call", "Meeting").get(random.nextInt(4)));
            }
            case AFTER_FINAL_PLAN -> {
                answers.put("draft", scale(random, positive && random.nextBoolean()));
                answers.put("describes", scale(random, positive));
            }
            case AFTER_ANNUAL_REVIEW -> {
                answers.put("views", scale(random, positive));
                answers.put("attended", List.of("Parent or carer", "Child or young person", "Both").get(random.nextInt(3)));
            }
        }
        if (comment != null) {
            answers.put("better", comment);
        }
        return answers;
    }

    private static String scale(Random random, boolean positive) {
        return String.valueOf(positive ? 4 + random.nextInt(2) : 1 + random.nextInt(3));
    }

    /** Key-point events of the period from casework's histories, a page of journeys at a time, until enough. */
    private List<Candidate> candidates(LocalDate from, LocalDate to) {
        List<Candidate> found = new ArrayList<>();
        String after = null;
        while (found.size() < SURVEYS * 2) {
            var page = histories.after(after, 200);
            if (page.isEmpty()) {
                break;
            }
            for (var journey : page) {
                String childId = null;
                String team = null;
                for (Object event : journey.events()) {
                    if (event instanceof CaseOpened o) {
                        childId = o.childId();
                        team = o.team();
                    } else if (event instanceof CaseReassigned r) {
                        team = r.team();
                    } else if (event instanceof CaseEventRecorded e && e.on() != null && !e.on().isBefore(from)
                            && !e.on().isAfter(to)) {
                        String child = childId;
                        String t = team;
                        KeyPoint.after(e.type()).ifPresent(k -> found.add(new Candidate(e.caseId(), child, t, k, e.on())));
                    }
                }
                after = journey.caseId();
            }
        }
        return found;
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
