package uk.send.platform.casework.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.send.platform.casework.RefusedEvent;
import uk.send.platform.casework.RequestSource;
import uk.send.platform.children.ChildSummary;
import uk.send.platform.children.Children;
import uk.send.platform.kernel.InvalidInput;

/** What a request must hold before a journey can start on it. */
@Component
class NewCaseCheck {

    /** The Children and Families Act 2014 Part 3 and the SEND Regulations 2014 came into force on 1 September 2014. */
    static final LocalDate SEND_REFORMS_COMMENCED = LocalDate.of(2014, 9, 1);

    private final Children children;

    NewCaseCheck(Children children) {
        this.children = children;
    }

    ChildSummary child(String childId) {
        if (childId == null || childId.isBlank()) {
            throw InvalidInput.of("childId", "Enter the id of the child the request is about");
        }
        return children.summary(childId.strip()).orElseThrow(() ->
                RefusedEvent.unprocessable("childId", "There is no child " + childId + " on the register"));
    }

    void request(LocalDate receivedOn, RequestSource source, LocalDate today) {
        if (receivedOn == null) {
            throw InvalidInput.of("requestReceivedOn", "Enter the date the request was received");
        }
        if (source == null) {
            throw InvalidInput.of("requestSource", "Choose who made the request");
        }
        if (receivedOn.isAfter(today)) {
            throw RefusedEvent.unprocessable("requestReceivedOn", "The request date is in the future");
        }
        if (receivedOn.isBefore(SEND_REFORMS_COMMENCED)) {
            throw RefusedEvent.unprocessable("requestReceivedOn", "An EHC needs assessment can only have been requested "
                    + "from 1 September 2014, when the SEND Regulations 2014 came into force");
        }
    }
}
