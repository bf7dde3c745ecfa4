package uk.send.platform.casework;

import java.time.LocalDate;

/** A school or setting asked whether it can be named in the plan (CFA 2014 s39); 15 days to answer. */
public record SettingConsultation(String consultationId, String setting, LocalDate consultedOn, LocalDate dueOn,
        LocalDate respondedOn, Agreement outcome) {

    public SettingConsultation answered(LocalDate on, Agreement answer) {
        return new SettingConsultation(consultationId, setting, consultedOn, dueOn, on, answer);
    }

    public boolean outstanding() {
        return respondedOn == null;
    }
}
