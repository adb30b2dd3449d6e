package se.etablera.access;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonyms for employers: an HMAC of the opening and the profile under a key derived from the service's
 * secret, so the same person has one stable pseudonym per opening and different ones across openings, and
 * nobody without the secret can link them back.
 */
public final class Pseudonyms {
  private final byte[] key;

  public Pseudonyms(String secret) {
    this.key = ("etablera-pseudonym:" + secret).getBytes(StandardCharsets.UTF_8);
  }

  public String of(String opportunityId, String profileId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal((opportunityId + ":" + profileId).getBytes(StandardCharsets.UTF_8));
      return "K-" + HexFormat.of().withUpperCase().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
