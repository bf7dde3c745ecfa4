package uk.send.platform.localoffer.internal;

import java.util.ArrayList;
import java.util.List;
import uk.send.platform.localoffer.ServiceContent;
import uk.send.platform.localoffer.ServiceContent.LocationContent;
import uk.send.platform.localoffer.ServiceContent.ScheduleContent;

/** The editor's form for a service: one place and one weekly opening time, the rest as ServiceContent has it. */
public class ServiceForm {

    private Integer baseVersion;
    private String name;
    private String description;
    private String status = "active";
    private String url;
    private String email;
    private String phone;
    private String fees;
    private boolean free;
    private String minimumAge;
    private String maximumAge;
    private String eligibility;
    private String howToAccess;
    private String alert;
    private List<String> termIds = new ArrayList<>();
    private String placeName;
    private String address1;
    private String city;
    private String postcode;
    private String accessibility;
    private List<String> days = new ArrayList<>();
    private String opensAt;
    private String closesAt;
    private String note;

    static ServiceForm from(ServiceContent c, int baseVersion) {
        ServiceForm f = new ServiceForm();
        f.baseVersion = baseVersion;
        f.name = c.name();
        f.description = c.description();
        f.status = c.status();
        f.url = c.url();
        f.email = c.email();
        f.phone = c.phone();
        f.fees = c.fees();
        f.free = c.free();
        f.minimumAge = c.minimumAge() == null ? null : c.minimumAge().toString();
        f.maximumAge = c.maximumAge() == null ? null : c.maximumAge().toString();
        f.eligibility = c.eligibility();
        f.howToAccess = c.howToAccess();
        f.alert = c.alert();
        f.termIds = new ArrayList<>(c.termIds());
        if (!c.locations().isEmpty()) {
            LocationContent l = c.locations().get(0);
            f.placeName = l.name();
            f.address1 = l.address1();
            f.city = l.city();
            f.postcode = l.postcode();
            f.accessibility = l.accessibility();
        }
        for (ScheduleContent s : c.schedules()) {
            f.days.add(s.byday());
            f.opensAt = s.opensAt();
            f.closesAt = s.closesAt();
        }
        return f;
    }

    /**
     * The content this form makes, keeping what the form does not show (other places, contacts, ids) from the
     * published content; a changed postcode moves the place to its district's centre until someone places it exactly.
     */
    ServiceContent toContent(ServiceContent before, DirectoryStore store, List<uk.send.platform.kernel.FieldProblem> problems) {
        Integer min = age(minimumAge, "minimumAge", problems);
        Integer max = age(maximumAge, "maximumAge", problems);
        List<LocationContent> locations = new ArrayList<>(before == null ? List.of() : before.locations());
        boolean hasPlace = blank(address1) != null || blank(postcode) != null || blank(placeName) != null;
        if (hasPlace) {
            LocationContent old = locations.isEmpty() ? null : locations.get(0);
            Double lat = old == null ? null : old.latitude();
            Double lon = old == null ? null : old.longitude();
            if (old == null || !same(old.postcode(), postcode)) {
                var point = store.postcodePoint(postcode);
                lat = point.map(p -> p[0]).orElse(null);
                lon = point.map(p -> p[1]).orElse(null);
            }
            LocationContent l = new LocationContent(old == null ? null : old.id(), old == null ? null : old.serviceAtLocationId(),
                    "physical", blank(placeName), old == null ? null : old.description(), blank(address1), blank(city),
                    old == null || old.county() == null ? null : old.county(), blank(postcode), lat, lon, blank(accessibility));
            if (locations.isEmpty()) {
                locations.add(l);
            } else {
                locations.set(0, l);
            }
        } else if (!locations.isEmpty()) {
            locations.remove(0);
        }
        List<ScheduleContent> schedules = new ArrayList<>();
        for (String day : days) {
            String id = before == null ? null : before.schedules().stream().filter(s -> s.byday().equals(day))
                    .map(ScheduleContent::id).findFirst().orElse(null);
            schedules.add(new ScheduleContent(id, day, blank(opensAt), blank(closesAt), null));
        }
        return new ServiceContent(name, description, url, email, phone, status, fees, free, min, max, eligibility,
                howToAccess, alert, termIds, locations, schedules, before == null ? List.of() : before.contacts());
    }

    private static Integer age(String s, String field, List<uk.send.platform.kernel.FieldProblem> problems) {
        if (blank(s) == null) {
            return null;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            problems.add(new uk.send.platform.kernel.FieldProblem(field, "Enter the age in whole years, like 5"));
            return null;
        }
    }

    private static boolean same(String a, String b) {
        return (blank(a) == null ? "" : a.replace(" ", "").toUpperCase()).equals(blank(b) == null ? "" : b.replace(" ", "").toUpperCase());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Integer getBaseVersion() { return baseVersion; }
    public void setBaseVersion(Integer v) { baseVersion = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getUrl() { return url; }
    public void setUrl(String v) { url = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getFees() { return fees; }
    public void setFees(String v) { fees = v; }
    public boolean isFree() { return free; }
    public void setFree(boolean v) { free = v; }
    public String getMinimumAge() { return minimumAge; }
    public void setMinimumAge(String v) { minimumAge = v; }
    public String getMaximumAge() { return maximumAge; }
    public void setMaximumAge(String v) { maximumAge = v; }
    public String getEligibility() { return eligibility; }
    public void setEligibility(String v) { eligibility = v; }
    public String getHowToAccess() { return howToAccess; }
    public void setHowToAccess(String v) { howToAccess = v; }
    public String getAlert() { return alert; }
    public void setAlert(String v) { alert = v; }
    public List<String> getTermIds() { return termIds; }
    public void setTermIds(List<String> v) { termIds = v == null ? new ArrayList<>() : v; }
    public String getPlaceName() { return placeName; }
    public void setPlaceName(String v) { placeName = v; }
    public String getAddress1() { return address1; }
    public void setAddress1(String v) { address1 = v; }
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { postcode = v; }
    public String getAccessibility() { return accessibility; }
    public void setAccessibility(String v) { accessibility = v; }
    public List<String> getDays() { return days; }
    public void setDays(List<String> v) { days = v == null ? new ArrayList<>() : v; }
    public String getOpensAt() { return opensAt; }
    public void setOpensAt(String v) { opensAt = v; }
    public String getClosesAt() { return closesAt; }
    public void setClosesAt(String v) { closesAt = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
}
