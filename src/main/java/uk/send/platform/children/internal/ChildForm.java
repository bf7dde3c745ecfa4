package uk.send.platform.children.internal;

import java.util.List;
import uk.send.platform.children.Child;
import uk.send.platform.children.ChildDetails;
import uk.send.platform.children.Contact;

/** The add and change child pages' form: GOV.UK date inputs are three fields each; one main contact. */
public class ChildForm {

    private String givenName;
    private String familyName;
    private String dateOfBirthDay;
    private String dateOfBirthMonth;
    private String dateOfBirthYear;
    private String sex;
    private String ethnicity;
    private String postcode;
    private String nhsNumber;
    private String upn;
    private String uln;
    private String upnUnknownReason;
    private String settingUrn;
    private String settingType;
    private String lookedAfter;
    private String lookedAfterFromDay;
    private String lookedAfterFromMonth;
    private String lookedAfterFromYear;
    private String lookedAfterToDay;
    private String lookedAfterToMonth;
    private String lookedAfterToYear;
    private String contactName;
    private String contactRelationship;
    private String contactPhone;
    private String contactEmail;
    private String contactAddress;
    private int version;

    static ChildForm from(Child c) {
        ChildForm f = new ChildForm();
        f.givenName = c.givenName();
        f.familyName = c.familyName();
        f.dateOfBirthDay = String.valueOf(c.dateOfBirth().getDayOfMonth());
        f.dateOfBirthMonth = String.valueOf(c.dateOfBirth().getMonthValue());
        f.dateOfBirthYear = String.valueOf(c.dateOfBirth().getYear());
        f.sex = c.sex();
        f.ethnicity = c.ethnicity();
        f.postcode = c.postcode();
        f.nhsNumber = c.nhsNumber();
        f.upn = c.upn();
        f.uln = c.uln();
        f.upnUnknownReason = c.upnUnknownReason();
        f.settingUrn = c.settingUrn();
        f.settingType = c.settingType();
        f.lookedAfter = c.lookedAfter() ? "yes" : "no";
        if (c.lookedAfterFrom() != null) {
            f.lookedAfterFromDay = String.valueOf(c.lookedAfterFrom().getDayOfMonth());
            f.lookedAfterFromMonth = String.valueOf(c.lookedAfterFrom().getMonthValue());
            f.lookedAfterFromYear = String.valueOf(c.lookedAfterFrom().getYear());
        }
        if (c.lookedAfterTo() != null) {
            f.lookedAfterToDay = String.valueOf(c.lookedAfterTo().getDayOfMonth());
            f.lookedAfterToMonth = String.valueOf(c.lookedAfterTo().getMonthValue());
            f.lookedAfterToYear = String.valueOf(c.lookedAfterTo().getYear());
        }
        c.contacts().stream().findFirst().ifPresent(m -> {
            f.contactName = m.name();
            f.contactRelationship = m.relationship();
            f.contactPhone = m.phone();
            f.contactEmail = m.email();
            f.contactAddress = m.address();
        });
        f.version = c.version();
        return f;
    }

    ChildDetails toDetails() {
        List<Contact> contacts = contactName == null || contactName.isBlank() ? List.of()
                : List.of(new Contact(contactName, contactRelationship, contactPhone, contactEmail, contactAddress, true));
        return new ChildDetails(givenName, familyName, getDateOfBirth(), sex, ethnicity, postcode, nhsNumber, upn, uln,
                upnUnknownReason, settingUrn, settingType, "yes".equals(lookedAfter), getLookedAfterFrom(),
                getLookedAfterTo(), contacts);
    }

    /** The page's field name for a problem reported against the record's field. */
    static String formField(String field) {
        return switch (field) {
            case "contacts[0].name" -> "contactName";
            case "contacts[0].relationship" -> "contactRelationship";
            case "contacts[0].email" -> "contactEmail";
            default -> field;
        };
    }

    public String getDateOfBirth() {
        return uk.send.platform.web.DateParts.iso(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear);
    }

    public String getLookedAfterFrom() {
        return uk.send.platform.web.DateParts.iso(lookedAfterFromDay, lookedAfterFromMonth, lookedAfterFromYear);
    }

    public String getLookedAfterTo() {
        return uk.send.platform.web.DateParts.iso(lookedAfterToDay, lookedAfterToMonth, lookedAfterToYear);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String v) {
        this.givenName = v;
    }
    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String v) {
        this.familyName = v;
    }
    public String getDateOfBirthDay() {
        return dateOfBirthDay;
    }

    public void setDateOfBirthDay(String v) {
        this.dateOfBirthDay = v;
    }
    public String getDateOfBirthMonth() {
        return dateOfBirthMonth;
    }

    public void setDateOfBirthMonth(String v) {
        this.dateOfBirthMonth = v;
    }
    public String getDateOfBirthYear() {
        return dateOfBirthYear;
    }

    public void setDateOfBirthYear(String v) {
        this.dateOfBirthYear = v;
    }
    public String getSex() {
        return sex;
    }

    public void setSex(String v) {
        this.sex = v;
    }
    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String v) {
        this.ethnicity = v;
    }
    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String v) {
        this.postcode = v;
    }
    public String getNhsNumber() {
        return nhsNumber;
    }

    public void setNhsNumber(String v) {
        this.nhsNumber = v;
    }
    public String getUpn() {
        return upn;
    }

    public void setUpn(String v) {
        this.upn = v;
    }
    public String getUln() {
        return uln;
    }

    public void setUln(String v) {
        this.uln = v;
    }
    public String getUpnUnknownReason() {
        return upnUnknownReason;
    }

    public void setUpnUnknownReason(String v) {
        this.upnUnknownReason = v;
    }
    public String getSettingUrn() {
        return settingUrn;
    }

    public void setSettingUrn(String v) {
        this.settingUrn = v;
    }
    public String getSettingType() {
        return settingType;
    }

    public void setSettingType(String v) {
        this.settingType = v;
    }
    public String getLookedAfter() {
        return lookedAfter;
    }

    public void setLookedAfter(String v) {
        this.lookedAfter = v;
    }
    public String getLookedAfterFromDay() {
        return lookedAfterFromDay;
    }

    public void setLookedAfterFromDay(String v) {
        this.lookedAfterFromDay = v;
    }
    public String getLookedAfterFromMonth() {
        return lookedAfterFromMonth;
    }

    public void setLookedAfterFromMonth(String v) {
        this.lookedAfterFromMonth = v;
    }
    public String getLookedAfterFromYear() {
        return lookedAfterFromYear;
    }

    public void setLookedAfterFromYear(String v) {
        this.lookedAfterFromYear = v;
    }
    public String getLookedAfterToDay() {
        return lookedAfterToDay;
    }

    public void setLookedAfterToDay(String v) {
        this.lookedAfterToDay = v;
    }
    public String getLookedAfterToMonth() {
        return lookedAfterToMonth;
    }

    public void setLookedAfterToMonth(String v) {
        this.lookedAfterToMonth = v;
    }
    public String getLookedAfterToYear() {
        return lookedAfterToYear;
    }

    public void setLookedAfterToYear(String v) {
        this.lookedAfterToYear = v;
    }
    public String getContactName() {
        return contactName;
    }

    public void setContactName(String v) {
        this.contactName = v;
    }
    public String getContactRelationship() {
        return contactRelationship;
    }

    public void setContactRelationship(String v) {
        this.contactRelationship = v;
    }
    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String v) {
        this.contactPhone = v;
    }
    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String v) {
        this.contactEmail = v;
    }
    public String getContactAddress() {
        return contactAddress;
    }

    public void setContactAddress(String v) {
        this.contactAddress = v;
    }
}
