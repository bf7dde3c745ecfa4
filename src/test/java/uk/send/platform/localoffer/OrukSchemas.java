package uk.send.platform.localoffer;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The Open Referral UK 3.0 profile's schemas (copied unchanged into src/test/resources/oruk from the shared reference),
 * checked with networknt's JSON Schema validator (draft 2020-12, formats asserted: uuid, uri, email, date-time).
 */
final class OrukSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private OrukSchemas() {
    }

    /** Problems found validating the node against e.g. "compiled/service.json" or "taxonomy.json"; empty if valid. */
    static List<String> problems(String schema, JsonNode node) {
        Schema s = SCHEMAS.computeIfAbsent(schema, k -> REGISTRY.getSchema(SchemaLocation.of("classpath:oruk/schema/" + k)));
        return s.validate(node).stream().map(Error::toString).toList();
    }

    static void assertValid(String schema, JsonNode node) {
        assertThat(problems(schema, node)).as("%s against %s", node, schema).isEmpty();
    }
}
