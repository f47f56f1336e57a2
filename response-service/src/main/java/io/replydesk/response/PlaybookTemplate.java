package io.replydesk.response;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Template variants of one playbook cell as edited through the API; they replace the file's until deleted. */
@Entity
@Table(name = "playbook_template")
public class PlaybookTemplate extends PanacheEntityBase {

    @EmbeddedId
    private PlaybookCell cell;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> variants;
    /** Counted by hand, not @Version: the first edit of a file default is version 1, the default being 0. */
    private long version;
    private String updatedBy;
    private Instant updatedAt;

    protected PlaybookTemplate() {
    }

    public static PlaybookTemplate of(PlaybookCell cell) {
        PlaybookTemplate template = new PlaybookTemplate();
        template.cell = cell;
        return template;
    }

    public void replace(List<String> newVariants, String by) {
        variants = new ArrayList<>(newVariants);
        version++;
        updatedBy = by;
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public PlaybookCell getCell() {
        return cell;
    }

    public List<String> getVariants() {
        return List.copyOf(variants);
    }

    public long getVersion() {
        return version;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
