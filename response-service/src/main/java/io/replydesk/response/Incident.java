package io.replydesk.response;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;

/** Related flagged posts handled as one: same failure category within a time window, across sources. */
@Entity
@Table(name = "incident")
public class Incident extends PanacheEntityBase {

    @Id
    private UUID id;
    private String category;
    private String title;
    @Enumerated(EnumType.STRING)
    private IncidentStatus status;
    private String owner;
    private Instant openedAt;
    /** Maintained by arriving posts; excluded from locking so they never make a person's change stale. */
    @OptimisticLock(excluded = true)
    private Instant lastPostAt;
    private Instant resolvedAt;
    @Version
    private long version;

    protected Incident() {
    }

    public static Incident open(String category, String title) {
        Incident incident = new Incident();
        incident.id = UUID.randomUUID();
        incident.category = category;
        incident.title = title;
        incident.status = IncidentStatus.OPEN;
        incident.openedAt = now();
        incident.lastPostAt = incident.openedAt;
        return incident;
    }

    /** A post joined: the incident is active again if it was only being monitored. */
    public void postJoined(boolean urgent) {
        lastPostAt = now();
        if (urgent && status == IncidentStatus.MONITORING) {
            status = IncidentStatus.OPEN;
        }
    }

    public void moveTo(IncidentStatus newStatus) {
        if (newStatus == status) {
            return;
        }
        status = newStatus;
        resolvedAt = newStatus == IncidentStatus.RESOLVED ? now() : null;
    }

    public void assign(String newOwner) {
        owner = newOwner == null || newOwner.isBlank() ? null : newOwner.trim();
    }

    public void rename(String newTitle) {
        title = newTitle.trim();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public UUID getId() {
        return id;
    }

    public String getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public String getOwner() {
        return owner;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getLastPostAt() {
        return lastPostAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public long getVersion() {
        return version;
    }
}
