package uk.send.platform.casework.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.send.platform.casework.CaseView;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.NoticeKind;
import uk.send.platform.casework.TimelineEntry;

/** Which letters a case can produce: one for each decision recorded on it, dated on the latest such decision. */
final class LetterKinds {

    private static final List<NoticeKind> WRITTEN = List.of(NoticeKind.DECISION_TO_ASSESS,
            NoticeKind.DECISION_NOT_TO_ASSESS, NoticeKind.DECISION_NOT_TO_ISSUE, NoticeKind.DRAFT_PLAN,
            NoticeKind.FINAL_PLAN, NoticeKind.REVIEW_DECISION, NoticeKind.DECISION_NOT_TO_AMEND,
            NoticeKind.DECISION_NOT_TO_REASSESS, NoticeKind.CEASE_DECISION);

    private LetterKinds() {
    }

    static List<NoticeKind> availableFor(CaseView view) {
        return WRITTEN.stream().filter(kind -> source(view, kind).isPresent()).toList();
    }

    static Optional<TimelineEntry> source(CaseView view, NoticeKind kind) {
        List<TimelineEntry> events = view.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (matches(kind, events.get(i))) {
                return Optional.of(events.get(i));
            }
        }
        return Optional.empty();
    }

    static Optional<NoticeKind> parse(String text) {
        return Arrays.stream(NoticeKind.values()).filter(k -> k.name().equalsIgnoreCase(text))
                .filter(WRITTEN::contains).findFirst();
    }

    private static boolean matches(NoticeKind kind, TimelineEntry e) {
        Object outcome = e.details().get("outcome");
        return switch (kind) {
            case DECISION_TO_ASSESS -> e.type() == EventType.DECIDED_TO_ASSESS;
            case DECISION_NOT_TO_ASSESS -> e.type() == EventType.DECIDED_NOT_TO_ASSESS;
            case DECISION_NOT_TO_ISSUE -> e.type() == EventType.DECIDED_NOT_TO_ISSUE;
            case DRAFT_PLAN -> e.type() == EventType.DRAFT_PLAN_ISSUED;
            case FINAL_PLAN -> e.type() == EventType.FINAL_PLAN_ISSUED;
            case REVIEW_DECISION -> e.type() == EventType.REVIEW_DECISION_MADE;
            case DECISION_NOT_TO_AMEND -> e.type() == EventType.DECIDED_NOT_TO_AMEND;
            case DECISION_NOT_TO_REASSESS -> e.type() == EventType.DECIDED_NOT_TO_REASSESS;
            case CEASE_DECISION -> (e.type() == EventType.CEASE_DECISION_MADE || e.type() == EventType.REVIEW_DECISION_MADE)
                    && "CEASE".equals(outcome);
            default -> false;
        };
    }
}
