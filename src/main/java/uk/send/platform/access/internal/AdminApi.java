package uk.send.platform.access.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.AccessLog;
import uk.send.platform.access.NewUser;
import uk.send.platform.access.UserAccount;
import uk.send.platform.access.UserAccounts;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;
import uk.send.platform.kernel.RecordNotFound;

/** Administration over JSON: users, API tokens and the access log. */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Administration")
class AdminApi {

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final AccessLog log;
    private final AccessControl access;

    AdminApi(UserAccounts accounts, ApiTokens tokens, AccessLog log, AccessControl access) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.log = log;
        this.access = access;
    }

    record UserRequest(String username, String displayName, String email, String team, String service,
            List<String> roles, String password) {
    }

    record TokenRequest(Long userId, String name) {
    }

    @GetMapping("/users")
    List<UserAccount> users() {
        return accounts.list();
    }

    @PostMapping("/users")
    ResponseEntity<UserAccount> createUser(@RequestBody UserRequest request) {
        UserForm form = new UserForm();
        form.setUsername(request.username());
        form.setDisplayName(request.displayName());
        form.setEmail(request.email());
        form.setRoles(request.roles() == null ? List.of() : request.roles());
        form.setPassword(request.password());
        var problems = new java.util.ArrayList<>(form.problems(true));
        if (request.roles() != null && !accounts.roles().keySet().containsAll(request.roles())) {
            problems.add(new uk.send.platform.kernel.FieldProblem("roles", "Use role codes from GET /api/v1/admin/roles"));
        }
        if (problems.isEmpty() && accounts.exists(request.username().strip())) {
            problems.add(new uk.send.platform.kernel.FieldProblem("username", "That username is already in use"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id = accounts.create(new NewUser(request.username().strip(), request.displayName().strip(), request.email(),
                request.team(), request.service(), Set.copyOf(request.roles()), request.password()));
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + id)).body(accounts.find(id).orElseThrow());
    }

    @GetMapping("/roles")
    Map<String, String> roles() {
        return accounts.roles();
    }

    @PostMapping("/tokens")
    ResponseEntity<Map<String, Object>> issueToken(@RequestBody TokenRequest request) {
        long userId = request.userId() == null ? access.requireUser().id() : request.userId();
        if (accounts.find(userId).isEmpty()) {
            throw InvalidInput.of("userId", "No user with that id");
        }
        if (request.name() == null || request.name().isBlank()) {
            throw InvalidInput.of("name", "Enter a name for the token");
        }
        var issued = tokens.issue(userId, request.name().strip(), access.requireUser().username());
        return ResponseEntity.created(URI.create("/api/v1/admin/tokens/" + issued.id()))
                .body(Map.of("id", issued.id(), "token", issued.token(), "userId", userId));
    }

    @GetMapping("/tokens")
    List<ApiTokens.TokenSummary> tokens() {
        return tokens.list();
    }

    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        if (!tokens.exists(id)) {
            throw new RecordNotFound("Token");
        }
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/access-log")
    Paged<AccessLog.Entry> accessLog(@RequestParam(required = false) String username,
            @RequestParam(required = false) String recordId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paged.check(page, size);
        return log.search(new AccessLog.AccessLogQuery(username, recordId, from, to), page, size);
    }
}
