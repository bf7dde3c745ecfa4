package uk.send.platform.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.AccessLog;
import uk.send.platform.access.Actions;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.access.Scope;
import uk.send.platform.children.Children;
import uk.send.platform.health.internal.NotificationRecords;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.LocalArea;
import uk.send.platform.kernel.Paged;

/** The log of missed or late health notifications, with counts by theme (IP7). Health and social care only. */
@Service
public class HealthNotifications {

    public static final String RECORD_TYPE = "HEALTH_NOTIFICATION";

    /** What a new entry in the log takes; receivedOn null means it never arrived. */
    public record NewNotification(NotificationTheme theme, String fromService, String toService, LocalDate dueOn,
            LocalDate receivedOn, String description, String childId) {
    }

    private final NotificationRecords records;
    private final Children children;
    private final AccessControl access;
    private final AccessLog accessLog;
    private final Clock clock;
    private final String la;

    HealthNotifications(NotificationRecords records, Children children, AccessControl access, AccessLog accessLog,
            Clock clock, LocalArea localArea) {
        this.records = records;
        this.children = children;
        this.access = access;
        this.accessLog = accessLog;
        this.clock = clock;
        this.la = localArea.code();
    }

    @Transactional
    public HealthNotification record(NewNotification n) {
        CurrentUser user = access.require(Actions.HEALTH_WRITE, Scope.SERVICE);
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (n.theme() == null) {
            problems.add(new FieldProblem("theme", "Choose the theme"));
        }
        text(problems, "fromService", n.fromService(), 120, "Enter who should have sent the notification");
        text(problems, "toService", n.toService(), 120, "Enter who should have received it");
        if (n.dueOn() == null) {
            problems.add(new FieldProblem("dueOn", "Enter when it should have arrived"));
        } else if (n.dueOn().isAfter(today)) {
            problems.add(new FieldProblem("dueOn", "The date it should have arrived must be today or in the past"));
        }
        if (n.receivedOn() != null && n.dueOn() != null && !n.receivedOn().isAfter(n.dueOn())) {
            problems.add(new FieldProblem("receivedOn", "A late notification arrived after it was due; leave this "
                    + "blank if it never arrived"));
        }
        if (n.receivedOn() != null && n.receivedOn().isAfter(today)) {
            problems.add(new FieldProblem("receivedOn", "The date it arrived must be today or in the past"));
        }
        text(problems, "description", n.description(), 1000, "Describe what happened");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String childId = n.childId() == null || n.childId().isBlank() ? null : n.childId().strip();
        if (childId != null && !children.exists(childId)) {
            throw new ConflictingChange(422, "There is no child " + childId + " on the register");
        }
        long id = records.insert(la, n.theme(), n.fromService().strip(), n.toService().strip(), n.dueOn(),
                n.receivedOn(), n.description().strip(), childId, today, user.username(), clock.instant());
        accessLog.record(RECORD_TYPE, String.valueOf(id), "CREATE");
        return records.find(la, id).orElseThrow();
    }

    /** The log, latest first, one theme or all. */
    public Paged<HealthNotification> list(NotificationTheme theme, int page, int size) {
        access.require(Actions.HEALTH_READ, Scope.SERVICE);
        Paged.check(page, size);
        List<HealthNotification> items = records.page(la, theme, page, size);
        items.stream().filter(i -> i.childId() != null)
                .forEach(i -> accessLog.record(RECORD_TYPE, String.valueOf(i.id()), "LIST_READ"));
        return new Paged<>(items, page, size, records.count(la, theme));
    }

    /** How many were missed and late under each theme, due in from..to. */
    public Map<NotificationTheme, long[]> themes(LocalDate from, LocalDate to) {
        access.require(Actions.HEALTH_READ, Scope.SERVICE);
        return records.themes(la, from, to);
    }

    private static void text(List<FieldProblem> problems, String field, String value, int longest, String missing) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, missing));
        } else if (value.strip().length() > longest) {
            problems.add(new FieldProblem(field, "Keep this to " + longest + " characters or fewer"));
        }
    }
}
