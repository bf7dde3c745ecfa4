package uk.send.platform.insight.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** insight_categories: the labels of each counter's categories, kept as their source named them. */
@Repository
class Categories {

    private final JdbcClient jdbc;

    Categories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void remember(String la, Counter counter, Category category) {
        int updated = jdbc.sql("update insight_categories set label = ? where la_code = ? and counter = ? and category = ?")
                .params(category.label(), la, counter.name(), category.code()).update();
        if (updated == 0) {
            jdbc.sql("insert into insight_categories (la_code, counter, category, label) values (?, ?, ?, ?)"
                    + " on conflict do nothing").params(la, counter.name(), category.code(), category.label()).update();
        }
    }

    /** Code to label, in code order. */
    Map<String, String> of(String la, Counter counter) {
        Map<String, String> labels = new LinkedHashMap<>();
        jdbc.sql("select category, label from insight_categories where la_code = ? and counter = ? order by category")
                .params(la, counter.name()).query(rs -> {
                    labels.put(rs.getString(1), rs.getString(2));
                });
        return labels;
    }
}
