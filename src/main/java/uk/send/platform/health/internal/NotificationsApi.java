package uk.send.platform.health.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.send.platform.health.HealthNotification;
import uk.send.platform.health.HealthNotifications;
import uk.send.platform.health.NotificationTheme;
import uk.send.platform.kernel.Paged;

/** The missed or late health notifications log over JSON. */
@RestController
@RequestMapping("/api/v1/health/notifications")
@Tag(name = "Health notifications", description = "Missed or late health notifications, by theme")
class NotificationsApi {

    record ThemeCount(NotificationTheme theme, String label, long missed, long late) {
    }

    private final HealthNotifications notifications;
    private final HealthClock clock;

    NotificationsApi(HealthNotifications notifications, HealthClock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<HealthNotification> record(@RequestBody HealthNotifications.NewNotification body) {
        HealthNotification n = notifications.record(body);
        return ResponseEntity.created(URI.create("/api/v1/health/notifications?theme=" + n.theme())).body(n);
    }

    @GetMapping
    Paged<HealthNotification> list(@RequestParam(required = false) NotificationTheme theme,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return notifications.list(theme, page, size);
    }

    /** Missed and late per theme, due from..to (default: the last 12 months). */
    @GetMapping("/themes")
    List<ThemeCount> themes(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        LocalDate end = to == null ? clock.today() : to;
        var counts = notifications.themes(from == null ? end.minusYears(1) : from, end);
        return Arrays.stream(NotificationTheme.values())
                .map(t -> new ThemeCount(t, t.label(), counts.get(t)[0], counts.get(t)[1])).toList();
    }
}
