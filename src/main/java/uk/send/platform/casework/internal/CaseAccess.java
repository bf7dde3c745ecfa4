package uk.send.platform.casework.internal;

import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.access.Scope;
import uk.send.platform.access.UserAccount;
import uk.send.platform.access.UserAccounts;
import uk.send.platform.casework.CaseFilter;
import uk.send.platform.casework.RefusedEvent;

/**
 * Who may do what to which case (design principle 4): OWN reaches the user's own cases, TEAM their team's,
 * SERVICE and ALL every case in the Local Area.
 */
@Component
class CaseAccess {

    record Assignee(String username, String team) {
    }

    private final AccessControl access;
    private final UserAccounts users;

    CaseAccess(AccessControl access, UserAccounts users) {
        this.access = access;
        this.users = users;
    }

    CurrentUser requireRead(CaseHeader c) {
        CurrentUser user = access.require(Actions.CASES_READ, Scope.OWN);
        if (!reaches(user, Actions.CASES_READ, c) && !reaches(user, Actions.CASES_WRITE, c)) {
            throw new AccessDeniedException("Case " + c.id() + " is outside your caseload");
        }
        return user;
    }

    CurrentUser requireWrite(CaseHeader c) {
        return require(Actions.CASES_WRITE, c);
    }

    CurrentUser requireAssign(CaseHeader c) {
        return require(Actions.CASES_ASSIGN, c);
    }

    CurrentUser requireUser(String action) {
        return access.require(action, Scope.OWN);
    }

    /** A list shows only what the reader's scope reaches. */
    CaseFilter restrict(CurrentUser user, CaseFilter filter) {
        Scope scope = user.scopeFor(Actions.CASES_READ).orElse(Scope.OWN);
        return switch (scope) {
            case OWN -> filter.withCaseworker(user.username());
            case TEAM -> filter.withTeam(user.team());
            default -> filter;
        };
    }

    /** The caseworker a case goes to: the user themself, or (with cases.assign) someone their scope reaches. */
    Assignee assignee(CurrentUser user, String requested) {
        if (requested == null || requested.isBlank() || requested.equals(user.username())) {
            return new Assignee(user.username(), user.team());
        }
        Scope scope = user.scopeFor(Actions.CASES_ASSIGN)
                .orElseThrow(() -> new AccessDeniedException("Giving a case to someone else needs cases.assign"));
        UserAccount account = users.findByUsername(requested.strip()).filter(UserAccount::enabled)
                .orElseThrow(() -> RefusedEvent.unprocessable("caseworker", "There is no active user " + requested));
        if (scope == Scope.OWN || scope == Scope.TEAM && !Objects.equals(account.team(), user.team())) {
            throw new AccessDeniedException("You may give cases only to your own team");
        }
        return new Assignee(account.username(), account.team());
    }

    private CurrentUser require(String action, CaseHeader c) {
        CurrentUser user = access.require(action, Scope.OWN);
        if (!reaches(user, action, c)) {
            throw new AccessDeniedException("Case " + c.id() + " is outside your " + action + " scope");
        }
        return user;
    }

    private static boolean reaches(CurrentUser user, String action, CaseHeader c) {
        return user.scopeFor(action).map(scope -> switch (scope) {
            case OWN -> user.username().equals(c.caseworker());
            case TEAM -> user.username().equals(c.caseworker()) || Objects.equals(user.team(), c.team());
            case SERVICE, ALL -> true;
        }).orElse(false);
    }
}
