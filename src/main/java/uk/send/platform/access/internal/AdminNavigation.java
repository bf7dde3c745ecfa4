package uk.send.platform.access.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.send.platform.access.Actions;
import uk.send.platform.web.NavigationEntry;

@Configuration
class AdminNavigation {

    @Bean
    NavigationEntry usersNavigationEntry() {
        return new NavigationEntry("Users", "/admin/users", Actions.USERS_MANAGE, 90);
    }

    @Bean
    NavigationEntry accessLogNavigationEntry() {
        return new NavigationEntry("Access log", "/admin/access-log", Actions.ACCESS_LOG_READ, 91);
    }

    @Bean
    NavigationEntry tokensNavigationEntry() {
        return new NavigationEntry("API tokens", "/admin/tokens", Actions.TOKENS_MANAGE, 92);
    }
}
