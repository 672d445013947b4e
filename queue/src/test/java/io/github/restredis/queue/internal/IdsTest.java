package io.github.restredis.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void idsAreTwentyLowercaseCharactersAndUnique() {
    HashSet<String> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      String id = Ids.next(1_893_456_000_000L);
      assertThat(id).hasSize(20).matches("[0-9a-z]+");
      assertThat(Ids.isValid(id)).isTrue();
      seen.add(id);
    }
    assertThat(seen).hasSize(100_000);
  }

  @Test
  void oneProducersIdsSortInCreationOrderWithinAMillisecondAndAcross() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      ids.add(Ids.next(1_893_456_000_000L + i / 100));
    }
    assertThat(ids).isSorted();
  }

  @Test
  void onlyOurAlphabetIsValid() {
    assertThat(Ids.isValid("")).isFalse();
    assertThat(Ids.isValid("ABC")).isFalse();
    assertThat(Ids.isValid("a:b")).isFalse();
    assertThat(Ids.isValid("*")).isFalse();
    assertThat(Ids.isValid("a".repeat(65))).isFalse();
  }
}
