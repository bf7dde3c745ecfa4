package uk.send.platform.casework.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.access.Scope;
import uk.send.platform.access.UserAccount;
import uk.send.platform.access.UserAccounts;
import uk.send.platform.casework.CaseFilter;
import uk.send.platform.casework.CaseSummary;
import uk.send.platform.casework.Stage;
import uk.send.platform.children.SettingType;
import uk.send.platform.kernel.Choices;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.Paged;

/** My caseload (by next deadline) and a team's workload with reassignment, for managers. */
@Controller
@RequestMapping("/cases")
class CaseloadPages {

    record CaseRow(CaseSummary item, StatusTag tag, String nextTitle) {
    }

    static final int PAGE_SIZE = 25;
    private static final Map<String, String> WHOSE_CASES = Choices.of(List.of(Map.entry("mine", "Mine"),
            Map.entry("team", "My team"), Map.entry("all", "All I can see")), Map.Entry::getKey, Map.Entry::getValue);

    private final CaseService cases;
    private final AccessControl access;
    private final UserAccounts users;
    private final DeadlineTitles titles;

    CaseloadPages(CaseService cases, AccessControl access, UserAccounts users, DeadlineTitles titles) {
        this.cases = cases;
        this.access = access;
        this.users = users;
        this.titles = titles;
    }

    @GetMapping
    String caseload(@RequestParam(defaultValue = "mine") String show, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String team, @RequestParam(required = false) String setting,
            @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = access.require(Actions.CASES_READ, Scope.OWN);
        Stage chosen = Arrays.stream(Stage.values()).filter(s -> s.name().equals(stage)).findFirst().orElse(null);
        String whose = "mine".equals(show) ? user.username() : null;
        String teamFilter = "team".equals(show) ? Objects.requireNonNullElse(blank(team), user.team()) : blank(team);
        CaseFilter filter = new CaseFilter(chosen, whose, teamFilter, blank(setting), false, null, null, false);
        Paged<CaseSummary> found = cases.list(filter, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("cases", found);
        model.addAttribute("rows", rows(found.items()));
        model.addAttribute("show", show);
        model.addAttribute("stage", chosen == null ? "" : chosen.name());
        model.addAttribute("team", teamFilter);
        model.addAttribute("setting", setting);
        model.addAttribute("stages", stages());
        model.addAttribute("whoseCases", WHOSE_CASES);
        model.addAttribute("settingTypes", settingTypes());
        model.addAttribute("base", "/cases?" + query("show", show, "stage", stage, "team", team, "setting", setting));
        return "cases/caseload";
    }

    @GetMapping("/team")
    String team(@RequestParam(required = false) String team, @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = access.require(Actions.CASES_ASSIGN, Scope.TEAM);
        boolean anyTeam = user.may(Actions.CASES_ASSIGN, Scope.SERVICE);
        String chosen = anyTeam && blank(team) != null ? team : user.team();
        model.addAttribute("team", chosen);
        model.addAttribute("teams", Choices.same(anyTeam ? cases.teams() : List.of()));
        model.addAttribute("loads", cases.workload(chosen));
        Paged<CaseSummary> found = cases.list(CaseFilter.none().withTeam(chosen), Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("cases", found);
        model.addAttribute("rows", rows(found.items()));
        model.addAttribute("members", members(chosen));
        model.addAttribute("base", "/cases/team?" + query("team", chosen));
        return "cases/team";
    }

    @PostMapping("/team/reassign")
    String reassign(@RequestParam String caseId, @RequestParam(required = false) String caseworker,
            @RequestParam(required = false) Integer version, @RequestParam(required = false) String team,
            RedirectAttributes flash) {
        try {
            CaseSummary moved = cases.reassign(caseId, caseworker, version);
            flash.addFlashAttribute("banner", moved.childName() + "'s case is now with " + moved.caseworker());
        } catch (ConflictingChange e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/cases/team?" + query("team", team);
    }

    private List<CaseRow> rows(List<CaseSummary> items) {
        return items.stream().map(c -> new CaseRow(c, StatusTag.of(c), titles.title(c.nextDeadline()))).toList();
    }

    private Map<String, String> members(String team) {
        Map<String, String> members = new LinkedHashMap<>();
        users.list().stream().filter(UserAccount::enabled).filter(u -> Objects.equals(u.team(), team))
                .forEach(u -> members.put(u.username(), u.displayName()));
        return members;
    }

    static Map<String, String> stages() {
        return Choices.of(Stage.values(), Stage::label);
    }

    static Map<String, String> settingTypes() {
        return Choices.of(SettingType.values(), SettingType::label);
    }

    static String query(String... pairs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isBlank()) {
                sb.append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8))
                        .append('&');
            }
        }
        return sb.toString();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
