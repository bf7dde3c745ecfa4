package uk.send.platform.advice.internal;

import java.util.List;
import uk.send.platform.access.UserAccount;
import uk.send.platform.calendar.Deadline;

/**
 * A request as one reader may see it: a provider of its service sees their draft and colleagues; a reader of the
 * case sees only what was submitted.
 */
record RequestView(AdviceRequest request, boolean provider, ChildDetails child, PartnerService service, Deadline due,
        String timing, List<Attachment> attachments, StoredResponse response, AdviceForm form,
        List<UserAccount> colleagues, String me) {
}
