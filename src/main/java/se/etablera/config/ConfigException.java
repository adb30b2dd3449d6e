package se.etablera.config;

/** A configuration value is missing or does not parse; start-up stops with this message. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
