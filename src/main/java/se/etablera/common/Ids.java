package se.etablera.common;

import java.util.UUID;
import java.util.regex.Pattern;

/** Record ids: random UUIDs when generated; ids chosen by clients (PUT, bulk) must be URL-safe. */
public final class Ids {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}");

  private Ids() {
  }

  public static String newId() {
    return UUID.randomUUID().toString();
  }

  public static boolean isValid(String id) {
    return id != null && VALID.matcher(id).matches();
  }

  /** Fails with a 400 naming the field when a client-chosen id is unusable. */
  public static String require(String id, String pointer) {
    if (!isValid(id)) {
      throw new ApiException.Invalid(pointer, "must be 1–100 letters, digits, '_', '.', ':' or '-', starting with a letter or digit");
    }
    return id;
  }
}
