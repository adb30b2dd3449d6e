package se.etablera.access;

import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.etablera.config.Config;
import se.etablera.config.ConfigException;

/**
 * {@code java -jar target/etablera.jar token --role coach --municipalities 1280,1287 [--subject anna]
 * [--minutes 480]}: prints a bearer token signed with the service's secret (same configuration, same secret
 * file), for the demo and for scripts. Roles: coach (--municipalities), employer (--organisation),
 * newcomer (--profile), admin.
 */
public final class TokenCommand {
  private TokenCommand() {
  }

  public static int run(String[] args) {
    String role = null;
    String subject = null;
    List<String> municipalities = new ArrayList<>();
    String organisation = null;
    String profile = null;
    Integer minutes = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--role" -> role = value;
          case "--subject" -> subject = value;
          case "--municipalities" -> municipalities.addAll(Arrays.asList(value.split(",")));
          case "--organisation" -> organisation = value;
          case "--profile" -> profile = value;
          case "--minutes" -> {
            minutes = Integer.parseInt(value);
            if (minutes < 1) {
              throw new IllegalArgumentException("--minutes must be at least 1");
            }
          }
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
        i++;
      }
      Role r = Role.valueOf(role == null ? "" : role);
      if (r == Role.coach && municipalities.isEmpty() || r == Role.employer && organisation == null
          || r == Role.newcomer && profile == null) {
        throw new IllegalArgumentException("coach needs --municipalities, employer --organisation, newcomer --profile");
      }
      Config config = Config.load();
      Vertx vertx = Vertx.vertx();
      try {
        String token = new Tokens(vertx, config.auth()).mint(subject == null ? "demo-" + r.name() : subject, r,
            municipalities, organisation, profile, minutes == null ? config.auth().tokenMinutes() : minutes);
        System.out.println(token);
      } finally {
        vertx.close();
      }
      return 0;
    } catch (ConfigException e) {
      System.err.println(e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      System.err.println("token: " + e.getMessage() + "\nusage: token --role coach|employer|newcomer|admin "
          + "[--municipalities 1280,1287] [--organisation 5561234567] [--profile ID] [--subject NAME] [--minutes N]");
      return 2;
    }
  }
}
