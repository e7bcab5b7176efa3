package com.riskworkbench.testing;

import com.riskworkbench.portfolio.store.PortfolioLocation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The real PostgreSQL server the tests run against, one per test JVM: the server {@code .ci/run}
 * started when {@code RW_TEST_PG_URL} is set (with {@code RW_TEST_PG_USER} / {@code
 * RW_TEST_PG_PASSWORD}, a role that may create databases and roles), otherwise a private throwaway
 * server started here from the PostgreSQL binaries on Maven Central (zonky), on a free loopback
 * port, with password authentication, stopped and deleted when the JVM exits. As root the server
 * runs as {@code nobody}, because initdb and postgres refuse to run as root.
 */
public final class PgServer {
  private static final String ADMIN = "rw_admin";
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static PgServer instance;

  private final String hostPort;
  private final String adminUser;
  private final String adminPassword;

  private PgServer(String hostPort, String adminUser, String adminPassword) {
    this.hostPort = hostPort;
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
  }

  /** The server of this test run, started on first use. */
  public static synchronized PgServer get() {
    if (instance == null) {
      try {
        instance = fromEnvironment().orElseGet(PgServer::startEmbedded);
      } catch (RuntimeException e) {
        throw new IllegalStateException("Cannot start the test PostgreSQL server: " + e, e);
      }
    }
    return instance;
  }

  private static Optional<PgServer> fromEnvironment() {
    String url = System.getenv("RW_TEST_PG_URL");
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    String hostPort = url.replaceFirst("(?i)^jdbc:postgresql://", "").replaceFirst("[/?].*$", "");
    return Optional.of(
        new PgServer(
            hostPort,
            Optional.ofNullable(System.getenv("RW_TEST_PG_USER")).orElse("postgres"),
            Optional.ofNullable(System.getenv("RW_TEST_PG_PASSWORD")).orElse("")));
  }

  /** {@code host:port} of the server. */
  public String hostPort() {
    return hostPort;
  }

  public String adminUser() {
    return adminUser;
  }

  public String adminPassword() {
    return adminPassword;
  }

  /** The URL of a database, without credentials. */
  public String url(String database) {
    return "jdbc:postgresql://" + hostPort + "/" + database;
  }

  /** A new empty database, and its location with the administrator's credentials. */
  public PortfolioLocation.Postgres newDatabase(String prefix) {
    String name = prefix + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    try (Connection c = admin("postgres");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new PortfolioLocation.Postgres(
        url(name), Optional.of(adminUser), Optional.of(adminPassword.toCharArray()));
  }

  /** A connection as the administrator (autocommit on). */
  public Connection admin(String database) throws SQLException {
    return DriverManager.getConnection(url(database), adminUser, adminPassword);
  }

  /**
   * Makes an imported portfolio what the program before version 3 left in a team database: the
   * version-2 tables, without month_group.
   */
  public void makeVersion2(PortfolioLocation.Postgres location) throws SQLException {
    try (Connection c = admin(databaseOf(location));
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE month_group");
      st.execute("UPDATE portfolio_meta SET value = '2' WHERE key = 'schema_version'");
    }
  }

  /**
   * Makes an imported portfolio what the previous program left in a team database: the version-1
   * tables, without month_group and the group, partner, own-share, booked-category and provision
   * columns.
   */
  public void makeVersion1(PortfolioLocation.Postgres location) throws SQLException {
    try (Connection c = admin(databaseOf(location));
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE month_group");
      st.execute("ALTER TABLE borrower DROP COLUMN group_id");
      st.execute("ALTER TABLE loan DROP COLUMN funding_partner, DROP COLUMN own_share");
      st.execute("ALTER TABLE loan_month DROP COLUMN five_category, DROP COLUMN provision");
      st.execute("UPDATE portfolio_meta SET value = '1' WHERE key = 'schema_version'");
    }
  }

  /** The database name of a location made by {@link #newDatabase}. */
  public static String databaseOf(PortfolioLocation.Postgres location) {
    String u = location.url();
    return u.substring(u.lastIndexOf('/') + 1).replaceFirst("\\?.*$", "");
  }

  /** The administrator's credentials as PGUSER / PGPASSWORD. */
  public Map<String, String> credentialsEnvironment() {
    return Map.of("PGUSER", adminUser, "PGPASSWORD", adminPassword);
  }

  // --- the private server ------------------------------------------------------------------------

  private static PgServer startEmbedded() {
    try {
      Path base = Files.createTempDirectory("rw-test-pg-");
      Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
      Path bin = base.resolve("pg");
      extractBinaries(bin);
      Path data = base.resolve("data");
      Path sockets = base.resolve("run");
      Files.createDirectories(data);
      Files.createDirectories(sockets);
      String password = "pw-" + Long.toHexString(System.nanoTime());
      Path pwfile = base.resolve("pwfile");
      Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
      boolean root = "root".equals(System.getProperty("user.name"));
      if (root) {
        UserPrincipalLookupService users = base.getFileSystem().getUserPrincipalLookupService();
        for (Path p : List.of(data, sockets, pwfile)) {
          Files.setOwner(p, users.lookupPrincipalByName("nobody"));
        }
      }
      run(
          root,
          60,
          bin.resolve("bin/initdb").toString(),
          "-D",
          data.toString(),
          "-U",
          ADMIN,
          "--pwfile=" + pwfile,
          "--auth-host=scram-sha-256",
          "--auth-local=trust",
          "-E",
          "UTF8",
          "--no-locale",
          "--no-sync");
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      run(
          root,
          90,
          bin.resolve("bin/pg_ctl").toString(),
          "-D",
          data.toString(),
          "-l",
          data.resolve("server.log").toString(),
          "-w",
          "-t",
          "60",
          "-o",
          "-p "
              + port
              + " -h 127.0.0.1 -k "
              + sockets
              + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
          "start");
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      run(
                          root,
                          30,
                          bin.resolve("bin/pg_ctl").toString(),
                          "-D",
                          data.toString(),
                          "-m",
                          "immediate",
                          "stop");
                    } catch (RuntimeException ignored) {
                      // the temporary folder goes anyway
                    }
                    deleteTree(base);
                  },
                  "test-postgres-stop"));
      return new PgServer("127.0.0.1:" + port, ADMIN, password);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void run(boolean asNobody, int seconds, String... command) {
    List<String> cmd = new ArrayList<>();
    if (asNobody) {
      cmd.addAll(List.of("runuser", "-u", "nobody", "--"));
    }
    cmd.addAll(List.of(command));
    try {
      Path log = Files.createTempFile("rw-test-pg-cmd", ".log");
      Process p =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .directory(Path.of(System.getProperty("java.io.tmpdir")).toFile())
              .start();
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", cmd) + " did not finish in " + seconds + " s");
      }
      String out = Files.readString(log);
      Files.deleteIfExists(log);
      if (p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Unpacks the .txz inside the zonky jar, keeping executable bits and symbolic links. */
  private static void extractBinaries(Path target) throws IOException {
    String resource = "/postgres-linux-x86_64.txz";
    try (InputStream raw = PgServer.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("no " + resource + " on the test class path");
      }
      try (TarArchiveInputStream tar =
          new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(raw)))) {
        TarArchiveEntry e;
        while ((e = tar.getNextEntry()) != null) {
          Path out = target.resolve(e.getName()).normalize();
          if (!out.startsWith(target)) {
            throw new IOException("bad entry " + e.getName());
          }
          if (e.isDirectory()) {
            Files.createDirectories(out);
          } else if (e.isSymbolicLink()) {
            Files.createDirectories(out.getParent());
            Files.deleteIfExists(out);
            Files.createSymbolicLink(out, Path.of(e.getLinkName()));
          } else {
            Files.createDirectories(out.getParent());
            Files.copy(tar, out);
            boolean exec = (e.getMode() & 0100) != 0;
            Files.setPosixFilePermissions(
                out, PosixFilePermissions.fromString(exec ? "rwxr-xr-x" : "rw-r--r--"));
          }
        }
      }
    }
    try (Stream<Path> all = Files.walk(target)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.setPosixFilePermissions(
              p,
              Set.of(
                  PosixFilePermission.OWNER_READ,
                  PosixFilePermission.OWNER_WRITE,
                  PosixFilePermission.OWNER_EXECUTE,
                  PosixFilePermission.GROUP_READ,
                  PosixFilePermission.GROUP_EXECUTE,
                  PosixFilePermission.OTHERS_READ,
                  PosixFilePermission.OTHERS_EXECUTE));
        }
      }
    }
  }

  private static void deleteTree(Path base) {
    try (Stream<Path> all = Files.walk(base)) {
      all.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException ignored) {
                  // best effort at exit
                }
              });
    } catch (IOException ignored) {
      // best effort at exit
    }
  }
}
