package uk.send.platform.access;

/** The actions a role may be granted. Held as data in role_permissions; these are the names code checks. */
public final class Actions {
    public static final String CHILDREN_READ = "children.read";
    public static final String CHILDREN_WRITE = "children.write";
    public static final String CASES_READ = "cases.read";
    public static final String CASES_WRITE = "cases.write";
    public static final String CASES_ASSIGN = "cases.assign";
    public static final String ADVICE_RESPOND = "advice.respond";
    public static final String QUALITY_AUDIT = "quality.audit";
    public static final String IMPROVEMENT_UPDATE = "improvement.update";
    public static final String DASHBOARD_READ = "dashboard.read";
    public static final String RETURNS_MANAGE = "returns.manage";
    public static final String USERS_MANAGE = "users.manage";
    public static final String ACCESS_LOG_READ = "access-log.read";
    public static final String TOKENS_MANAGE = "tokens.manage";
    public static final String FEEDBACK_SEND = "feedback.send";
    public static final String FEEDBACK_READ = "feedback.read";
    public static final String FEEDBACK_MANAGE = "feedback.manage";
    /** Health pathways (looked-after health assessments, health checks, the neurodevelopmental pathway). */
    public static final String HEALTH_READ = "health.read";
    public static final String HEALTH_WRITE = "health.write";
    /** The Dynamic Support Register: health, social care and named agencies only. */
    public static final String DSR_READ = "dsr.read";
    public static final String DSR_WRITE = "dsr.write";
    /** Change the Local Offer entries of an organisation (OWN: the organisations the user edits; ALL: any). */
    public static final String LOCAL_OFFER_EDIT = "localoffer.edit";
    /** Approve Local Offer changes, import feeds, moderate comments and publish responses. */
    public static final String LOCAL_OFFER_PUBLISH = "localoffer.publish";

    public static final java.util.List<String> ALL = java.util.List.of(CHILDREN_READ, CHILDREN_WRITE, CASES_READ,
            CASES_WRITE, CASES_ASSIGN, ADVICE_RESPOND, QUALITY_AUDIT, IMPROVEMENT_UPDATE, DASHBOARD_READ,
            RETURNS_MANAGE, USERS_MANAGE, ACCESS_LOG_READ, TOKENS_MANAGE, FEEDBACK_SEND, FEEDBACK_READ,
            FEEDBACK_MANAGE, HEALTH_READ, HEALTH_WRITE, DSR_READ, DSR_WRITE, LOCAL_OFFER_EDIT, LOCAL_OFFER_PUBLISH);

    private Actions() {
    }
}
