package se.etablera.opportunity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.etablera.common.GeoPoint;
import se.etablera.common.Schedule;
import se.etablera.nlp.ExtractedConcept;
import se.etablera.taxonomy.Concept;
import se.etablera.taxonomy.OccupationRef;
import se.etablera.taxonomy.SwedishLevel;

/**
 * Something a newcomer can start: a work placement (praktikplats), an extra job (extratjänst and similar
 * subsidised jobs) or a vocational course with language support (yrkes-SFI). One record type, because
 * matching ranks them in one list; fields that belong to one kind only say so.
 *
 * <p>For a course, {@code swedishRequired} is the entry level and {@code swedishExit} the level reached,
 * {@code occupation} the main occupation it trains for and {@code leadsTo} every occupation it leads to.
 */
public record Opportunity(
    String id,
    Kind kind,
    String title,
    Organisation organisation,
    OccupationRef occupation,
    List<OccupationRef> leadsTo,
    Concept occupationField,
    List<SkillWanted> skills,
    SwedishLevel swedishRequired,
    SwedishLevel swedishExit,
    List<Concept> languagesAsset,
    List<Concept> drivingLicences,
    Location location,
    List<Concept> acceptsResidentsOf,
    Integer seats,
    Integer seatsTaken,
    Integer seatsLeft,
    LocalDate startDate,
    LocalDate endDate,
    List<LocalDate> startDates,
    Integer durationWeeks,
    Integer hoursPerWeek,
    List<Schedule> schedule,
    Boolean supervisorAvailable,
    Eligibility eligibility,
    Boolean combinableWithStudies,
    List<String> certificates,
    Integer workplaceTrainingWeeks,
    List<String> modules,
    String description,
    List<ExtractedConcept> extracted,
    List<String> rejectedConcepts,
    String searchText,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * This opening with every field the service owns replaced: kind (from the route), id, organisation number
   * form, derived field and location point, seat counts, extracted concepts, rejections and timestamps.
   */
  public Opportunity withServerFields(String id, Kind kind, Organisation organisation, Concept occupationField,
                                      Location location, Integer seatsTaken, List<ExtractedConcept> extracted,
                                      List<String> rejectedConcepts, String searchText, Instant createdAt, Instant updatedAt) {
    Integer left = seats == null ? null : Math.max(0, seats - (seatsTaken == null ? 0 : seatsTaken));
    return new Opportunity(id, kind, title, organisation, occupation, leadsTo, occupationField, skills, swedishRequired,
        swedishExit, languagesAsset, drivingLicences, location, acceptsResidentsOf, seats, seatsTaken, left, startDate,
        endDate, startDates, durationWeeks, hoursPerWeek, schedule, supervisorAvailable, eligibility, combinableWithStudies,
        certificates, workplaceTrainingWeeks, modules, description, extracted, rejectedConcepts, searchText, createdAt, updatedAt);
  }

  public Opportunity withSeatsTaken(int taken, Instant at) {
    return withServerFields(id, kind, organisation, occupationField, location, taken, extracted, rejectedConcepts, searchText,
        createdAt, at);
  }

  /** With what text analysis found (and the search text it made), minus the concepts users rejected. */
  public Opportunity withExtracted(List<ExtractedConcept> found, List<String> rejected, String text, Instant at) {
    return withServerFields(id, kind, organisation, occupationField, location, seatsTaken, found, rejected, text, createdAt, at);
  }

  public Opportunity withUpdatedAt(Instant at) {
    return withServerFields(id, kind, organisation, occupationField, location, seatsTaken, extracted, rejectedConcepts,
        searchText, createdAt, at);
  }

  /** The occupations the opening is about: a job's own; a course's main one, then those it leads to. */
  public List<OccupationRef> occupations() {
    List<OccupationRef> out = new java.util.ArrayList<>();
    if (occupation != null) {
      out.add(occupation);
    }
    if (leadsTo != null) {
      out.addAll(leadsTo);
    }
    return out;
  }

  /** The first day one can start: the start date, or for a course its next start date on or after {@code day}. */
  public java.time.LocalDate firstStartOnOrAfter(java.time.LocalDate day) {
    if (startDates != null && !startDates.isEmpty()) {
      return startDates.stream().filter(d -> !d.isBefore(day)).min(java.util.Comparator.naturalOrder())
          .orElse(startDates.stream().max(java.util.Comparator.naturalOrder()).orElseThrow());
    }
    return startDate;
  }

  public enum Kind {
    placement("placements"), extra_job("extra-jobs"), course("courses");

    private final String path;

    Kind(String path) {
      this.path = path;
    }

    /** The URL segment: /api/placements, /api/extra-jobs, /api/courses. */
    public String path() {
      return path;
    }

    @JsonValue
    public String code() {
      return name();
    }
  }

  /** Employer or course provider; the organisation number scopes employer access. */
  public record Organisation(String name, String organisationNumber, String type) {
  }

  /** Where it takes place: municipality (kommunkod), a point (default: the municipality's), an address. */
  public record Location(Concept municipality, GeoPoint point, String address) {
  }

  /** A skill the opening asks for (or a course teaches); {@code required} false means an asset (meriterande). */
  public record SkillWanted(Concept skill, Boolean required) {
  }

  /**
   * Who may take an extra job: registered in the establishment programme, or a residence permit at most
   * {@code maxResidencePermitMonths} old (extratjänster had such rules), plus a free-text note.
   */
  public record Eligibility(Boolean requiresEstablishmentProgramme, Integer maxResidencePermitMonths, String note) {
  }
}
