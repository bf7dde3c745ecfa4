package uk.send.platform.casework.internal;

import uk.send.platform.kernel.LocalArea;

import static uk.send.platform.calendar.RuleKeys.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.send.platform.casework.CaseView;
import uk.send.platform.casework.NoticeKind;
import uk.send.platform.casework.TimelineEntry;
import uk.send.platform.children.Child;
import uk.send.platform.children.Contact;

/**
 * Writes the statutory letters from a case's history: each letter is dated on the decision it tells the family
 * about, and every date in it comes from the rule book.
 */
@Component
class LetterWriter {

    private final StatutoryClock clock;
    private final RightsOfAppeal rights;
    private final String authority;

    LetterWriter(StatutoryClock clock, RightsOfAppeal rights,
            LocalArea localArea) {
        this.clock = clock;
        this.rights = rights;
        this.authority = localArea.name();
    }

    Letter write(CaseView view, NoticeKind kind, Child child) {
        TimelineEntry decision = LetterKinds.source(view, kind)
                .orElseThrow(() -> new IllegalStateException(kind + " has no decision on case " + view.id()));
        String name = child.fullName();
        List<Letter.Section> sections = new ArrayList<>(body(view, kind, decision, name));
        Optional<String> appealable = appealable(kind, decision);
        appealable.ifPresent(what -> sections.addAll(rights.sections(decision.on(), what)));
        Optional<Contact> contact = child.contacts().stream().filter(Contact::mainContact).findFirst()
                .or(() -> child.contacts().stream().findFirst());
        List<String> address = contact.map(Contact::address).filter(a -> a != null && !a.isBlank())
                .map(a -> List.of(a.split("\\s*[,\\n]\\s*"))).orElse(List.of());
        return new Letter(kind.label(), kind.citation(), decision.on(), authority,
                contact.map(Contact::name).orElse("The parent or carer of " + name), address, name,
                "Case " + view.id(), sections);
    }

    private List<Letter.Section> body(CaseView view, NoticeKind kind, TimelineEntry decision, String name) {
        LocalDate request = view.requestReceivedOn();
        String received = "We received the request for an assessment on " + Dates.format(request) + ".";
        return switch (kind) {
            case DECISION_TO_ASSESS -> List.of(
                    Letter.Section.of("Our decision", "We have decided to carry out an education, health and care "
                            + "(EHC) needs assessment for " + name + " (SEND Regulations 2014 reg 5(1)). " + received),
                    Letter.Section.of("What happens next", "We will ask for advice and information from you, the "
                            + "school or setting, health and social care, and an educational psychologist (reg 6).",
                            "If we decide not to issue an EHC plan we will tell you by " + due(NO_PLAN_NOTICE, request)
                                    + " (reg 10(1)). If we issue a plan, the final plan will be sent by "
                                    + due(FINAL_PLAN, request) + " (reg 13(2))."));
            case DECISION_NOT_TO_ASSESS -> decided("We have decided not to carry out an EHC needs assessment for "
                    + name + ". " + received, decision);
            case DECISION_NOT_TO_ISSUE -> decided("After the assessment we have decided not to issue an EHC plan for "
                    + name + " (Children and Families Act 2014 s36(9)). " + received, decision);
            case DRAFT_PLAN -> List.of(
                    Letter.Section.of("The draft plan", "We enclose the draft EHC plan for " + name + ". Section I, "
                            + "the school or setting, is left blank in a draft."),
                    Letter.Section.of("Your say", "You have at least 15 days, beginning with the day the draft was "
                            + "sent, to tell us what you think: until " + due(REPRESENTATIONS, decision.on()) + ". "
                            + "You can comment on the draft, ask for a particular school or college to be named, and "
                            + "ask to meet one of our officers (SEND Regulations 2014 reg 13(1))."),
                    Letter.Section.of("What happens next", "We will send the final plan by " + due(FINAL_PLAN, request)
                            + ", 20 weeks from the request (reg 13(2))."));
            case FINAL_PLAN -> List.of(
                    Letter.Section.of("The final plan", "We enclose the final EHC plan for " + name + ", issued on "
                            + Dates.format(decision.on()) + ". " + received),
                    Letter.Section.of("Reviews", "We will review the plan within 12 months, by "
                            + due(ANNUAL_REVIEW, decision.on()) + " (Children and Families Act 2014 s44)."));
            case REVIEW_DECISION -> review(decision, name);
            case DECISION_NOT_TO_AMEND -> decided("Having considered what you told us about the proposed amendments, "
                    + "we have decided not to amend the EHC plan for " + name + " (SEND Regulations 2014 reg 22(4)). "
                    + "The plan stays as it is.", decision);
            case DECISION_NOT_TO_REASSESS -> decided("We have considered the request for a re-assessment of the "
                    + "education, health and care needs of " + name + " and decided that a re-assessment is not "
                    + "necessary (SEND Regulations 2014 reg 25(1)). The plan stays in place.", decision);
            case CEASE_DECISION -> decided("We have decided to cease to maintain the EHC plan for " + name
                    + " (Children and Families Act 2014 s45; SEND Regulations 2014 reg 31(2)). The plan stays in place "
                    + "until the time to appeal has passed or any appeal has been decided.", decision);
            default -> throw new IllegalArgumentException("No letter is written for " + kind);
        };
    }

    private List<Letter.Section> review(TimelineEntry decision, String name) {
        String outcome = String.valueOf(decision.details().get("outcome"));
        String meeting = "Following the review of the EHC plan for " + name + ", ";
        return switch (outcome) {
            case "AMEND" -> List.of(Letter.Section.of("Our decision", meeting + "we have decided to amend the plan "
                    + "(SEND Regulations 2014 reg 20(10)). We enclose the proposed amendments (reg 22(2)).",
                    "You have at least 15 days to comment and to ask for a particular school or college. We will send "
                            + "the amended plan within 8 weeks of the proposals, by " + due(AMENDED_PLAN, decision.on())
                            + " (reg 22(3)); you can appeal when you receive it."));
            case "CEASE" -> decided(meeting + "we have decided to cease to maintain the plan (reg 20(10), 31(2)).",
                    decision);
            default -> decided(meeting + "we have decided to keep the plan as it is (reg 20(10)).", decision);
        };
    }

    private static List<Letter.Section> decided(String decisionText, TimelineEntry decision) {
        Object reasons = decision.details().get("reasons");
        return reasons == null ? List.of(Letter.Section.of("Our decision", decisionText))
                : List.of(Letter.Section.of("Our decision", decisionText), Letter.Section.of("Why",
                        reasons.toString()));
    }

    /** What the family may appeal against, for letters that carry appeal rights. */
    private static Optional<String> appealable(NoticeKind kind, TimelineEntry decision) {
        return switch (kind) {
            case DECISION_NOT_TO_ASSESS -> Optional.of("our decision not to carry out an EHC needs assessment");
            case DECISION_NOT_TO_ISSUE -> Optional.of("our decision not to issue an EHC plan");
            case FINAL_PLAN -> Optional.of("the special educational needs in section B, the special educational "
                    + "provision in section F, or the school or setting named in section I (or that none is named)");
            case CEASE_DECISION -> Optional.of("our decision to cease to maintain the EHC plan");
            case DECISION_NOT_TO_AMEND -> Optional.of("our decision not to amend the EHC plan");
            case DECISION_NOT_TO_REASSESS -> Optional.of("our decision not to carry out a re-assessment "
                    + "(Children and Families Act 2014 s51(2)(d))");
            case REVIEW_DECISION -> "AMEND".equals(String.valueOf(decision.details().get("outcome"))) ? Optional.empty()
                    : Optional.of("CEASE".equals(String.valueOf(decision.details().get("outcome")))
                            ? "our decision to cease to maintain the EHC plan"
                            : "our decision not to amend the EHC plan after the review");
            default -> Optional.empty();
        };
    }

    private String due(String ruleKey, LocalDate anchor) {
        return Dates.format(clock.rules().deadline(ruleKey, anchor).dueOn());
    }
}
