package io.replydesk.response.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Response-time clocks: how long each leg from the platform's creation time to our posted reply took, with
 * median and 90th percentile per source or per ISO week (of the post's creation), computed by PostgreSQL.
 */
@ApplicationScoped
public class ResponseClocks {

    /** A leg of the way, from one mark to the next; {@code total} runs from creation to posting. */
    public enum Leg {
        OBSERVED("post_created_at", "observed_at"),
        DRAFTED("observed_at", "created_at"),
        APPROVED("created_at", "approved_at"),
        POSTED("approved_at", "posted_at"),
        TOTAL("post_created_at", "posted_at");

        private final String from;
        private final String to;

        Leg(String from, String to) {
            this.from = from;
            this.to = to;
        }
    }

    /** How clocks are grouped. */
    public enum Grouping {
        SOURCE("source_id"),
        WEEK("to_char(coalesce(post_created_at, created_at) at time zone 'UTC', 'IYYY-\"W\"IW')"),
        SOURCE_WEEK("source_id || ' ' || to_char(coalesce(post_created_at, created_at) at time zone 'UTC',"
                + " 'IYYY-\"W\"IW')");

        private final String key;

        Grouping(String key) {
            this.key = key;
        }
    }

    /** Durations of one leg within a group, in seconds; null when no draft got that far. */
    public record Stats(long count, Double medianSeconds, Double p90Seconds) {
    }

    /** One group (a source, a week, or both) with its drafts and the stats of every leg. */
    public record Group(String key, long drafts, Map<Leg, Stats> legs) {
    }

    @Inject
    EntityManager em;

    @Transactional
    public List<Group> measure(Grouping grouping, Instant from, Instant to) {
        StringBuilder sql = new StringBuilder("select ").append(grouping.key).append(" as k, count(*)");
        for (Leg leg : Leg.values()) {
            // a platform clock ahead of ours must not make a negative duration; null (not reached) stays null,
            // where greatest(0, null) would be 0
            String seconds = "case when " + leg.to + " >= " + leg.from + " then extract(epoch from (" + leg.to + " - "
                    + leg.from + ")) when " + leg.to + " < " + leg.from + " then 0 end";
            sql.append(", count(").append(leg.to).append(" - ").append(leg.from).append(")")
                    .append(", percentile_cont(0.5) within group (order by ").append(seconds).append(")")
                    .append(", percentile_cont(0.9) within group (order by ").append(seconds).append(")");
        }
        sql.append(" from draft where coalesce(post_created_at, created_at) >= ?1")
                .append(" and coalesce(post_created_at, created_at) < ?2 group by 1 order by 1");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql.toString()).setParameter(1, from).setParameter(2, to)
                .getResultList();
        List<Group> groups = new ArrayList<>();
        for (Object[] row : rows) {
            Map<Leg, Stats> legs = new LinkedHashMap<>();
            int column = 2;
            for (Leg leg : Leg.values()) {
                legs.put(leg, new Stats(((Number) row[column]).longValue(), number(row[column + 1]),
                        number(row[column + 2])));
                column += 3;
            }
            groups.add(new Group((String) row[0], ((Number) row[1]).longValue(), legs));
        }
        return groups;
    }

    private static Double number(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 1000) / 1000.0;
    }
}
