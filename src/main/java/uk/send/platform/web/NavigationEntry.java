package uk.send.platform.web;

/**
 * A link in the service navigation, contributed by a module as a bean. Shown to users holding the authority
 * (an action such as "children.read"); order sorts the links.
 */
public record NavigationEntry(String label, String href, String authority, int order) {
}
