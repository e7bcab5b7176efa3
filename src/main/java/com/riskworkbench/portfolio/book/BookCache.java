package com.riskworkbench.portfolio.book;

import com.riskworkbench.common.AtomicFiles;
import com.riskworkbench.common.TempFiles;
import com.riskworkbench.portfolio.CollectionAction;
import com.riskworkbench.portfolio.FraudCase;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A binary copy of a loaded book's arrays, so that the next load of an unchanged portfolio reads a
 * few hundred MB of primitives instead of decoding millions of JDBC rows (docs/decisions/0004). The
 * file starts with a key (the portfolio's path, size, modification time and this format's version):
 * a key that does not match means a stale cache, which is ignored and replaced. Collection actions
 * and fraud cases are not cached. Written to a temporary file and moved into place, so a reader
 * never sees half a cache.
 */
public final class BookCache {
  static final int FORMAT = 4; // 3: the optional inputs of schema version 2; 4: credit scores
  private static final int MAGIC = 0x52574243; // "RWBC"

  private BookCache() {}

  /** The cache file's name for {@code key}: its SHA-256, so that any key makes a valid name. */
  public static String fileName(String key) {
    try {
      return java.util.HexFormat.of()
              .formatHex(
                  java.security.MessageDigest.getInstance("SHA-256")
                      .digest(key.getBytes(StandardCharsets.UTF_8)))
          + ".book";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cached book for {@code key}, or empty when there is none or it is stale or damaged. */
  public static Optional<LoadedPortfolio> read(
      Path file, String key, List<CollectionAction> actions, List<FraudCase> cases) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      In in = new In(ch);
      if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readString().equals(key)) {
        return Optional.empty();
      }
      String name = in.readString();
      String currency = in.readString();
      boolean hasNetAssets = in.readInt() == 1;
      long netAssets = in.readLong();
      boolean hasTier1 = in.readInt() == 1;
      long tier1 = in.readLong();
      LoadedPortfolio p =
          new LoadedPortfolio(
              name,
              currency,
              hasNetAssets ? OptionalLong.of(netAssets) : OptionalLong.empty(),
              hasTier1 ? OptionalLong.of(tier1) : OptionalLong.empty());
      for (Dictionary d : dictionaries(p)) {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          d.intern(in.readString());
        }
      }
      p.borrowerIds = in.readStrings();
      p.borrowerType = in.readBytes();
      p.borrowerBirthDay = in.readInts();
      p.borrowerRegion = in.readInts();
      p.borrowerIndustry = in.readInts();
      p.borrowerGroup = in.readInts();
      p.borrowerScore = in.readInts();
      p.loanIds = in.readStrings();
      p.loanBorrower = in.readInts();
      p.loanProduct = in.readInts();
      p.loanChannel = in.readInts();
      p.loanGrade = in.readInts();
      p.loanOriginDay = in.readInts();
      p.loanOriginMonth = in.readInts();
      p.loanMaturityMonth = in.readInts();
      p.loanPrincipal = in.readLongs();
      p.loanRate = in.readDoubles();
      p.loanPartner = in.readInts();
      p.loanOwnShare = in.readDoubles();
      p.rowStart = in.readInts();
      p.rowMonth = in.readInts();
      p.rowBalance = in.readLongs();
      p.rowDpd = in.readInts();
      p.rowStatus = in.readBytes();
      p.rowChargeOff = in.readLongs();
      p.rowRecovery = in.readLongs();
      p.rowCategory = in.readBytes();
      p.rowProvision = in.readLongs();
      p.hasBookedCategories = in.readInt() == 1;
      p.hasProvisions = in.readInt() == 1;
      p.firstMonth = in.readInt();
      p.lastMonth = in.readInt();
      if (in.readInt() != MAGIC) {
        return Optional.empty();
      }
      p.collectionActions = List.copyOf(actions);
      p.fraudCases = List.copyOf(cases);
      return Optional.of(p);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a damaged cache is only a slower load
    }
  }

  /** Writes the book's arrays under {@code key}; replaces an older cache atomically. */
  public static void write(LoadedPortfolio p, Path file, String key) throws IOException {
    Files.createDirectories(file.getParent());
    TempFiles.removeStale(file, ".partial");
    Path temp = TempFiles.sibling(file, ".partial");
    TempFiles.Hook cleanup = TempFiles.deleteOnStop(temp);
    try {
      try (FileChannel ch =
          FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
        Out out = new Out(ch);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeString(key);
        out.writeString(p.name);
        out.writeString(p.currency);
        out.writeInt(p.netAssetsCents.isPresent() ? 1 : 0);
        out.writeLong(p.netAssetsCents.orElse(0));
        out.writeInt(p.tier1NetCapitalCents.isPresent() ? 1 : 0);
        out.writeLong(p.tier1NetCapitalCents.orElse(0));
        for (Dictionary d : dictionaries(p)) {
          out.writeInt(d.size());
          for (String v : d.values()) {
            out.writeString(v);
          }
        }
        out.writeStrings(p.borrowerIds);
        out.writeBytes(p.borrowerType);
        out.writeInts(p.borrowerBirthDay);
        out.writeInts(p.borrowerRegion);
        out.writeInts(p.borrowerIndustry);
        out.writeInts(p.borrowerGroup);
        out.writeInts(p.borrowerScore);
        out.writeStrings(p.loanIds);
        out.writeInts(p.loanBorrower);
        out.writeInts(p.loanProduct);
        out.writeInts(p.loanChannel);
        out.writeInts(p.loanGrade);
        out.writeInts(p.loanOriginDay);
        out.writeInts(p.loanOriginMonth);
        out.writeInts(p.loanMaturityMonth);
        out.writeLongs(p.loanPrincipal);
        out.writeDoubles(p.loanRate);
        out.writeInts(p.loanPartner);
        out.writeDoubles(p.loanOwnShare);
        out.writeInts(p.rowStart);
        out.writeInts(p.rowMonth);
        out.writeLongs(p.rowBalance);
        out.writeInts(p.rowDpd);
        out.writeBytes(p.rowStatus);
        out.writeLongs(p.rowChargeOff);
        out.writeLongs(p.rowRecovery);
        out.writeBytes(p.rowCategory);
        out.writeLongs(p.rowProvision);
        out.writeInt(p.hasBookedCategories ? 1 : 0);
        out.writeInt(p.hasProvisions ? 1 : 0);
        out.writeInt(p.firstMonth);
        out.writeInt(p.lastMonth);
        out.writeInt(MAGIC);
        out.flush();
      }
      AtomicFiles.moveIntoPlace(temp, file);
    } finally {
      Files.deleteIfExists(temp);
      cleanup.close();
    }
  }

  private static Dictionary[] dictionaries(LoadedPortfolio p) {
    return new Dictionary[] {
      p.products, p.channels, p.regions, p.industries, p.grades, p.partners, p.groups
    };
  }

  /** Buffered primitive writes to a channel. */
  private static final class Out {
    private final FileChannel ch;
    private final ByteBuffer buf =
        ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);

    Out(FileChannel ch) {
      this.ch = ch;
    }

    private void room(int n) throws IOException {
      if (buf.remaining() < n) {
        flush();
      }
    }

    void flush() throws IOException {
      buf.flip();
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      buf.clear();
    }

    void writeInt(int v) throws IOException {
      room(4);
      buf.putInt(v);
    }

    void writeLong(long v) throws IOException {
      room(8);
      buf.putLong(v);
    }

    void writeString(String s) throws IOException {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      writeInt(b.length);
      for (int off = 0; off < b.length; ) {
        room(1);
        int n = Math.min(buf.remaining(), b.length - off);
        buf.put(b, off, n);
        off += n;
      }
    }

    void writeStrings(String[] a) throws IOException {
      writeInt(a.length);
      for (String s : a) {
        writeString(s);
      }
    }

    void writeBytes(byte[] a) throws IOException {
      writeInt(a.length);
      for (int off = 0; off < a.length; ) {
        room(1);
        int n = Math.min(buf.remaining(), a.length - off);
        buf.put(a, off, n);
        off += n;
      }
    }

    void writeInts(int[] a) throws IOException {
      writeInt(a.length);
      for (int off = 0; off < a.length; ) {
        room(4);
        int n = Math.min(buf.remaining() / 4, a.length - off);
        buf.asIntBuffer().put(a, off, n);
        buf.position(buf.position() + n * 4);
        off += n;
      }
    }

    void writeLongs(long[] a) throws IOException {
      writeInt(a.length);
      for (int off = 0; off < a.length; ) {
        room(8);
        int n = Math.min(buf.remaining() / 8, a.length - off);
        buf.asLongBuffer().put(a, off, n);
        buf.position(buf.position() + n * 8);
        off += n;
      }
    }

    void writeDoubles(double[] a) throws IOException {
      writeInt(a.length);
      for (int off = 0; off < a.length; ) {
        room(8);
        int n = Math.min(buf.remaining() / 8, a.length - off);
        buf.asDoubleBuffer().put(a, off, n);
        buf.position(buf.position() + n * 8);
        off += n;
      }
    }
  }

  /** Buffered primitive reads from a channel. */
  private static final class In {
    private final FileChannel ch;
    private final ByteBuffer buf =
        ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);

    In(FileChannel ch) {
      this.ch = ch;
      buf.flip();
    }

    private void need(int n) throws IOException {
      if (buf.remaining() >= n) {
        return;
      }
      buf.compact();
      while (buf.position() < n) {
        if (ch.read(buf) < 0) {
          throw new IOException("cache ends early");
        }
      }
      buf.flip();
    }

    int readInt() throws IOException {
      need(4);
      return buf.getInt();
    }

    long readLong() throws IOException {
      need(8);
      return buf.getLong();
    }

    String readString() throws IOException {
      byte[] b = new byte[readInt()];
      readFully(b);
      return new String(b, StandardCharsets.UTF_8);
    }

    private void readFully(byte[] b) throws IOException {
      for (int off = 0; off < b.length; ) {
        need(1);
        int n = Math.min(buf.remaining(), b.length - off);
        buf.get(b, off, n);
        off += n;
      }
    }

    String[] readStrings() throws IOException {
      String[] a = new String[readInt()];
      for (int i = 0; i < a.length; i++) {
        a[i] = readString();
      }
      return a;
    }

    byte[] readBytes() throws IOException {
      byte[] a = new byte[readInt()];
      readFully(a);
      return a;
    }

    int[] readInts() throws IOException {
      int[] a = new int[readInt()];
      for (int off = 0; off < a.length; ) {
        need(4);
        int n = Math.min(buf.remaining() / 4, a.length - off);
        buf.asIntBuffer().get(a, off, n);
        buf.position(buf.position() + n * 4);
        off += n;
      }
      return a;
    }

    long[] readLongs() throws IOException {
      long[] a = new long[readInt()];
      for (int off = 0; off < a.length; ) {
        need(8);
        int n = Math.min(buf.remaining() / 8, a.length - off);
        buf.asLongBuffer().get(a, off, n);
        buf.position(buf.position() + n * 8);
        off += n;
      }
      return a;
    }

    double[] readDoubles() throws IOException {
      double[] a = new double[readInt()];
      for (int off = 0; off < a.length; ) {
        need(8);
        int n = Math.min(buf.remaining() / 8, a.length - off);
        buf.asDoubleBuffer().get(a, off, n);
        buf.position(buf.position() + n * 8);
        off += n;
      }
      return a;
    }
  }
}
