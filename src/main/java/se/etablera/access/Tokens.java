package se.etablera.access;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.etablera.common.ApiException;
import se.etablera.config.Config;
import se.etablera.config.ConfigException;

/**
 * Bearer tokens: HS256 JWTs with the claims {@code role}, and per role {@code municipalities} (coach),
 * {@code organisation} (employer) or {@code profile_id} (newcomer). Verifying a token yields the {@link Caller};
 * a coach's municipalities are widened by the configured cooperation areas.
 */
public final class Tokens {
  private final JWTAuth jwt;
  private final Config.Auth config;

  public Tokens(Vertx vertx, Config.Auth config) {
    this(vertx, config, secret(config));
  }

  /** With the secret already resolved by {@link #secret} (the service shares it with the pseudonyms). */
  public Tokens(Vertx vertx, Config.Auth config, String secret) {
    this.config = config;
    this.jwt = JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(secret))
        .setJWTOptions(new JWTOptions().setIssuer(config.issuer()).setLeeway(5)));
  }

  /** A signed token for a caller; used by the token command and by tests. */
  public String mint(String subject, Role role, Collection<String> municipalities, String organisation, String profileId,
                     int minutes) {
    if (minutes < 1) {
      throw new IllegalArgumentException("a token must live at least one minute; a token without expiry is never minted");
    }
    JsonObject claims = new JsonObject().put("role", role.name());
    if (municipalities != null && !municipalities.isEmpty()) {
      claims.put("municipalities", new JsonArray(List.copyOf(municipalities)));
    }
    if (organisation != null) {
      claims.put("organisation", Caller.normalizeOrganisationNumber(organisation));
    }
    if (profileId != null) {
      claims.put("profile_id", profileId);
    }
    return jwt.generateToken(claims, new JWTOptions().setAlgorithm("HS256").setSubject(subject)
        .setIssuer(config.issuer()).setExpiresInMinutes(minutes));
  }

  /** The caller a token stands for; a 401 for a missing, expired, malformed or wrongly signed token. */
  public Future<Caller> verify(String token) {
    return jwt.authenticate(new TokenCredentials(token))
        .recover(e -> Future.failedFuture(new ApiException.Unauthorized("The bearer token is invalid or expired")))
        .map(user -> {
          // The provider keeps exp among the user's attributes, not the principal; containsKey looks in both.
          if (!user.containsKey("exp")) {
            throw new ApiException.Unauthorized("The bearer token has no expiry");
          }
          return toCaller(user.principal());
        });
  }

  private Caller toCaller(JsonObject claims) {
    String subject = claims.getString("sub", "unknown");
    Role role;
    try {
      role = Role.valueOf(claims.getString("role", ""));
    } catch (IllegalArgumentException e) {
      throw new ApiException.Unauthorized("The token names no known role");
    }
    return switch (role) {
      case coach -> {
        JsonArray list = claims.getJsonArray("municipalities", new JsonArray());
        if (list.isEmpty()) {
          throw new ApiException.Unauthorized("A coach token must name municipalities");
        }
        Set<String> codes = new HashSet<>();
        list.forEach(c -> codes.add(String.valueOf(c)));
        yield Caller.coach(subject, widen(codes));
      }
      case employer -> {
        String org = claims.getString("organisation");
        if (org == null || org.isBlank()) {
          throw new ApiException.Unauthorized("An employer token must name an organisation");
        }
        yield Caller.employer(subject, Caller.normalizeOrganisationNumber(org));
      }
      case newcomer -> {
        String profile = claims.getString("profile_id");
        if (profile == null || profile.isBlank()) {
          throw new ApiException.Unauthorized("A newcomer token must name a profile");
        }
        yield Caller.newcomer(subject, profile);
      }
      case admin -> Caller.admin(subject);
    };
  }

  /** A coach in one municipality of a cooperation area sees the whole area. */
  private Set<String> widen(Set<String> codes) {
    Set<String> all = new HashSet<>(codes);
    config.cooperationAreas().values().stream().filter(area -> area.stream().anyMatch(codes::contains)).forEach(all::addAll);
    return all;
  }

  /** The signing secret: configured, or read from (and on first use written to) the secret file. */
  public static String secret(Config.Auth config) {
    if (!config.secret().isEmpty()) {
      return config.secret();
    }
    Path file = config.secretFile().toAbsolutePath();
    try {
      if (Files.exists(file)) {
        String secret = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (secret.length() < 32) {
          throw new ConfigException("The secret in " + file + " (auth.secret-file) is shorter than 32 characters");
        }
        return secret;
      }
      Files.createDirectories(file.getParent());
      byte[] random = new byte[48];
      new SecureRandom().nextBytes(random);
      String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      Path tmp = Files.createTempFile(file.getParent(), "jwt", ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(tmp, secret, StandardCharsets.UTF_8);
      try {
        // A hard link fails if the file appeared meanwhile, where a move would silently replace it: two
        // processes starting together end up with the same secret.
        Files.createLink(file, tmp);
      } catch (java.nio.file.FileAlreadyExistsException raced) {
        return Files.readString(file, StandardCharsets.UTF_8).trim();
      } finally {
        Files.deleteIfExists(tmp);
      }
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the token secret " + file, e);
    }
  }
}
