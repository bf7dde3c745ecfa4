package uk.send.platform.children.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.send.platform.access.Actions;
import uk.send.platform.web.NavigationEntry;

@Configuration
class ChildrenNavigation {

    @Bean
    NavigationEntry childrenNavigationEntry() {
        return new NavigationEntry("Children", "/children", Actions.CHILDREN_READ, 20);
    }
}
