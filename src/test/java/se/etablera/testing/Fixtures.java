package se.etablera.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Small valid request bodies with real taxonomy labels and ids; a test changes only what it asserts.
 * Personal data here is fictional.
 */
public final class Fixtures {
  public static final String MALMO = "1280";
  public static final String TRELLEBORG = "1287";
  public static final String HELSINGBORG = "1283";
  public static final String SIMRISHAMN = "1291";
  public static final String UNDERSKOTERSKA = "bSEB_VKd_Ub3";
  public static final String VARDBITRADE = "4zLr_jP5_peZ";
  public static final String LAGERARBETARE = "DLEi_bTh_oLA";
  public static final String OMVARDNAD = "MR4H_FFT_mTj";
  public static final String DEMENSVARD = "hqYJ_jyZ_Ks8";
  public static final String TRUCKVANA = "pGts_PKK_c8W";
  public static final String FIELD_CARE = "NYW6_mP6_vwf";
  public static final String EMPLOYER_ORG = "556677-8899";

  private Fixtures() {
  }

  public static JsonObject profile() {
    return new JsonObject()
        .put("municipality", MALMO)
        .put("personal", new JsonObject().put("name", "Testa Testsson").put("email", "testa@example.com")
            .put("phone", "070-000 00 01").put("personal_identity_number", "19900101-0000"))
        .put("gender", "female")
        .put("languages", new JsonObject()
            .put("mother_tongues", new JsonArray().add("Arabiska"))
            .put("swedish", new JsonObject().put("sfi_path", 2).put("sfi_course_passed", "B"))
            .put("other", new JsonArray().add(new JsonObject().put("language", "Engelska").put("cefr", "B1"))))
        .put("education", new JsonObject().put("level", "gymnasial").put("years", 12))
        .put("experience", new JsonArray().add(new JsonObject().put("occupation", UNDERSKOTERSKA).put("years", 4)
            .put("country", "Syrien")))
        .put("skills", new JsonArray().add(new JsonObject().put("skill", "Omvårdnad")))
        .put("availability", new JsonObject().put("start_date", "2026-12-01").put("hours_per_week", 40)
            .put("slots", new JsonArray().add(new JsonObject().put("days", new JsonArray().add("mon").add("tue").add("wed")
                .add("thu").add("fri")).put("start", "08:00").put("end", "17:00"))))
        .put("programme", new JsonObject().put("start_date", "2025-09-01").put("registered", true)
            .put("residence_permit_date", "2025-06-15"));
  }

  public static JsonObject placement() {
    return new JsonObject()
        .put("title", "Praktik inom hemtjänsten")
        .put("organisation", new JsonObject().put("name", "Malmö stad, Vård och omsorg").put("organisation_number", "212000-1124")
            .put("type", "municipality"))
        .put("occupation", UNDERSKOTERSKA)
        .put("skills", new JsonArray().add(new JsonObject().put("skill", OMVARDNAD).put("required", true)))
        .put("swedish_required", "SFI C")
        .put("location", new JsonObject().put("municipality", MALMO))
        .put("seats", 2)
        .put("start_date", "2027-01-10")
        .put("end_date", "2027-03-31")
        .put("hours_per_week", 16)
        .put("schedule", new JsonArray().add(new JsonObject().put("days", new JsonArray().add("mon").add("tue").add("wed").add("thu"))
            .put("start", "13:00").put("end", "17:00")));
  }

  public static JsonObject extraJob() {
    return placement().put("title", "Extratjänst, måltidsbiträde").put("occupation", "Restaurangbiträde")
        .put("hours_per_week", 25).put("duration_weeks", 52)
        .put("eligibility", new JsonObject().put("requires_establishment_programme", true).put("max_residence_permit_months", 36))
        .put("combinable_with_studies", true);
  }

  public static JsonObject course() {
    return new JsonObject()
        .put("title", "Yrkes-SFI Vård och omsorg")
        .put("organisation", new JsonObject().put("name", "Komvux Malmö").put("type", "education_provider"))
        .put("occupation", UNDERSKOTERSKA)
        .put("leads_to", new JsonArray().add(UNDERSKOTERSKA).add(VARDBITRADE))
        .put("swedish_required", "SFI B")
        .put("swedish_exit", "SFI D")
        .put("accepts_residents_of", new JsonArray().add(MALMO).add(TRELLEBORG))
        .put("location", new JsonObject().put("municipality", MALMO))
        .put("start_dates", new JsonArray().add("2027-01-12"))
        .put("duration_weeks", 30)
        .put("hours_per_week", 17)
        .put("schedule", new JsonArray().add(new JsonObject().put("days", new JsonArray().add("mon").add("tue").add("wed").add("thu")
            .add("fri")).put("start", "08:30").put("end", "12:00")))
        .put("certificates", new JsonArray().add("Hygienintyg"))
        .put("modules", new JsonArray().add("Vård och omsorgsarbete 1"))
        .put("seats", 20);
  }

  public static JsonObject validation(String profileId) {
    return new JsonObject()
        .put("profile_id", profileId)
        .put("occupation", UNDERSKOTERSKA)
        .put("standard", "Vård- och omsorgscollege, undersköterska")
        .put("validated_skills", new JsonArray().add(OMVARDNAD).add(DEMENSVARD))
        .put("result", "partial")
        .put("modules_missing", new JsonArray().add("Hygien och smittskydd"))
        .put("organisation", "VALLE Skåne")
        .put("date", "2026-10-01");
  }
}
