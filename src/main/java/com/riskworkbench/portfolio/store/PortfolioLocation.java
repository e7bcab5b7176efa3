package com.riskworkbench.portfolio.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a portfolio lives: an H2 file or a PostgreSQL database. The password of a database is held
 * only in memory and never appears in {@link #display()}, {@link Object#toString()} or an error
 * message.
 */
public sealed interface PortfolioLocation {
  String POSTGRES_PREFIX = "jdbc:postgresql:";

  /**
   * A location from what a person typed: text starting with {@code jdbc:postgresql:} is a database
   * (user and password may be in its query, {@code ?user=..&password=..}), anything else a file
   * path. A database URL of another kind ({@code jdbc:mysql:...}) is refused.
   */
  static PortfolioLocation parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    if (t.regionMatches(true, 0, POSTGRES_PREFIX, 0, POSTGRES_PREFIX.length())) {
      return Postgres.parseUrl(t);
    }
    if (t.regionMatches(true, 0, "jdbc:", 0, 5)) {
      throw new IllegalArgumentException(
          "only PostgreSQL database URLs (jdbc:postgresql://host:port/database) are supported, got "
              + t.substring(0, Math.min(t.length(), t.indexOf(':', 5) + 1)));
    }
    return new File(Path.of(t));
  }

  /** The path, or the URL without any password: safe to show and to keep in a recent-files list. */
  String display();

  /** A portfolio file ({@code .mv.db}). */
  record File(Path path) implements PortfolioLocation {
    public File {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String display() {
      return path.toString();
    }

    @Override
    public String toString() {
      return display();
    }
  }

  /**
   * A PostgreSQL database. {@code url} never holds the password (nor the user: both are taken out
   * of its query into the fields); other query parameters ({@code ssl}, {@code currentSchema}, ...)
   * stay.
   */
  record Postgres(String url, Optional<String> user, Optional<char[]> password)
      implements PortfolioLocation {
    public Postgres {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
      if (!url.regionMatches(true, 0, POSTGRES_PREFIX, 0, POSTGRES_PREFIX.length())) {
        throw new IllegalArgumentException("not a PostgreSQL URL");
      }
      password = password.map(char[]::clone);
    }

    /**
     * The driver's URL parameters that neither name a class for the client to load (socketFactory,
     * sslfactory, sslhostnameverifier, sslpasswordcallback, authenticationPluginClassName) nor a
     * file to write (loggerFile) nor change what the server runs (options): a URL that arrives by
     * e-mail is as untrusted as a file (docs/decisions/0006). Compared without regard to case, so
     * that no spelling slips through.
     */
    static final List<String> SAFE_PARAMETER_NAMES =
        List.of(
            "ApplicationName",
            "channelBinding",
            "connectTimeout",
            "currentSchema",
            "gssEncMode",
            "loginTimeout",
            "socketTimeout",
            "ssl",
            "sslcert",
            "sslkey",
            "sslmode",
            "sslrootcert",
            "targetServerType",
            "tcpKeepAlive");

    /** {@link #SAFE_PARAMETER_NAMES} in lower case, as the URL is compared. */
    static final java.util.Set<String> SAFE_PARAMETERS =
        SAFE_PARAMETER_NAMES.stream()
            .map(n -> n.toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    static Postgres parseUrl(String text) {
      int q = text.indexOf('?');
      String base = q < 0 ? text : text.substring(0, q);
      if (!base.regionMatches(true, 0, POSTGRES_PREFIX + "//", 0, POSTGRES_PREFIX.length() + 2)
          || base.length() <= POSTGRES_PREFIX.length() + 2) {
        throw new IllegalArgumentException(
            "a database URL looks like jdbc:postgresql://host:port/database");
      }
      Optional<String> user = Optional.empty();
      Optional<char[]> password = Optional.empty();
      List<String> kept = new ArrayList<>();
      if (q >= 0) {
        for (String pair : text.substring(q + 1).split("&")) {
          if (pair.isEmpty()) {
            continue;
          }
          int eq = pair.indexOf('=');
          String key = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
          String value =
              eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
          switch (key) {
            case "user" -> user = Optional.of(value);
            case "password" -> password = Optional.of(value.toCharArray());
            default -> {
              if (!SAFE_PARAMETERS.contains(key)) {
                throw new IllegalArgumentException(
                    "the database URL parameter '"
                        + (eq < 0 ? pair : pair.substring(0, eq))
                        + "' is not accepted: only "
                        + String.join(", ", SAFE_PARAMETER_NAMES)
                        + " may follow the database name");
              }
              kept.add(pair);
            }
          }
        }
      }
      String url = kept.isEmpty() ? base : base + "?" + String.join("&", kept);
      return new Postgres(url, user, password);
    }

    /** The same database with this password (e.g. from the window's prompt). */
    public Postgres withPassword(char[] password) {
      return new Postgres(url, user, Optional.of(password));
    }

    /** The same database with this user. */
    public Postgres withUser(String user) {
      return new Postgres(url, Optional.of(user), password);
    }

    /** The URL with the user (never the password), e.g. to show or remember. */
    @Override
    public String display() {
      if (user.isEmpty()) {
        return url;
      }
      String u = java.net.URLEncoder.encode(user.get(), StandardCharsets.UTF_8);
      return url + (url.indexOf('?') < 0 ? "?" : "&") + "user=" + u;
    }

    @Override
    public String toString() {
      return display();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Postgres p
          && p.url.equals(url)
          && p.user.equals(user)
          && p.password.isPresent() == password.isPresent()
          && (password.isEmpty() || Arrays.equals(p.password.get(), password.get()));
    }

    @Override
    public int hashCode() {
      return Objects.hash(url, user);
    }

    @Override
    public Optional<char[]> password() {
      return password.map(char[]::clone);
    }
  }
}
