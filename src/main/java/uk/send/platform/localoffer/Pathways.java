package uk.send.platform.localoffer;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.kernel.LocalArea;
import uk.send.platform.kernel.Paged;
import uk.send.platform.kernel.RecordNotFound;

/** The co-produced pathways, published as step-by-step pages (public). */
@Service
@Transactional(readOnly = true)
public class Pathways {

    private final JdbcClient jdbc;
    private final String la;

    Pathways(JdbcClient jdbc, LocalArea localArea) {
        this.jdbc = jdbc;
        this.la = localArea.code();
    }

    public Paged<Pathway> list(int page, int size) {
        Paged.check(page, size);
        long total = jdbc.sql("select count(*) from lo_pathway where la_code = ?").param(la).query(Long.class).single();
        List<Pathway> rows = jdbc.sql("select * from lo_pathway where la_code = ? order by title, id limit ? offset ?")
                .params(la, size, (long) page * size)
                .query((rs, i) -> new Pathway(rs.getString("id"), rs.getString("slug"), rs.getString("title"),
                        rs.getString("summary"), rs.getString("co_produced_with"),
                        rs.getDate("published_on").toLocalDate(), List.of()))
                .list();
        return new Paged<>(rows, page, size, total);
    }

    public Pathway bySlug(String slug) {
        Pathway p = jdbc.sql("select * from lo_pathway where la_code = ? and slug = ?").params(la, slug)
                .query((rs, i) -> new Pathway(rs.getString("id"), rs.getString("slug"), rs.getString("title"),
                        rs.getString("summary"), rs.getString("co_produced_with"),
                        rs.getDate("published_on").toLocalDate(), List.of()))
                .optional().orElseThrow(() -> new RecordNotFound("Pathway " + slug));
        List<Pathway.Step> steps = jdbc.sql("select * from lo_pathway_step where pathway_id = ? order by position")
                .param(p.id()).query((rs, i) -> new Pathway.Step(rs.getInt("position"), rs.getString("title"),
                        rs.getString("body"), rs.getString("term_id"))).list();
        return new Pathway(p.id(), p.slug(), p.title(), p.summary(), p.coProducedWith(), p.publishedOn(), steps);
    }

    /** Saves a pathway and its steps (the demo's, or an officer's). */
    @Transactional
    public void save(Pathway p) {
        jdbc.sql("delete from lo_pathway_step where pathway_id = ?").param(p.id()).update();
        jdbc.sql("delete from lo_pathway where id = ? and la_code = ?").params(p.id(), la).update();
        jdbc.sql("insert into lo_pathway (id, la_code, slug, title, summary, co_produced_with, published_on) values (?, ?, ?, ?, ?, ?, ?)")
                .params(p.id(), la, p.slug(), p.title(), p.summary(), p.coProducedWith(), java.sql.Date.valueOf(p.publishedOn()))
                .update();
        for (Pathway.Step s : p.steps()) {
            jdbc.sql("insert into lo_pathway_step (pathway_id, la_code, position, title, body, term_id) values (?, ?, ?, ?, ?, ?)")
                    .params(p.id(), la, s.position(), s.title(), s.body(), s.termId()).update();
        }
    }
}
