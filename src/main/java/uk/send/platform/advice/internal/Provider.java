package uk.send.platform.advice.internal;

import uk.send.platform.access.CurrentUser;

/** A signed-in advice provider with the partner service they belong to. */
record Provider(CurrentUser user, PartnerService service) {

    String username() {
        return user.username();
    }
}
