package se.etablera.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.etablera.common.ApiException;
import se.etablera.config.Config;
import se.etablera.config.ConfigException;

/** Bearer tokens: what a minted token verifies to, and every way a token is refused. */
class TokensTest {
  private static final String SECRET = "unit-test-secret-unit-test-secret-0123456789";
  private static final String ISSUER = "etablera";
  private static final Map<String, Set<String>> AREAS = Map.of("sydvast", Set.of("1280", "1287"), "osterlen", Set.of("1291", "1266"));

  private static Vertx vertx;
  private static Tokens tokens;
  /** Signs arbitrary claims with the service's secret, to build tokens {@link Tokens#mint} would never make. */
  private static JWTAuth signer;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    tokens = new Tokens(vertx, auth(SECRET, Path.of("unused")));
    signer = signerWith(SECRET);
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private static Config.Auth auth(String secret, Path secretFile) {
    return new Config.Auth(secret, secretFile, ISSUER, 60, AREAS);
  }

  private static JWTAuth signerWith(String secret) {
    return JWTAuth.create(vertx, new JWTAuthOptions().addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(secret)));
  }

  /** Signs claims as given, adding the issuer and (unless the claims set one) an expiry an hour ahead. */
  private static String signed(JsonObject claims) {
    if (!claims.containsKey("exp")) {
      claims.put("exp", System.currentTimeMillis() / 1000 + 3600);
    }
    return signer.generateToken(claims.put("iss", claims.getString("iss", ISSUER)), new JWTOptions().setAlgorithm("HS256"));
  }

  private static <T> T await(Future<T> future) throws Exception {
    try {
      return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw (Exception) e.getCause();
    }
  }

  private static Caller verify(String token) throws Exception {
    return await(tokens.verify(token));
  }

  private static ApiException.Unauthorized refused(String token) {
    return assertThrows(ApiException.Unauthorized.class, () -> verify(token));
  }

  static Stream<Arguments> mintedCallers() {
    return Stream.of(
        Arguments.of(tokens.mint("anna", Role.coach, List.of("1283"), null, null, 5), Caller.coach("anna", Set.of("1283"))),
        Arguments.of(tokens.mint("org", Role.employer, Set.of(), "556677-8899", null, 5), Caller.employer("org", "5566778899")),
        Arguments.of(tokens.mint("org", Role.employer, Set.of(), "5566778899", null, 5), Caller.employer("org", "5566778899")),
        Arguments.of(tokens.mint("p", Role.newcomer, Set.of(), null, "profile-1", 5), Caller.newcomer("p", "profile-1")),
        Arguments.of(tokens.mint("root", Role.admin, Set.of(), null, null, 5), Caller.admin("root")));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("mintedCallers")
  void aMintedTokenVerifiesToItsCaller(String token, Caller expected) throws Exception {
    assertEquals(expected, verify(token));
  }

  @Test
  void aCoachIsWidenedByTheirCooperationArea() throws Exception {
    Caller c = verify(tokens.mint("anna", Role.coach, List.of("1280"), null, null, 5));
    assertEquals(Set.of("1280", "1287"), c.municipalities());
  }

  @Test
  void aCoachInTwoAreasSeesBoth() throws Exception {
    Caller c = verify(tokens.mint("anna", Role.coach, List.of("1287", "1266"), null, null, 5));
    assertEquals(Set.of("1280", "1287", "1291", "1266"), c.municipalities());
  }

  @Test
  void aCoachOutsideAnyAreaKeepsTheirOwnMunicipalities() throws Exception {
    Caller c = verify(tokens.mint("anna", Role.coach, List.of("1283", "1284"), null, null, 5));
    assertEquals(Set.of("1283", "1284"), c.municipalities());
  }

  @Test
  void anExpiredTokenIsRefused() {
    long hourAgo = System.currentTimeMillis() / 1000 - 3600;
    String token = signed(new JsonObject().put("role", "admin").put("sub", "root").put("exp", hourAgo));
    assertEquals("The bearer token is invalid or expired", refused(token).getMessage());
  }

  @Test
  void aTokenExpiredWithinTheLeewayIsStillAccepted() throws Exception {
    long justNow = System.currentTimeMillis() / 1000 - 1;
    String token = signed(new JsonObject().put("role", "admin").put("sub", "root").put("exp", justNow));
    assertEquals(Caller.admin("root"), verify(token));
  }

  @Test
  void aTokenSignedWithAnotherSecretIsRefused() throws Exception {
    String foreign = new Tokens(vertx, auth("another-secret-another-secret-another-secret", Path.of("unused")))
        .mint("root", Role.admin, Set.of(), null, null, 5);
    refused(foreign);
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() {
    refused(signed(new JsonObject().put("role", "admin").put("iss", "someone-else")));
  }

  @Test
  void anUnsignedTokenIsRefused() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload = b64.encodeToString(new JsonObject().put("role", "admin").put("iss", ISSUER).encode().getBytes(StandardCharsets.UTF_8));
    refused(header + "." + payload + ".");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not-a-token", "a.b.c", "a.b", "eyJhbGciOiJIUzI1NiJ9.e30"})
  void aMalformedTokenIsRefused(String token) {
    refused(token);
  }

  @Test
  void aTamperedPayloadIsRefused() {
    String token = tokens.mint("p", Role.newcomer, Set.of(), null, "profile-1", 5);
    String[] parts = token.split("\\.");
    JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    claims.put("role", "admin");
    String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(claims.encode().getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    refused(forged);
  }

  static Stream<Arguments> claimsMissingTheirScope() {
    return Stream.of(
        Arguments.of(new JsonObject(), "The token names no known role"),
        Arguments.of(new JsonObject().put("role", "superuser"), "The token names no known role"),
        Arguments.of(new JsonObject().put("role", "Coach").put("municipalities", new JsonArray().add("1280")),
            "The token names no known role"),
        Arguments.of(new JsonObject().put("role", "coach"), "A coach token must name municipalities"),
        Arguments.of(new JsonObject().put("role", "coach").put("municipalities", new JsonArray()),
            "A coach token must name municipalities"),
        Arguments.of(new JsonObject().put("role", "employer"), "An employer token must name an organisation"),
        Arguments.of(new JsonObject().put("role", "employer").put("organisation", " "), "An employer token must name an organisation"),
        Arguments.of(new JsonObject().put("role", "newcomer"), "A newcomer token must name a profile"),
        Arguments.of(new JsonObject().put("role", "newcomer").put("profile_id", ""), "A newcomer token must name a profile"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("claimsMissingTheirScope")
  void aTokenWithoutItsRoleOrScopeIsRefused(JsonObject claims, String detail) {
    assertEquals(detail, refused(signed(claims.put("sub", "x"))).getMessage());
  }

  @Test
  void aCoachMintedWithoutMunicipalitiesIsRefused() {
    refused(tokens.mint("anna", Role.coach, Set.of(), null, null, 5));
  }

  @Test
  void aTokenWithoutSubjectIsAnUnknownSubject() throws Exception {
    assertEquals(Caller.admin("unknown"), verify(signed(new JsonObject().put("role", "admin"))));
  }

  @Test
  void aTokenWithoutExpiryIsRefused() {
    String noExpiry = signer.generateToken(new JsonObject().put("role", "admin").put("sub", "root").put("iss", ISSUER),
        new JWTOptions().setAlgorithm("HS256"));
    assertEquals("The bearer token has no expiry", refused(noExpiry).getMessage());
  }

  @Test
  void mintingForLessThanAMinuteIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> tokens.mint("root", Role.admin, Set.of(), null, null, 0));
  }

  @Test
  void aMintedTokenCarriesItsExpiry() {
    String token = tokens.mint("root", Role.admin, Set.of(), null, null, 5);
    JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    long now = System.currentTimeMillis() / 1000;
    assertTrue(Math.abs(claims.getLong("exp") - (now + 300)) <= 5, claims.encode());
    assertEquals(ISSUER, claims.getString("iss"));
  }

  @Test
  void anEmptySecretIsCreatedInTheSecretFileWithMode600AndReused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data/jwt-secret");
    Config.Auth config = auth("", file);

    String first = Tokens.secret(config);

    assertTrue(Files.exists(file));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertTrue(first.length() >= 32, first);
    assertEquals(first, Files.readString(file).trim());
    assertEquals(first, Tokens.secret(config), "the next start reads the same secret");
    try (var files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
    }
  }

  @Test
  void twoInstancesSharingASecretFileAcceptEachOthersTokens(@TempDir Path dir) throws Exception {
    Config.Auth config = auth("", dir.resolve("jwt-secret"));
    String token = new Tokens(vertx, config).mint("root", Role.admin, Set.of(), null, null, 5);
    assertEquals(Caller.admin("root"), await(new Tokens(vertx, config).verify(token)));
    assertInstanceOf(ApiException.Unauthorized.class, assertThrows(Exception.class, () -> verify(token)),
        "the configured secret differs from the file's");
  }

  @Test
  void aConfiguredSecretWinsOverTheFile(@TempDir Path dir) {
    Path file = dir.resolve("jwt-secret");
    assertEquals(SECRET, Tokens.secret(auth(SECRET, file)));
    assertTrue(Files.notExists(file), "no file is created when a secret is configured");
  }

  @Test
  void aShortSecretInTheFileStopsStartUp(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("jwt-secret");
    Files.writeString(file, "short\n");
    ConfigException e = assertThrows(ConfigException.class, () -> Tokens.secret(auth("", file)));
    assertTrue(e.getMessage().contains("auth.secret-file"), e.getMessage());
  }
}
