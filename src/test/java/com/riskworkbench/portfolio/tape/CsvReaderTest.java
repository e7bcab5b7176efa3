package com.riskworkbench.portfolio.tape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static List<String> records(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (CsvReader r = new CsvReader(new StringReader(text))) {
      while (r.next()) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < r.fieldCount(); i++) {
          fields.add(r.field(i));
        }
        out.add(r.line() + ":" + String.join("|", fields));
      }
    }
    return out;
  }

  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaks() throws IOException {
    assertThat(records("a,\"b,c\",\"say \"\"hi\"\"\"\n\"two\nlines\",x,\n"))
        .containsExactly("1:a|b,c|say \"hi\"", "2:two\nlines|x|");
  }

  @Test
  void lineNumbersCountBlankLinesAndLineBreaksInsideQuotes() throws IOException {
    assertThat(records("h\r\n\r\n\"a\r\nb\"\r\nc\rd"))
        .containsExactly("1:h", "3:a\r\nb", "5:c", "6:d");
  }

  @Test
  void byteOrderMarkIsIgnored() throws IOException {
    assertThat(records("\uFEFFid,name\n1,x")).containsExactly("1:id|name", "2:1|x");
  }

  @Test
  void emptyFieldsAreKept() throws IOException {
    assertThat(records(",,\n")).containsExactly("1:||");
  }
}
