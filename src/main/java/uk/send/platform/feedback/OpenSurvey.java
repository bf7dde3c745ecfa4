package uk.send.platform.feedback;

/**
 * The survey a one-time link opens, as the family sees it: the survey version and whether the easy-read wording is
 * shown. Nothing about the child or family.
 */
public record OpenSurvey(Survey survey, boolean easyRead) {

    public String title() {
        return survey.title(easyRead);
    }

    public String intro() {
        return survey.intro(easyRead);
    }
}
