package uk.send.platform.feedback;

/** How a question is answered: a five-point agreement scale, one of a list of choices, or in the family's words. */
public enum QuestionKind {
    SCALE, CHOICE, TEXT;

    /** The agreement scale, 1 to 5, as the form and the results show it. */
    public static final java.util.List<String> SCALE_LABELS = java.util.List.of("Strongly disagree", "Disagree",
            "Neither agree nor disagree", "Agree", "Strongly agree");

    /** The easy-read scale, 1 to 5. */
    public static final java.util.List<String> EASY_READ_SCALE_LABELS = java.util.List.of("No, not at all", "No",
            "Not sure", "Yes", "Yes, a lot");
}
