package uk.send.platform.feedback.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.send.platform.kernel.SecurityRoutes;
import uk.send.platform.web.NavigationEntry;

/**
 * The survey links and the public "You said, we did" page need no account; staff pages join the navigation. The
 * survey pages go through the stateless public chain: no session and no CSRF token, because the link's own secret is
 * what lets a POST in, and a family's phone need keep no cookie (decision 0130).
 */
@Configuration
class FeedbackRoutes {

    @Bean
    SecurityRoutes feedbackPublicPages() {
        return SecurityRoutes.publicPages("/you-said-we-did");
    }

    @Bean
    SecurityRoutes feedbackSurveyLinks() {
        return SecurityRoutes.publicApi("/feedback/*");
    }

    @Bean
    NavigationEntry feedbackNavigationEntry() {
        return new NavigationEntry("Families' feedback", "/surveys", "feedback.read", 60);
    }
}
