package uk.send.platform.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.access.Scope;
import uk.send.platform.access.UserAccounts;
import uk.send.platform.casework.CaseView;
import uk.send.platform.casework.Cases;
import uk.send.platform.children.Children;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.LocalArea;
import uk.send.platform.kernel.RecordNotFound;
import uk.send.platform.notifications.NewNotification;
import uk.send.platform.notifications.Notifications;
import uk.send.platform.notifications.OutboxEntry;

/**
 * Invitations to a key point's survey and the responses to them. A link carries a random token of 256 bits; only its
 * SHA-256 is stored (decision 0130), the link works until its invitation is answered or expires, and a refusal says
 * nothing about whose it was. Messages go through the notifications outbox in the caller's transaction; the link's
 * secret is put into an email only when a real sender takes it ({@code ((link))} in the stored body).
 */
@Service
public class FamilyFeedback {

    public static final String INVITATION_TEMPLATE = "feedback-invitation";
    public static final String REMINDER_TEMPLATE = "feedback-reminder";
    public static final String REFERENCE_PREFIX = "feedback:";
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int BATCH = 100;

    private final Invitations invitations;
    private final Responses responses;
    private final SurveyStore surveys;
    private final Cases cases;
    private final Children children;
    private final UserAccounts accounts;
    private final Notifications notifications;
    private final AccessControl access;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final LocalArea localArea;
    private final String laCode;
    private final String baseUrl;

    FamilyFeedback(Invitations invitations, Responses responses, SurveyStore surveys, Cases cases, Children children,
            UserAccounts accounts, Notifications notifications, AccessControl access, Clock clock, LocalArea localArea,
            @Value("${send.base-url:http://localhost:8080}") String baseUrl) {
        this.invitations = invitations;
        this.responses = responses;
        this.surveys = surveys;
        this.cases = cases;
        this.children = children;
        this.accounts = accounts;
        this.notifications = notifications;
        this.access = access;
        this.clock = clock;
        this.localArea = localArea;
        this.laCode = localArea.code();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * A caseworker sends a key point's survey by hand for a case they may read. The family's email is the one given,
     * else the child's main contact's; with none, the message is held in the outbox and the link returned here is the
     * way to reach them. The link is shown this once.
     */
    @Transactional
    public InvitationSent invite(String caseId, KeyPoint keyPoint, String recipient) {
        CurrentUser user = access.require(Actions.FEEDBACK_SEND, Scope.OWN);
        if (caseId == null || caseId.isBlank()) {
            throw InvalidInput.of("caseId", "Enter the case the survey is about");
        }
        if (keyPoint == null) {
            throw InvalidInput.of("survey", "Choose the survey");
        }
        String email = recipient == null || recipient.isBlank() ? null : recipient.strip();
        if (email != null && (!EMAIL.matcher(email).matches() || email.length() > 200)) {
            throw InvalidInput.of("recipient", "Enter an email address in the correct format, like name@example.com");
        }
        CaseView view = cases.get(caseId);
        Scope scope = user.scopeFor(Actions.FEEDBACK_SEND).orElse(Scope.OWN);
        if (!scope.covers(Scope.TEAM) && !user.username().equals(view.caseworker())) {
            throw new org.springframework.security.access.AccessDeniedException("Not your case");
        }
        if (!scope.covers(Scope.ALL) && scope.covers(Scope.TEAM) && user.team() != null
                && !user.team().equals(view.team())) {
            throw new org.springframework.security.access.AccessDeniedException("Not your team's case");
        }
        Survey survey = surveys.current(laCode, keyPoint).orElseThrow(() -> new RecordNotFound("Survey " + keyPoint));
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        invitations.insert(laCode, new Invitations.NewRow(id, caseId, view.childId(), keyPoint, survey.id(),
                view.team(), "BY_HAND", null, email, now, user.username(), now));
        LocalDate expiresOn = sendNow(id, email == null ? children.familyEmail(view.childId()).orElse(null) : email);
        return new InvitationSent(id, link(mint(id)), expiresOn);
    }

    /**
     * After casework's event (a reaction after commit): makes the key point's invitation once per case and event day,
     * sent now or after the key point's delay. Runs without a signed-in user; the team is the one of whoever recorded
     * the event. Returns false when the key point is not automatic or the invitation was already made.
     */
    @Transactional
    public boolean inviteAfter(String caseId, String childId, KeyPoint keyPoint, LocalDate eventOn, String recordedBy) {
        KeyPointSettings settings = surveys.settings(laCode, keyPoint).orElse(null);
        String trigger = "auto:" + keyPoint.name() + ":" + eventOn;
        if (settings == null || !settings.automatic() || invitations.existsForTrigger(laCode, caseId, trigger)) {
            return false;
        }
        Survey survey = surveys.current(laCode, keyPoint).orElseThrow(() -> new RecordNotFound("Survey " + keyPoint));
        String team = recordedBy == null ? null
                : accounts.findByUsername(recordedBy).map(a -> a.team()).orElse(null);
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Instant sendAfter = now.plus(Duration.ofDays(settings.delayDays()));
        invitations.insert(laCode, new Invitations.NewRow(id, caseId, childId, keyPoint, survey.id(), team,
                "AUTOMATIC", trigger, null, now, "system", sendAfter));
        if (settings.delayDays() == 0) {
            sendNow(id, children.familyEmail(childId).orElse(null));
        }
        return true;
    }

    /** Sends scheduled invitations whose delay has passed (a batch); returns how many went. */
    @Transactional
    public int sendDue() {
        int sent = 0;
        for (String id : invitations.dueToSend(laCode, clock.instant(), BATCH)) {
            String childId = invitations.childId(laCode, id).orElseThrow();
            sendNow(id, children.familyEmail(childId).orElse(null));
            sent++;
        }
        return sent;
    }

    /** Reminds families who have not answered, after each key point's wait and up to its limit; returns how many. */
    @Transactional
    public int remindDue() {
        int reminded = 0;
        Instant now = clock.instant();
        for (KeyPointSettings s : surveys.settings(laCode)) {
            if (s.maxReminders() == 0) {
                continue;
            }
            Instant before = now.minus(Duration.ofDays(s.reminderAfterDays()));
            for (Invitation i : invitations.dueReminder(laCode, s.keyPoint(), before, s.maxReminders(), BATCH)) {
                if (i.expiresOn() != null && i.expiresOn().isBefore(today())) {
                    continue;
                }
                if (invitations.markReminded(laCode, i.id(), i.remindersSent(), now)) {
                    String email = invitations.recipient(laCode, i.id()).orElseThrow();
                    notifications.queue(message(REMINDER_TEMPLATE, email, i.keyPoint(), i.expiresOn(),
                            reference(i.id(), i.remindersSent() + 1), true));
                    reminded++;
                }
            }
        }
        return reminded;
    }

    /** Closes invitations whose links have expired unanswered; returns how many. */
    @Transactional
    public int expireDue() {
        return invitations.expire(laCode, today());
    }

    /** The survey a link opens, or {@link LinkRefused}: gone when answered or expired, unknown otherwise. */
    public OpenSurvey open(String token, boolean easyRead) {
        Invitation invitation = openInvitation(token);
        Survey survey = surveys.find(laCode, invitation.surveyId()).orElseThrow(() -> new LinkRefused(false));
        return new OpenSurvey(survey, easyRead);
    }

    /**
     * Takes the one response a link allows. answers maps question keys to what was chosen or written (a scale as
     * its label or 1 to 5). Bad answers are refused field by field (fields "q-<key>") and change nothing; a second
     * response, or one after expiry, is refused as gone. Anonymous: the response is kept apart from the case.
     */
    @Transactional
    public void respond(String token, Map<String, String> answers, boolean anonymous, boolean easyRead) {
        respond(token, answers, anonymous, easyRead, today(), today());
    }

    /** The synthetic Local Area only: a response as if given on a past day (within the link's weeks). */
    @Transactional
    public void respondForDemo(String token, Map<String, String> answers, boolean anonymous, boolean easyRead,
            LocalDate on) {
        respond(token, answers, anonymous, easyRead, on, on);
    }

    private void respond(String token, Map<String, String> answers, boolean anonymous, boolean easyRead,
            LocalDate on, LocalDate asAt) {
        Invitation invitation = openInvitation(token, asAt);
        Survey survey = surveys.find(laCode, invitation.surveyId()).orElseThrow(() -> new LinkRefused(false));
        List<Responses.Answer> checked = check(survey, answers == null ? Map.of() : answers, easyRead);
        if (!invitations.markAnswered(laCode, invitation.id(), on)) {
            throw new LinkRefused(true);
        }
        responses.insert(laCode, UUID.randomUUID().toString(), survey, invitation.team(), on, anonymous,
                easyRead, invitation.id(), invitation.caseId(), checked);
    }

    /** A case's invitations, their deliveries and the answers given openly; the case read is logged by casework. */
    public CaseFeedback forCase(String caseId) {
        access.require(Actions.FEEDBACK_SEND, Scope.OWN);
        CaseView view = cases.get(caseId);
        List<Invitation> list = invitations.forCase(laCode, caseId);
        Map<String, List<Delivery>> deliveries = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Invitation i : list) {
            deliveries.put(i.id(), deliveries(i.id()));
            surveys.find(laCode, i.surveyId()).ifPresent(s -> s.questions()
                    .forEach(q -> texts.putIfAbsent(i.keyPoint() + ":" + q.key(), q.text())));
        }
        String childName = view.child() == null ? "" : view.child().givenName() + " " + view.child().familyName();
        return new CaseFeedback(caseId, childName, view.team(), list, deliveries,
                responses.forCase(laCode, caseId), texts);
    }

    /** Puts a failed message about one of the case's invitations back in the queue. */
    @Transactional
    public void sendAgain(String caseId, String invitationId, long messageId) {
        access.require(Actions.FEEDBACK_SEND, Scope.OWN);
        cases.get(caseId);
        Invitation invitation = invitations.find(laCode, invitationId).filter(i -> i.caseId().equals(caseId))
                .orElseThrow(() -> new RecordNotFound("Invitation " + invitationId));
        boolean ours = deliveries(invitation.id()).stream().anyMatch(d -> d.messageId() == messageId && d.failed());
        if (!ours || !notifications.retry(messageId)) {
            throw new uk.send.platform.kernel.ConflictingChange(422, "Only a message that failed can be sent again");
        }
    }

    /** An invitation of a case the user may read (the API's GET). */
    public Invitation get(String invitationId) {
        access.require(Actions.FEEDBACK_SEND, Scope.OWN);
        Invitation invitation = invitations.find(laCode, invitationId)
                .orElseThrow(() -> new RecordNotFound("Invitation " + invitationId));
        cases.get(invitation.caseId());
        return invitation;
    }

    public List<Delivery> deliveries(String invitationId) {
        return notifications.byReferencePrefix(REFERENCE_PREFIX + invitationId + ":").stream()
                .map(FamilyFeedback::delivery).toList();
    }

    /**
     * The link for a message a real sender is about to send: a fresh token for the invitation the reference names,
     * stored as its hash (the notifications dispatcher asks, through {@code SendTimeValues}).
     */
    @Transactional
    public Map<String, String> linkAtSending(String reference) {
        if (reference == null || !reference.startsWith(REFERENCE_PREFIX)) {
            return Map.of();
        }
        String rest = reference.substring(REFERENCE_PREFIX.length());
        String invitationId = rest.contains(":") ? rest.substring(0, rest.indexOf(':')) : rest;
        if (invitations.find(laCode, invitationId).isEmpty()) {
            return Map.of();
        }
        return Map.of("link", link(mint(invitationId)));
    }

    /**
     * The synthetic Local Area only: an invitation made as if sent on a past day, with a link token for the demo to
     * answer it through {@link #respond}. No signed-in user, no message.
     */
    @Transactional
    public String inviteForDemo(String caseId, String childId, KeyPoint keyPoint, String team, LocalDate invitedOn) {
        Survey survey = surveys.current(laCode, keyPoint).orElseThrow();
        KeyPointSettings settings = surveys.settings(laCode, keyPoint).orElseThrow();
        String id = UUID.randomUUID().toString();
        Instant at = invitedOn.atStartOfDay(LONDON).plusHours(10).toInstant();
        invitations.insert(laCode, new Invitations.NewRow(id, caseId, childId, keyPoint, survey.id(), team,
                "AUTOMATIC", "demo:" + keyPoint.name() + ":" + invitedOn, null, at, "system", at));
        invitations.markInvited(laCode, id, invitedOn, invitedOn.plusDays(settings.expiryDays()), null, at);
        return mint(id);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private LocalDate sendNow(String id, String email) {
        Invitation invitation = invitations.find(laCode, id).orElseThrow();
        KeyPointSettings settings = surveys.settings(laCode, invitation.keyPoint()).orElseThrow();
        LocalDate expiresOn = today().plusDays(settings.expiryDays());
        if (!invitations.markInvited(laCode, id, today(), expiresOn, email, clock.instant())) {
            return invitation.expiresOn();
        }
        NewNotification message = message(INVITATION_TEMPLATE, email == null ? "No email address held" : email,
                invitation.keyPoint(), expiresOn, reference(id, 0), false);
        if (email == null) {
            notifications.hold(message, "no email address for the family: give them the link another way");
        } else {
            notifications.queue(message);
        }
        return expiresOn;
    }

    private NewNotification message(String template, String to, KeyPoint keyPoint, LocalDate expiresOn,
            String reference, boolean reminder) {
        String about = switch (keyPoint) {
            case AFTER_DECISION_TO_ASSESS -> "the request for an education, health and care needs assessment";
            case AFTER_FINAL_PLAN -> "the making of the education, health and care plan";
            case AFTER_ANNUAL_REVIEW -> "the annual review of the education, health and care plan";
        };
        String subject = (reminder ? "Reminder: " : "") + "Tell us how " + about.replaceFirst("^the ", "the ")
                + " went";
        String body = (reminder ? "We have not heard from you yet, and your views still matter to us.\n\n" : "")
                + "We would like to know how " + about + " went for you and your family. The survey takes about "
                + "3 minutes and you do not need an account. You can choose to keep your answers anonymous.\n\n"
                + "Open the survey: ((link))\n\nThe link works once, until " + Dates.format(expiresOn) + ".\n\n"
                + "SEND team, " + localArea.name();
        return new NewNotification(to, template, subject, body, Map.of("expires_on", Dates.format(expiresOn)),
                reference);
    }

    private static String reference(String invitationId, int message) {
        return REFERENCE_PREFIX + invitationId + ":" + message;
    }

    private String mint(String invitationId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        invitations.insertLink(laCode, hash(token), invitationId, clock.instant());
        return token;
    }

    private String link(String token) {
        return baseUrl + "/feedback/" + token;
    }

    private Invitation openInvitation(String token) {
        return openInvitation(token, today());
    }

    private Invitation openInvitation(String token, LocalDate asAt) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new LinkRefused(false);
        }
        Invitation invitation = invitations.invitationForLink(laCode, hash(token))
                .flatMap(id -> invitations.find(laCode, id)).orElseThrow(() -> new LinkRefused(false));
        boolean expired = invitation.expiresOn() == null || invitation.expiresOn().isBefore(asAt);
        if (invitation.status() != InvitationStatus.INVITED || expired) {
            throw new LinkRefused(true);
        }
        return invitation;
    }

    private List<Responses.Answer> check(Survey survey, Map<String, String> answers, boolean easyRead) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Responses.Answer> checked = new ArrayList<>();
        for (Question q : survey.questions()) {
            String field = "q-" + q.key();
            String value = Optional.ofNullable(answers.get(q.key())).map(String::strip).filter(v -> !v.isEmpty())
                    .orElse(null);
            if (value == null) {
                if (q.required()) {
                    problems.add(new FieldProblem(field, q.kind() == QuestionKind.TEXT ? "Enter your answer"
                            : "Choose an answer to “" + q.text(easyRead) + "”"));
                }
                continue;
            }
            switch (q.kind()) {
                case SCALE -> {
                    Integer scale = scale(value);
                    if (scale == null) {
                        problems.add(new FieldProblem(field, "Choose one of the answers given"));
                    } else {
                        checked.add(new Responses.Answer(q.key(), q.kind(), q.measure(), scale, null, null));
                    }
                }
                case CHOICE -> {
                    if (!q.options().contains(value)) {
                        problems.add(new FieldProblem(field, "Choose one of the answers given"));
                    } else {
                        checked.add(new Responses.Answer(q.key(), q.kind(), q.measure(), null, value, null));
                    }
                }
                case TEXT -> {
                    if (value.length() > 4000) {
                        problems.add(new FieldProblem(field, "Keep your answer to 4,000 characters"));
                    } else {
                        checked.add(new Responses.Answer(q.key(), q.kind(), q.measure(), null, null, value));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return checked;
    }

    private static Integer scale(String value) {
        if (value.matches("[1-5]")) {
            return Integer.parseInt(value);
        }
        int i = QuestionKind.SCALE_LABELS.indexOf(value);
        if (i < 0) {
            i = QuestionKind.EASY_READ_SCALE_LABELS.indexOf(value);
        }
        return i < 0 ? null : i + 1;
    }

    private static Delivery delivery(OutboxEntry e) {
        String kind = e.reference() != null && e.reference().endsWith(":0") ? "Invitation" : "Reminder";
        return new Delivery(e.id(), kind, e.createdAt(), e.status(), e.attempts(), e.lastError(), e.sentAt(),
                e.deliveryStatus());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
