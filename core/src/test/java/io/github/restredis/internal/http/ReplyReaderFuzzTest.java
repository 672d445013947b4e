package io.github.restredis.internal.http;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import io.github.restredis.HostileJson;
import io.github.restredis.internal.command.DecodeFailure;
import java.io.IOException;
import java.time.Duration;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import okio.Buffer;

/**
 * Any body, read as a single reply or as the items of a batch, with and without base64: the reader
 * returns a reply tree or throws one of the exceptions the transport maps to {@link
 * io.github.restredis.ReplyDecodeException} ({@link DecodeFailure}, Moshi's {@link
 * JsonDataException}, an {@link IOException} such as a malformed-JSON or end-of-input one), and
 * never hangs. {@code HostileRepliesTest} checks the same through the public client.
 */
class ReplyReaderFuzzTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);

  @Property(tries = 3000)
  void anyBodyIsAReplyOrADecodeFailure(
      @ForAll("bodies") byte[] body, @ForAll boolean batch, @ForAll boolean base64) {
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      JsonReader reader = JsonReader.of(new Buffer().write(body));
      try {
        if (batch) {
          ReplyReader.items(reader, base64);
        } else {
          ReplyReader.item(reader, base64);
        }
        reader.peek(); // the transport then checks that nothing follows the reply
      } catch (DecodeFailure | JsonDataException | IOException expected) {
        // the ways a body may fail to decode
      }
    });
  }

  @Provide
  Arbitrary<byte[]> bodies() {
    return HostileJson.bodies();
  }
}
