package se.etablera.opportunity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.etablera.access.Caller;
import se.etablera.common.FieldError;
import se.etablera.common.GeoPoint;
import se.etablera.opportunity.Opportunity.Kind;
import se.etablera.opportunity.Opportunity.Location;
import se.etablera.opportunity.Opportunity.Organisation;
import se.etablera.profile.ProfileRules;
import se.etablera.taxonomy.Concept;
import se.etablera.taxonomy.ConceptResolver.ConceptField;
import se.etablera.taxonomy.ConceptType;
import se.etablera.taxonomy.OccupationRef;
import se.etablera.taxonomy.Taxonomy;

/** Pure rules for placements, extra jobs and courses: concept fields, checks and derived fields. */
public final class OpportunityRules {
  public static final List<ConceptField> CONCEPT_FIELDS = List.of(
      ConceptField.of("occupation", ConceptType.OCCUPATION),
      ConceptField.of("occupation_field", ConceptType.OCCUPATION_FIELD),
      ConceptField.of("leads_to/*", ConceptType.OCCUPATION),
      ConceptField.of("skills/*/skill", ConceptType.SKILL),
      ConceptField.of("languages_asset/*", ConceptType.LANGUAGE),
      ConceptField.of("driving_licences/*", ConceptType.DRIVING_LICENCE),
      ConceptField.of("location/municipality", ConceptType.MUNICIPALITY),
      ConceptField.of("accepts_residents_of/*", ConceptType.MUNICIPALITY),
      ConceptField.swedishLevel("swedish_required"),
      ConceptField.swedishLevel("swedish_exit"));

  /** Fields the service computes; a client's values for them are dropped. */
  public static final List<String> SERVER_OWNED = List.of("id", "kind", "seats_taken", "created_at", "updated_at");

  private OpportunityRules() {
  }

  /** The schema of each kind, named after its URL segment in the singular. */
  public static String schema(Kind kind) {
    return switch (kind) {
      case placement -> "placement";
      case extra_job -> "extra-job";
      case course -> "course";
    };
  }

  public static List<FieldError> check(Opportunity o) {
    List<FieldError> errors = new ArrayList<>();
    if (o.startDate() != null && o.endDate() != null && o.endDate().isBefore(o.startDate())) {
      errors.add(new FieldError("/end_date", "is before start_date (" + o.startDate() + ")"));
    }
    if (o.schedule() != null) {
      errors.addAll(ProfileRules.checkSlots(o.schedule(), "/schedule"));
    }
    if (o.swedishRequired() != null && o.swedishExit() != null && o.swedishExit().scale() < o.swedishRequired().scale()) {
      errors.add(new FieldError("/swedish_exit", "is below the entry level (" + o.swedishRequired().label() + ")"));
    }
    return errors;
  }

  /**
   * The stored form: kind from the route, field derived from the occupation (or the first occupation a course
   * leads to) unless given, the location point defaulting to the municipality's, the organisation number
   * without its dash (an employer's own number when they left it out), seats taken kept from the stored
   * version (applications own that count), timestamps.
   */
  public static Opportunity normalize(String id, Kind kind, Opportunity in, Opportunity existing, Caller caller,
                                      Taxonomy taxonomy, Instant now) {
    OccupationRef main = in.occupation() != null ? in.occupation()
        : in.leadsTo() != null && !in.leadsTo().isEmpty() ? in.leadsTo().get(0) : null;
    Concept field = in.occupationField() != null ? in.occupationField()
        : main == null ? null : taxonomy.field(main.field()).orElse(null);
    Location location = in.location();
    if (location.point() == null) {
      GeoPoint point = taxonomy.municipality(location.municipality().id()).map(m -> new GeoPoint(m.lat(), m.lon())).orElse(null);
      location = new Location(location.municipality(), point, location.address());
    }
    Organisation org = in.organisation();
    String number = Caller.normalizeOrganisationNumber(org.organisationNumber());
    if (number == null && caller.organisationNumber() != null) {
      number = caller.organisationNumber();
    }
    org = new Organisation(org.name(), number, org.type());
    int seatsTaken = existing == null || existing.seatsTaken() == null ? 0 : existing.seatsTaken();
    return in.withServerFields(id, kind, org, field, location, seatsTaken,
        existing == null ? List.of() : existing.extracted(), existing == null ? List.of() : existing.rejectedConcepts(),
        existing == null ? null : existing.searchText(), existing == null ? now : existing.createdAt(), now);
  }

  public static boolean sameContent(Opportunity a, Opportunity b) {
    return Objects.equals(a.withUpdatedAt(null), b.withUpdatedAt(null));
  }
}
