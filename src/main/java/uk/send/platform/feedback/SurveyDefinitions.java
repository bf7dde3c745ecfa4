package uk.send.platform.feedback;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.access.Scope;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.LocalArea;
import uk.send.platform.kernel.RecordNotFound;

/**
 * The surveys families are asked, one versioned definition per key point, and how each key point's survey goes out.
 * A version is never changed: a new one is added, and invitations made from then on use it (decision 0135).
 */
@Service
public class SurveyDefinitions {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private final SurveyStore store;
    private final AccessControl access;
    private final Clock clock;
    private final String laCode;

    SurveyDefinitions(SurveyStore store, AccessControl access, Clock clock, LocalArea localArea) {
        this.store = store;
        this.access = access;
        this.clock = clock;
        this.laCode = localArea.code();
    }

    /** Every version of every survey, for staff. */
    public List<Survey> all() {
        access.requireUser();
        return store.all(laCode);
    }

    public Survey get(String id) {
        access.requireUser();
        return store.find(laCode, id).orElseThrow(() -> new RecordNotFound("Survey " + id));
    }

    /** The version new invitations at this key point use. */
    public Survey current(KeyPoint keyPoint) {
        return store.current(laCode, keyPoint).orElseThrow(() -> new RecordNotFound("Survey for " + keyPoint));
    }

    @Transactional
    public Survey addVersion(NewSurvey input) {
        var user = access.require(Actions.FEEDBACK_MANAGE, Scope.ALL);
        List<FieldProblem> problems = new ArrayList<>();
        KeyPoint keyPoint = null;
        try {
            keyPoint = KeyPoint.parse("keyPoint", input.keyPoint());
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        String title = required(problems, "title", input.title(), 200);
        String easyTitle = orElse(input.easyReadTitle(), title);
        String intro = required(problems, "intro", input.intro(), 1000);
        String easyIntro = orElse(input.easyReadIntro(), intro);
        List<Question> questions = questions(problems, input.questions());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Survey survey = new Survey(UUID.randomUUID().toString(), keyPoint, store.nextVersion(laCode, keyPoint), title,
                easyTitle, intro, easyIntro, questions, clock.instant(), user.username());
        store.insert(laCode, survey);
        return survey;
    }

    public List<KeyPointSettings> settings() {
        access.requireUser();
        return store.settings(laCode);
    }

    public KeyPointSettings settings(KeyPoint keyPoint) {
        return store.settings(laCode, keyPoint).orElseThrow(() -> new RecordNotFound("Key point " + keyPoint));
    }

    /** Changes a key point's settings; version is the one read (a stale one is refused with 409). */
    @Transactional
    public KeyPointSettings change(KeyPointSettings changed) {
        access.require(Actions.FEEDBACK_MANAGE, Scope.ALL);
        List<FieldProblem> problems = new ArrayList<>();
        range(problems, "delayDays", changed.delayDays(), 0, 90, "The delay must be between 0 and 90 days");
        range(problems, "expiryDays", changed.expiryDays(), 1, 90, "A link must last between 1 and 90 days");
        range(problems, "reminderAfterDays", changed.reminderAfterDays(), 1, 60,
                "Reminders must wait between 1 and 60 days");
        range(problems, "maxReminders", changed.maxReminders(), 0, 5, "Send at most 5 reminders");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        settings(changed.keyPoint());
        if (!store.update(laCode, changed)) {
            throw new ConflictingChange("Someone else changed these settings; reload them and try again");
        }
        return settings(changed.keyPoint());
    }

    private static void range(List<FieldProblem> problems, String field, int value, int min, int max, String message) {
        if (value < min || value > max) {
            problems.add(new FieldProblem(field, message));
        }
    }

    private static List<Question> questions(List<FieldProblem> problems, List<NewSurvey.NewQuestion> input) {
        List<Question> questions = new ArrayList<>();
        if (input == null || input.isEmpty()) {
            problems.add(new FieldProblem("questions", "Add at least one question"));
            return questions;
        }
        Set<String> keys = new HashSet<>();
        int measured = 0;
        for (int i = 0; i < input.size(); i++) {
            var q = input.get(i);
            String at = "questions[" + i + "].";
            if (q == null) {
                problems.add(new FieldProblem("questions[" + i + "]", "Enter the question"));
                continue;
            }
            if (q.key() == null || !KEY.matcher(q.key()).matches()) {
                problems.add(new FieldProblem(at + "key", "Enter a key of lower-case letters, digits and hyphens"));
            } else if (!keys.add(q.key())) {
                problems.add(new FieldProblem(at + "key", "Each question needs its own key"));
            }
            QuestionKind kind = null;
            try {
                kind = QuestionKind.valueOf(q.kind() == null ? "" : q.kind());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(at + "kind", "Choose SCALE, CHOICE or TEXT"));
            }
            String text = required(problems, at + "text", q.text(), 500);
            List<String> options = q.options() == null ? List.of()
                    : q.options().stream().filter(o -> o != null && !o.isBlank()).map(String::strip).toList();
            if (kind == QuestionKind.CHOICE && (options.size() < 2 || options.size() > 12)) {
                problems.add(new FieldProblem(at + "options", "Give between 2 and 12 options"));
            }
            if (options.stream().anyMatch(o -> o.length() > 150)) {
                problems.add(new FieldProblem(at + "options", "Keep each option to 150 characters"));
            }
            String measure = q.measure() == null || q.measure().isBlank() ? null : q.measure().strip();
            if (measure != null && !("listened-to".equals(measure) && kind == QuestionKind.SCALE)) {
                problems.add(new FieldProblem(at + "measure", "Only a scale question can feed the listened-to measure"));
            }
            if (measure != null && ++measured > 1) {
                problems.add(new FieldProblem(at + "measure", "Only one question can feed the listened-to measure"));
            }
            if (kind != null && text != null) {
                questions.add(new Question(q.key(), kind, text, orElse(q.easyReadText(), text),
                        kind == QuestionKind.CHOICE ? options : List.of(), Boolean.TRUE.equals(q.required()), measure));
            }
        }
        return questions;
    }

    private static String required(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "Enter the " + field.replaceAll(".*\\.", "")));
            return null;
        }
        if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "Keep it to " + max + " characters"));
            return null;
        }
        return value.strip();
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
