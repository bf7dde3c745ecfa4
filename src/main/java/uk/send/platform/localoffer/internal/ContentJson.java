package uk.send.platform.localoffer.internal;

import tools.jackson.databind.json.JsonMapper;
import uk.send.platform.localoffer.ServiceContent;

/** A version's content as stored: JSON with the record's field names. */
final class ContentJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContentJson() {
    }

    static String write(ServiceContent content) {
        return JSON.writeValueAsString(content);
    }

    static ServiceContent read(String json) {
        return JSON.readValue(json, ServiceContent.class);
    }
}
