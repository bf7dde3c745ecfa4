package uk.send.platform.access.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.send.platform.kernel.FieldProblem;

/** The administrator's form to add or change a user. */
public class UserForm {

    static final Pattern USERNAME = Pattern.compile("^[a-z0-9._-]{3,80}$");
    static final int MIN_PASSWORD = 12;

    private String username;
    private String displayName;
    private String email;
    private String team;
    private String service;
    private List<String> roles = new ArrayList<>();
    private String password;
    /** bcrypt reads at most 72 bytes of a password: a longer one is refused, never cut short. */
    static final int MAX_PASSWORD_BYTES = 72;
    private boolean enabled = true;

    /** Problems with the form; a password is required only for a new user. */
    List<FieldProblem> problems(boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        if (creating && (username == null || !USERNAME.matcher(username.strip()).matches())) {
            problems.add(new FieldProblem("username", "Enter a username of 3 to 80 lower-case letters, digits, dots, dashes or underscores"));
        }
        if (displayName == null || displayName.isBlank()) {
            problems.add(new FieldProblem("displayName", "Enter the person's name"));
        }
        if (email != null && !email.isBlank() && !email.contains("@")) {
            problems.add(new FieldProblem("email", "Enter an email address in the correct format, like name@example.com"));
        }
        if (roles == null || roles.isEmpty()) {
            problems.add(new FieldProblem("roles", "Select at least one role"));
        }
        boolean passwordGiven = password != null && !password.isBlank();
        if ((creating || passwordGiven) && (!passwordGiven || password.length() < MIN_PASSWORD)) {
            problems.add(new FieldProblem("password", "Enter a password of at least " + MIN_PASSWORD + " characters"));
        } else if (passwordGiven && password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(new FieldProblem("password", "Enter a password of at most " + MAX_PASSWORD_BYTES
                    + " characters (fewer if it has accented letters or symbols)"));
        }
        return problems;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
    public String getService() { return service; }
    public void setService(String service) { this.service = service; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
}
