package se.etablera.audit;

import java.time.Instant;

/**
 * One audited event: who (token subject and role) did what (action) to which record (type and id), when. Never
 * holds personal data: ids are random, subjects are staff or service identifiers.
 */
public record AuditEntry(String id, Instant at, String actor, String role, String action, String targetType, String targetId) {
}
