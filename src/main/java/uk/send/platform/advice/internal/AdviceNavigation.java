package uk.send.platform.advice.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.send.platform.access.Actions;
import uk.send.platform.web.NavigationEntry;

@Configuration
class AdviceNavigation {

    @Bean
    NavigationEntry adviceRequestsNavigationEntry() {
        return new NavigationEntry("Advice requests", "/advice", Actions.ADVICE_RESPOND, 40);
    }

    @Bean
    NavigationEntry advicePerformanceNavigationEntry() {
        return new NavigationEntry("Advice performance", "/advice/performance", Actions.DASHBOARD_READ, 45);
    }

    @Bean
    NavigationEntry adviceServicesNavigationEntry() {
        return new NavigationEntry("Partner services", "/advice/services", Actions.USERS_MANAGE, 94);
    }
}
