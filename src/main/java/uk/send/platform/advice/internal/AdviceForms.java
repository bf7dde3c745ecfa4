package uk.send.platform.advice.internal;

import static uk.send.platform.advice.internal.Question.Type.LONG_TEXT;
import static uk.send.platform.advice.internal.Question.Type.PROVISION;
import static uk.send.platform.advice.internal.Question.Type.SHORT_TEXT;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.send.platform.kernel.RecordNotFound;

/**
 * Every version of every advice form. The advice describes needs, the outcomes sought and the provision needed
 * (reg 6(1), CoP 9.46-9.49); health advice follows the co-produced "Appendix C" template (IP7): needs, outcomes,
 * and provision over and above what is ordinarily available, with how often and who provides it. A new version
 * is added beside the old ones, never edited in place.
 */
@Component
class AdviceForms {

    private final List<AdviceForm> forms = List.of(health(), educationalPsychology(), socialCare(), education(), other());

    /** The form new responses of this kind are written on: the latest version. */
    AdviceForm current(AdviceKind kind) {
        return forms.stream().filter(f -> f.code().equals(kind.formCode()))
                .max(Comparator.comparingInt(AdviceForm::version)).orElseThrow();
    }

    AdviceForm version(String code, int version) {
        return forms.stream().filter(f -> f.code().equals(code) && f.version() == version).findFirst()
                .orElseThrow(() -> new RecordNotFound("Advice form " + code + " version " + version));
    }

    List<AdviceForm> all() {
        return forms;
    }

    private static AdviceForm health() {
        return new AdviceForm("health-appendix-c", 1, "Health advice (Appendix C)",
                "Health advice for an education, health and care needs assessment. Describe the child's health needs "
                        + "that relate to their special educational needs, the outcomes sought, and any health provision "
                        + "over and above what is ordinarily available to children of the same age.",
                List.of(about(),
                        new FormSection("Health needs", List.of(
                                longText("diagnoses", "Diagnoses and health conditions",
                                        "Include when and by whom each was diagnosed", true),
                                longText("needs", "How the child's health needs affect their learning and development",
                                        "Describe what the child can do and what they find difficult, day to day", true),
                                longText("medication", "Medication and health care needed during the day",
                                        "For example a health care plan, medication in school, equipment", false))),
                        views(), outcomes(),
                        new FormSection("Health provision", List.of(provision("provision",
                                "Health provision over and above what is ordinarily available",
                                "Leave blank if the child needs no health provision beyond what is ordinarily available"))),
                        new FormSection("Advice for education and social care", List.of(
                                longText("educationAdvice", "Health advice relevant to education",
                                        "What the school or setting should know or do", false),
                                longText("socialCareAdvice", "Health advice relevant to social care", null, false)))));
    }

    private static AdviceForm educationalPsychology() {
        return new AdviceForm("educational-psychology", 1, "Educational psychology advice",
                "Psychological advice for an education, health and care needs assessment (reg 6(1)(d)), "
                        + "by the four broad areas of need (Code of Practice 6.28 to 6.35).",
                List.of(about(),
                        new FormSection("Needs", List.of(
                                longText("cognition", "Cognition and learning", null, false),
                                longText("communication", "Communication and interaction", null, false),
                                longText("semh", "Social, emotional and mental health", null, false),
                                longText("sensoryPhysical", "Sensory and physical needs", null, false),
                                longText("needs", "Summary of the child's special educational needs",
                                        "The needs the provision must meet", true))),
                        views(), outcomes(), provisionSection("Special educational provision")));
    }

    private static AdviceForm socialCare() {
        return new AdviceForm("social-care", 1, "Social care advice",
                "Social care advice for an education, health and care needs assessment (reg 6(1)(e)).",
                List.of(about(),
                        new FormSection("Social care needs", List.of(
                                longText("involvement", "Current social care involvement",
                                        "For example child in need, child protection, looked after, short breaks", false),
                                longText("needs", "Social care needs that relate to the child's special educational "
                                        + "needs or disability", null, true))),
                        views(), outcomes(),
                        provisionSection("Social care provision, including under section 2 of the Chronically Sick "
                                + "and Disabled Persons Act 1970")));
    }

    private static AdviceForm education() {
        return new AdviceForm("education", 1, "Education advice",
                "Advice from the child's school, college or early years setting (reg 6(1)(b)).",
                List.of(about(),
                        new FormSection("Education", List.of(
                                longText("attainment", "Attainment and progress", null, true),
                                longText("supportSoFar", "Support already given through SEN support",
                                        "The assess, plan, do, review cycles and what difference they made", true),
                                longText("needs", "Special educational needs", null, true))),
                        views(), outcomes(), provisionSection("Special educational provision")));
    }

    private static AdviceForm other() {
        return new AdviceForm("other", 1, "Advice",
                "Advice for an education, health and care needs assessment (reg 6(1)(h)).",
                List.of(about(),
                        new FormSection("Needs", List.of(longText("needs", "The child's needs", null, true))),
                        views(), outcomes(), provisionSection("Provision")));
    }

    private static FormSection about() {
        return new FormSection("About this advice", List.of(
                new Question("author", "Your name and role", "For example, Dr A Patel, Community Paediatrician",
                        SHORT_TEXT, true),
                longText("sources", "How you gathered this advice",
                        "When and where you saw the child, who you spoke to, and the reports you used", true)));
    }

    private static FormSection views() {
        return new FormSection("Views of the child and family", List.of(longText("views",
                "The views, interests and aspirations of the child and their parents, as they told you", null, false)));
    }

    private static FormSection outcomes() {
        return new FormSection("Outcomes", List.of(longText("outcomes", "Outcomes the provision should help achieve",
                "Specific and measurable, for example by the end of the key stage", true)));
    }

    private static FormSection provisionSection(String label) {
        return new FormSection("Provision", List.of(provision("provision", label,
                "Each line: what is provided, how often and for how long, and who provides it")));
    }

    private static Question longText(String key, String label, String hint, boolean required) {
        return new Question(key, label, hint, LONG_TEXT, required);
    }

    private static Question provision(String key, String label, String hint) {
        return new Question(key, label, hint, PROVISION, false);
    }
}
