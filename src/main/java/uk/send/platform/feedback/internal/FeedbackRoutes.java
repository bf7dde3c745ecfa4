package uk.send.platform.feedback.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.send.platform.kernel.SecurityRoutes;
import uk.send.platform.web.NavigationEntry;

/** The survey links and the public "You said, we did" page need no account; staff pages join the navigation. */
@Configuration
class FeedbackRoutes {

    @Bean
    SecurityRoutes feedbackPublicPages() {
        return SecurityRoutes.publicPages("/feedback/*", "/you-said-we-did");
    }

    @Bean
    NavigationEntry feedbackNavigationEntry() {
        return new NavigationEntry("Families' feedback", "/surveys", "feedback.read", 60);
    }
}
