package se.etablera.matching;

/**
 * Why an opening is not offered (hard) or offered only as reachable later (soft), as a code a coach can look
 * up, with a sentence in Swedish and English.
 */
public record Reason(String code, boolean hard, String sv, String en) {
  public static Reason noSeatsLeft() {
    return new Reason("no_seats_left", true, "Alla platser är tillsatta.", "All seats are taken.");
  }

  public static Reason periodEnded() {
    return new Reason("period_ended", true, "Perioden är redan slut.", "The period has already ended.");
  }

  public static Reason outsideCommute(double km, double maxKm) {
    return new Reason("outside_commute", true,
        String.format("%.0f km hemifrån, längre än personens gräns på %.0f km.", km, maxKm),
        String.format("%.0f km from home, beyond the person's limit of %.0f km.", km, maxKm));
  }

  public static Reason notOpenToHomeMunicipality(String municipality) {
    return new Reason("not_open_to_home_municipality", true,
        "Kursen tar inte emot boende i " + municipality + ".", "The course does not admit residents of " + municipality + ".");
  }

  public static Reason notInEstablishmentProgramme() {
    return new Reason("not_in_establishment_programme", true,
        "Extratjänsten kräver att personen är inskriven i etableringsprogrammet.",
        "The extra job requires registration in the establishment programme.");
  }

  public static Reason residencePermitTooOld(int months) {
    return new Reason("residence_permit_too_old", true,
        "Extratjänsten kräver uppehållstillstånd som är högst " + months + " månader gammalt.",
        "The extra job requires a residence permit at most " + months + " months old.");
  }

  public static Reason drivingLicenceMissing(String licences) {
    return new Reason("driving_licence_missing", true, "Kräver körkort " + licences + ".", "Requires driving licence " + licences + ".");
  }

  public static Reason swedishBelowEntry(String required, String current, int months) {
    return new Reason("swedish_below_entry", false,
        "Kräver " + required + " vid start; personen har " + current + ". Nåbar om ungefär " + months + " månader.",
        "Requires " + required + " at entry; the person has " + current + ". Reachable in about " + months + " months.");
  }
}
