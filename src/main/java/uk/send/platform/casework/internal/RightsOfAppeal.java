package uk.send.platform.casework.internal;

import static uk.send.platform.calendar.RuleKeys.MEDIATION_CONTACT;
import static uk.send.platform.calendar.RuleKeys.TRIBUNAL_APPEAL;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.send.platform.calendar.Deadline;

/**
 * The appeal, mediation, disagreement-resolution and advice paragraphs a decision letter must carry
 * (reg 5(3), 10(3), 14, 31(3)); the dates are computed from the letter's date by the rule book.
 */
@Component
class RightsOfAppeal {

    private final StatutoryClock clock;
    private final String mediation;
    private final String advice;

    RightsOfAppeal(StatutoryClock clock,
            @Value("${send.letters.mediation-adviser:the mediation adviser named in our Local Offer}") String mediation,
            @Value("${send.letters.information-service:your local SEND Information, Advice and Support Service "
                    + "(SENDIASS)}") String advice) {
        this.clock = clock;
        this.mediation = mediation;
        this.advice = advice;
    }

    List<Letter.Section> sections(LocalDate dated, String appealableOn) {
        Deadline appeal = clock.rules().deadline(TRIBUNAL_APPEAL, dated);
        Deadline contact = clock.rules().deadline(MEDIATION_CONTACT, dated);
        return List.of(
                Letter.Section.of("Your right to appeal",
                        "You can appeal to the First-tier Tribunal (Special Educational Needs and Disability) about "
                                + appealableOn + ".",
                        "You must appeal within 2 months of the date of this letter, that is by "
                                + Dates.format(appeal.dueOn()) + ", or within 1 month of the date on your mediation "
                                + "certificate if that is later (" + appeal.rule().citation() + ")."),
                Letter.Section.of("Mediation",
                        "Before you appeal you must contact " + mediation + " within 2 months of the date of this "
                                + "letter, that is by " + Dates.format(contact.dueOn()) + " (" + contact.rule().citation()
                                + "). You do not need to if your appeal is only about the school or college named in "
                                + "the plan.",
                        "The adviser will tell you about mediation. If you decide not to have mediation, they will "
                                + "give you a certificate within 3 working days, which you need in order to appeal "
                                + "(SEND Regulations 2014 reg 34). If you do have mediation, you will get a "
                                + "certificate when it ends."),
                Letter.Section.of("Resolving disagreements and getting advice",
                        "You can also ask for disagreement resolution, which is free and independent, at any time.",
                        "For free, impartial information, advice and support, contact " + advice + "."));
    }
}
