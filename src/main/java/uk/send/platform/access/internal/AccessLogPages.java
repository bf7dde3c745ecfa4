package uk.send.platform.access.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.send.platform.access.AccessLog;
import uk.send.platform.web.DateParts;

/** Administrators search who read which child's record, when and from where. */
@Controller
class AccessLogPages {

    private final AccessLog log;

    AccessLogPages(AccessLog log) {
        this.log = log;
    }

    @GetMapping("/admin/access-log")
    String search(@RequestParam(required = false) String username, @RequestParam(required = false) String recordId,
            @RequestParam(required = false) String fromDay, @RequestParam(required = false) String fromMonth,
            @RequestParam(required = false) String fromYear, @RequestParam(defaultValue = "0") int page, Model model) {
        String from = DateParts.iso(fromDay, fromMonth, fromYear);
        model.addAttribute("username", username);
        model.addAttribute("recordId", recordId);
        model.addAttribute("fromDay", fromDay);
        model.addAttribute("fromMonth", fromMonth);
        model.addAttribute("fromYear", fromYear);
        if ("not-a-date".equals(from)) {
            model.addAttribute("problem", "Enter a real date");
            return "admin/access-log";
        }
        var query = new AccessLog.AccessLogQuery(blank(username), blank(recordId),
                from == null ? null : LocalDate.parse(from), null);
        model.addAttribute("entries", log.search(query, Math.max(0, page), 50));
        model.addAttribute("base", "/admin/access-log?" + param("username", username) + param("recordId", recordId)
                + param("fromDay", fromDay) + param("fromMonth", fromMonth) + param("fromYear", fromYear));
        return "admin/access-log";
    }

    private static String param(String name, String value) {
        return value == null || value.isBlank() ? ""
                : name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8) + "&";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
