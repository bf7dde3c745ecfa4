package uk.send.platform.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.notifications.NewNotification;
import uk.send.platform.notifications.Notifications;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

@SendIntegrationTest
class OutboxIT {

    @Autowired Notifications notifications;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void without_a_notify_key_messages_are_held_in_the_outbox_for_administrators_to_read() throws Exception {
        String reference = "test-" + System.nanoTime();
        notifications.queue(new NewNotification("ep@example.org", "advice-reminder", "Advice due in 2 weeks",
                "Advice for request " + reference + " is due.", Map.of(), reference));
        assertThat(dispatcher.senderName()).isEqualTo("database-outbox");
        dispatcher.dispatchPending();
        var held = notifications.list("HELD", 0, 200).items().stream().filter(m -> reference.equals(m.reference())).toList();
        assertThat(held).singleElement().satisfies(m -> {
            assertThat(m.sender()).isEqualTo("database-outbox");
            assertThat(m.sentAt()).isNotNull();
        });
        assertThat(notifications.countByReference(reference)).isEqualTo(1);
        mvc.perform(get("/admin/outbox").with(users.adminSignedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Advice due in 2 weeks")));
        var caseworker = users.create("CASEWORKER");
        mvc.perform(get("/admin/outbox").with(caseworker.signedIn())).andExpect(status().isForbidden());
    }
}
