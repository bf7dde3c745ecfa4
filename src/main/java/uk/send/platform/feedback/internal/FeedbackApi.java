package uk.send.platform.feedback.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.send.platform.feedback.CaseFeedback;
import uk.send.platform.feedback.Delivery;
import uk.send.platform.feedback.FamilyFeedback;
import uk.send.platform.feedback.FeedbackResults;
import uk.send.platform.feedback.Invitation;
import uk.send.platform.feedback.InvitationSent;
import uk.send.platform.feedback.KeyPoint;
import uk.send.platform.feedback.KeyPointSettings;
import uk.send.platform.feedback.NewSurvey;
import uk.send.platform.feedback.Survey;
import uk.send.platform.feedback.SurveyDefinitions;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;

/** Families' voice over JSON (docs/api-contract.md, "Families' voice"): everything the staff pages do. */
@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "Families' voice", description = "Surveys at key points by one-time link, results, themes, You said, we did")
class FeedbackApi {

    private final FamilyFeedback feedback;
    private final SurveyDefinitions surveys;
    private final FeedbackResults results;

    FeedbackApi(FamilyFeedback feedback, SurveyDefinitions surveys, FeedbackResults results) {
        this.feedback = feedback;
        this.surveys = surveys;
        this.results = results;
    }

    /** {"caseId", "survey": "AFTER_DECISION_TO_ASSESS|AFTER_FINAL_PLAN|AFTER_ANNUAL_REVIEW", "recipient"?}. */
    record InviteBody(String caseId, String survey, String recipient) {
    }

    record InvitationJson(Invitation invitation, List<Delivery> deliveries) {
    }

    @PostMapping(path = "/invitations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InvitationSent> invite(@RequestBody InviteBody body) {
        if (body == null || body.caseId() == null || body.caseId().isBlank()) {
            throw InvalidInput.of("caseId", "Enter the case the survey is about");
        }
        KeyPoint keyPoint = KeyPoint.parse("survey", body.survey());
        InvitationSent sent = feedback.invite(body.caseId(), keyPoint, body.recipient());
        return ResponseEntity.created(URI.create("/api/v1/feedback/invitations/" + sent.id())).body(sent);
    }

    @GetMapping("/invitations/{id}")
    InvitationJson invitation(@PathVariable String id) {
        Invitation invitation = feedback.get(id);
        return new InvitationJson(invitation, feedback.deliveries(id));
    }

    /** Sends again a message about the invitation that failed. */
    @PostMapping("/invitations/{id}/deliveries/{messageId}/retry")
    InvitationJson retry(@PathVariable String id, @PathVariable long messageId) {
        Invitation invitation = feedback.get(id);
        feedback.sendAgain(invitation.caseId(), id, messageId);
        return invitation(id);
    }

    @GetMapping("/cases/{caseId}")
    CaseFeedback forCase(@PathVariable String caseId) {
        return feedback.forCase(caseId);
    }

    @GetMapping("/surveys")
    List<Survey> surveys() {
        return surveys.all();
    }

    @GetMapping("/surveys/{id}")
    Survey survey(@PathVariable String id) {
        return surveys.get(id);
    }

    @PostMapping(path = "/surveys", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Survey> addVersion(@RequestBody NewSurvey body) {
        Survey survey = surveys.addVersion(body);
        return ResponseEntity.created(URI.create("/api/v1/feedback/surveys/" + survey.id())).body(survey);
    }

    @GetMapping("/key-points")
    List<KeyPointSettings> keyPoints() {
        return surveys.settings();
    }

    record SettingsBody(Boolean automatic, Integer delayDays, Integer expiryDays, Integer reminderAfterDays,
            Integer maxReminders, Integer version) {
    }

    @PutMapping(path = "/key-points/{keyPoint}", consumes = MediaType.APPLICATION_JSON_VALUE)
    KeyPointSettings changeKeyPoint(@PathVariable String keyPoint, @RequestBody SettingsBody body) {
        KeyPoint point = KeyPoint.parse("keyPoint", keyPoint);
        KeyPointSettings current = surveys.settings(point);
        return surveys.change(new KeyPointSettings(point,
                body.automatic() == null ? current.automatic() : body.automatic(),
                body.delayDays() == null ? current.delayDays() : body.delayDays(),
                body.expiryDays() == null ? current.expiryDays() : body.expiryDays(),
                body.reminderAfterDays() == null ? current.reminderAfterDays() : body.reminderAfterDays(),
                body.maxReminders() == null ? current.maxReminders() : body.maxReminders(),
                body.version() == null ? current.version() : body.version()));
    }

    @GetMapping("/results")
    FeedbackResults.Results results(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return results.results(from, to);
    }

    @GetMapping("/comments")
    Paged<FeedbackResults.Comment> comments(@RequestParam(required = false) String keyPoint,
            @RequestParam(required = false) Long theme, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        KeyPoint point = keyPoint == null || keyPoint.isBlank() ? null : KeyPoint.parse("keyPoint", keyPoint);
        return results.comments(point, theme, page, size);
    }

    record ThemesBody(List<Long> themes) {
    }

    @PutMapping(path = "/comments/{responseId}/{questionKey}/themes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> tag(@PathVariable String responseId, @PathVariable String questionKey,
            @RequestBody ThemesBody body) {
        results.tag(responseId, questionKey, body == null ? List.of() : body.themes());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/themes")
    List<FeedbackResults.ThemeCount> themes() {
        return results.themes();
    }

    record ThemeBody(String name) {
    }

    @PostMapping(path = "/themes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FeedbackResults.ThemeCount> addTheme(@RequestBody ThemeBody body) {
        var theme = results.addTheme(body == null ? null : body.name());
        return ResponseEntity.created(URI.create("/api/v1/feedback/themes/" + theme.id())).body(theme);
    }

    @GetMapping("/you-said-we-did")
    Paged<FeedbackResults.Action> log(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return results.log(page, size);
    }

    @PostMapping(path = "/you-said-we-did", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FeedbackResults.Action> addAction(@RequestBody FeedbackResults.NewAction body) {
        var action = results.addAction(body);
        return ResponseEntity.created(URI.create("/api/v1/feedback/you-said-we-did/" + action.id())).body(action);
    }

    record PublicationBody(Boolean published, Integer version) {
    }

    @PutMapping(path = "/you-said-we-did/{id}/publication", consumes = MediaType.APPLICATION_JSON_VALUE)
    FeedbackResults.Action publish(@PathVariable String id, @RequestBody PublicationBody body) {
        if (body == null || body.published() == null) {
            throw InvalidInput.of("published", "Say whether the entry is published: true or false");
        }
        return results.publish(id, body.published(), body.version());
    }
}
